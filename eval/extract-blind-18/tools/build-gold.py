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

AUTH_SE = ['authorities', 'Indonesian authorities', 'officials']
JATI = ['Raditya Jati', 'Jati', 'a spokesperson for the Indonesia’s disaster management agency', 'Indonesia’s disaster management agency', 'disaster management agency', 'BNPB', 'National Disaster Management Agency', 'the official']
MAGALHAES = ['Fidelis Magalhaes', 'Magalhaes', 'a government minister', 'government minister', 'East Timor government']
D['indonesia-timor-leste-cyclone-seroja-at-least-157-dead-anadolu-2021'] = (
 'https://www.alaturka.us/cyclone-seroja-at-least-157-dead-in-indonesia-east-timor/',
 'Cyclone Seroja: At least 157 dead in Indonesia, East Timor (Anadolu Agency, on alaturka.us, 6 April 2021)', [
 ('At least 157 dead', 'At least 157', 'at_least', 157, 'killed', None, None),
 ('At least 157 people have died', 'At least 157', 'at_least', 157, 'killed', 'authorities', None, {'aliases': AUTH_SE}),
 ('dozens more are missing', 'dozens', 'vague', 'dozens', 'other', 'authorities', None, {'aliases': AUTH_SE}),
 ('and thousands have been rendered homeless', 'thousands', 'vague', 'thousands', 'displaced', 'authorities', None, {'aliases': AUTH_SE}),
 ('at 67 in Lembata', '67', 'exact', 67, 'killed', 'Raditya Jati', 'Lembata', {'aliases': JATI, 'partOf': 'At least 157'}),
 ('49 in East Flores', '49', 'exact', 49, 'killed', 'Raditya Jati', 'East Flores', {'aliases': JATI, 'partOf': 'At least 157'}),
 ('12 in Alor', '12', 'exact', 12, 'killed', 'Raditya Jati', 'Alor', {'aliases': JATI, 'partOf': 'At least 157'}),
 ('at least six children', 'at least six', 'at_least', 6, 'children', 'the official', 'Indonesia', {'aliases': JATI}),
 ('At least 72 people', 'At least 72', 'at_least', 72, 'other', 'Jati', None, {'aliases': JATI}),
 ('28 in Alor', '28', 'exact', 28, 'other', 'Jati', 'Alor', {'aliases': JATI, 'partOf': 'At least 72'}),
 ('23 in East Flores', '23', 'exact', 23, 'other', 'Jati', 'East Flores', {'aliases': JATI, 'partOf': 'At least 72'}),
 ('21 people in Lembata', '21', 'exact', 21, 'other', 'Jati', 'Lembata', {'aliases': JATI, 'partOf': 'At least 72'}),
 ('He said 8,424 people', '8,424', 'exact', 8424, 'displaced', 'Jati', 'East Nusa Tenggara', {'aliases': JATI}),
 ('while 2,683 more', '2,683', 'exact', 2683, 'other', 'Jati', 'East Nusa Tenggara', {'aliases': JATI}),
 ('killed at least 27 people', 'at least 27', 'at_least', 27, 'killed', None, 'East Timor'),
 ('displaced over 7,000', 'over 7,000', 'more_than', 7000, 'displaced', None, 'East Timor'),
 ('At least eight people', 'At least eight', 'at_least', 8, 'other', 'Fidelis Magalhaes', None, {'aliases': MAGALHAES}),
])

MOH_GQ = ['the Ministry of Health and Social Welfare of Equatorial Guinea', 'Ministry of Health and Social Welfare of Equatorial Guinea', 'Ministry of Health and Social Welfare', 'Ministry of Health', 'the Ministry of Health']
D['equatorial-guinea-marburg-nine-confirmed-20-probable-who-don-2023'] = (
 'https://who.africa-newsroom.com/press/disease-outbreak-news-marburg-virus-disease-equatorial-guinea-?lang=en',
 'Disease Outbreak News: Marburg virus disease - Equatorial Guinea (WHO Disease Outbreak News, March 2023, on who.africa-newsroom.com)', [
 ('eight additional laboratory-confirmed', 'eight', 'exact', 8, 'other', None, 'Equatorial Guinea'),
 ('to nine laboratory-confirmed', 'nine', 'exact', 9, 'other', None, 'Equatorial Guinea'),
 ('and 20 probable cases', '20', 'exact', 20, 'other', None, 'Equatorial Guinea'),
 ('There are seven deaths', 'seven', 'exact', 7, 'killed', None, 'Equatorial Guinea', {'partOf': 'nine'}),
 ('Of the eight new', 'eight', 'exact', 8, 'other', None, None),
 ('two were reported from', 'two', 'exact', 2, 'other', None, 'Kié-Ntem', {'partOf': 'eight'}),
 ('four from the Litoral', 'four', 'exact', 4, 'other', None, 'Litoral', {'partOf': 'eight'}),
 ('and two from Centre', 'two', 'exact', 2, 'other', None, 'Centre- Sur', {'partOf': 'eight'}),
 ('at least eight suspected', 'at least eight', 'at_least', 8, 'killed', 'the Ministry of Health and Social Welfare of Equatorial Guinea', 'Nsok Nsomo', {'aliases': MOH_GQ}),
])


if __name__ == '__main__':
    build_set(D)
