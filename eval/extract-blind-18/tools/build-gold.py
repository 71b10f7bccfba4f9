"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

POLICE_KE = ['police', 'Kenyan police', 'Joseph Boinnet', 'inspector-general of Kenyan police', 'Boinnet']
BOINNET = ['Joseph Boinnet', 'inspector-general of Kenyan police', 'Boinnet', 'Kenyan police', 'police']
D['kenya-nairobi-dusitd2-attack-toll-21-plus-5-attackers-news24-2019'] = (
 'https://www.news24.com/Africa/News/death-toll-in-nairobi-attack-climbs-to-21-plus-5-attackers-20190117',
 'Death toll in Nairobi attack climbs to 21, plus 5 attackers (news24, wire copy, 17 January 2019)', [
 ('climbs to 21, plus', '21', 'exact', 21, 'killed', None, 'Nairobi'),
 ('plus 5 attackers', '5', 'exact', 5, 'fighters', None, 'Nairobi'),
 ('climbed to 21,', '21', 'exact', 21, 'killed', 'police', 'Nairobi', {'aliases': POLICE_KE}),
 ('the five militants killed', 'five', 'exact', 5, 'fighters', 'police', 'Nairobi', {'aliases': POLICE_KE}),
 ('Two people accused', 'Two', 'exact', 2, 'other', None, None),
 ('six more bodies', 'six', 'exact', 6, 'killed', 'Joseph Boinnet', 'DusitD2 complex', {'aliases': BOINNET}),
 ('Twenty-eight people were hurt', 'Twenty-eight', 'exact', 28, 'injured', 'Joseph Boinnet', 'DusitD2 complex', {'aliases': BOINNET}),
 ('victims, 16 were Kenyan', '16', 'exact', 16, 'killed', 'police', None, {'aliases': POLICE_KE, 'partOf': '21'}),
 ('one was British', 'one', 'exact', 1, 'killed', 'police', None, {'aliases': POLICE_KE, 'partOf': '21'}),
 ('one was American', 'one', 'exact', 1, 'killed', 'police', None, {'aliases': POLICE_KE, 'partOf': '21'}),
 ('three were of African descent', 'three', 'exact', 3, 'killed', 'police', None, {'aliases': POLICE_KE, 'partOf': '21'}),
])

D['iraq-fallujah-offensive-83000-fled-ocha-humanitarian-bulletin-2016'] = (
 'https://www.humanitarianresponse.info/en/operations/iraq/document/iraq-humanitarian-bulletin-may-2016-issued-19-june',
 'Iraq Humanitarian Bulletin May 2016 | Issued on 19 June (OCHA, on humanitarianresponse.info)', [
 ('About 190,000 people', 'About 190,000', 'about', 190000, 'displaced', None, None),
 ('Thousands of families have fled', 'Thousands', 'vague', 'Thousands', 'fled', None, 'Fallujah'),
 ('Thousands more people', 'Thousands', 'vague', 'Thousands', 'fled', None, 'Fallujah'),
 ('more than 83,000 people', 'more than 83,000', 'more_than', 83000, 'fled', None, 'Fallujah'),
 ('tens of thousands of people', 'tens of thousands', 'vague', 'tens of thousands', 'fled', None, 'Fallujah'),
 ('hundreds of other families', 'hundreds', 'vague', 'hundreds', 'fled', None, None),
])


if __name__ == '__main__':
    build_set(D)
