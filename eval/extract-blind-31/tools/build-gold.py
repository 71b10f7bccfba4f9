"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

DAHIRU = ['Idris Dahiru', 'Dahiru', 'A resident of Tudun Biri village', 'A resident of the community', 'resident', 'Daily Trust', 'BBC Hausa']
D['nigeria-kaduna-tudun-biri-army-drone-strike-34-family-members-killed-legit-ng-2023'] = (
 'https://www.legit.ng/nigeria/1567117-resident-narrates-how-lost-34-family-members-bombing-kaduna-villagers/',
 'Resident narrates how lost 34 family members bombing Kaduna villagers (Legit.ng, after Daily Trust and BBC Hausa, 5 December 2023; title from the address, the date from the page\'s date line and the crisis, the drone strike of Sunday 3 December 2023)', [
 ('said 34 of his family members were killed in the drone', '34', 'exact', 34, 'killed', 'Idris Dahiru', 'Tudun Biri', {'aliases': DAHIRU}),
 ('No fewer than thirty-four family members', 'No fewer than thirty-four', 'at_least', 34, 'killed', None, 'Tudun Biri'),
 ('said 34 of his family members were killed in the tragic', '34', 'exact', 34, 'killed', 'Idris Dahiru', None, {'aliases': DAHIRU}),
 ('has lost 34 members', '34', 'exact', 34, 'killed', 'Idris Dahiru', None, {'aliases': DAHIRU}),
 ('We have 66 loved ones', '66', 'exact', 66, 'injured', 'Idris Dahiru', None, {'aliases': DAHIRU}),
])


ZHUHAI_POLICE = ['local police', 'police', 'the police', 'Zhuhai police']
D['china-zhuhai-sports-centre-car-ramming-35-killed-43-wounded-trt-world-2024'] = (
 'https://www.trtworld.com/article/18231345',
 'Car ploughs into people exercising at Zhuhai sports centre, 35 killed and 43 wounded (TRT World, 12 November 2024; the stored page starts at the body, the title taken from the text, the date from the page\'s date line)', [
 ('Thirty-five people were killed', 'Thirty-five', 'exact', 35, 'killed', 'local police', 'Zhuhai', {'aliases': ZHUHAI_POLICE}),
 ('and 43 wounded when', '43', 'exact', 43, 'injured', 'local police', 'Zhuhai', {'aliases': ZHUHAI_POLICE}),
 ('the death toll to be 35', '35', 'exact', 35, 'killed', 'police', None, {'aliases': ZHUHAI_POLICE}),
 ('The 43 people wounded', '43', 'exact', 43, 'injured', None, None),
])

if __name__ == '__main__':
    build_set(D)
