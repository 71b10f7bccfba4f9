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

PHM = ['Palestinian health ministry', 'The Palestinian health ministry in Ramallah', 'the Palestinian health ministry', 'health ministry', 'Palestinian health officials', 'health officials']
D['west-bank-jenin-israeli-raid-8-killed-nearly-20-wounded-afp-zero-ready-2024'] = (
 'http://zero-ready.com/news/death-toll-rises-8-jenin-west-bank-raid-israeli-forces',
 'Israeli troops kill 8 in West Bank raid, Palestinian health ministry says (AFP copy, on Zero Ready, May 2024; the date from the crisis, the Jenin raid of Tuesday 21 May 2024 that killed the surgeon Usaeed Jabareen)', [
 ('troops kill 8 in', '8', 'exact', 8, 'killed', 'Palestinian health ministry', 'West Bank', {'aliases': PHM}),
 ('said eight Palestinians were killed', 'eight', 'exact', 8, 'killed', 'Palestinian health officials', 'Jenin', {'aliases': PHM}),
 ('at least five gunmen', 'at least five', 'at_least', 5, 'fighters', None, None),
 ('had killed eight people', 'eight', 'exact', 8, 'killed', 'The Palestinian health ministry in Ramallah', 'Jenin', {'aliases': PHM}),
 ('an earlier toll of seven', 'seven', 'exact', 7, 'killed', 'The Palestinian health ministry in Ramallah', 'Jenin', {'aliases': PHM}),
 ('wounded nearly 20 others', 'nearly 20', 'about', 20, 'injured', 'The Palestinian health ministry in Ramallah', 'Jenin', {'aliases': PHM}),
 ('saw four bodies', 'four', 'exact', 4, 'killed', None, 'Jenin'),
])

REBA = ['Yan Pieter Reba', 'Reba', 'Jayawijaya police chief Yan Pieter Reba', 'Jayawijaya police chief', 'police chief', 'police', 'the Jakarta Post', 'Jakarta Post']
D['indonesia-papua-nduga-gunmen-kill-up-to-31-construction-workers-upi-gephardt-daily-2018'] = (
 'https://gephardtdaily.com/national-international/gunmen-kill-31-construction-workers-in-indonesia/',
 'Gunmen kill 31 construction workers in Indonesia (UPI, on Gephardt Daily, 5 December 2018; the year from the crisis, the attack of Sunday 2 December 2018 in Nduga, the day from the dateline)', [
 ('Gunmen kill 31', '31', 'exact', 31, 'killed', None, 'Indonesia'),
 ('killed up to 31 construction workers', 'up to 31', 'up_to', 31, 'killed', 'officials', 'Papua', {'aliases': ['officials', 'authorities']}),
 ('that 24 people were killed', '24', 'exact', 24, 'killed', 'Yan Pieter Reba', None, {'aliases': REBA}),
 ('Another eight people managed to escape', 'eight', 'exact', 8, 'fled', 'Yan Pieter Reba', None, {'aliases': REBA}),
 ('But seven of them', 'seven', 'exact', 7, 'killed', 'Yan Pieter Reba', None, {'aliases': REBA, 'partOf': 'eight'}),
])

URCS = ['Uganda Red Cross Society', 'The Uganda Red Cross Society', 'Uganda Red Cross', 'Red Cross', 'The body', 'the organization']
D['uganda-bududa-landslides-toll-rises-to-6-27-injured-red-cross-chimpreports-2019'] = (
 'https://chimpreports.com/bududa-landslides-death-toll-rises-to-6/',
 'Bududa Landslides: Death Toll Rises To 6 (ChimpReports, June 2019; the date from the crisis, the landslides of the night of Tuesday 4 June 2019 whose first victims the Red Cross named)', [
 ('Death Toll Rises To 6', '6', 'exact', 6, 'killed', None, 'Bududa'),
 ('at least 6 people have died', 'at least 6', 'at_least', 6, 'killed', 'Uganda Red Cross Society', 'Bududa', {'aliases': URCS}),
 ('that 27 people were injured', '27', 'exact', 27, 'injured', 'Uganda Red Cross Society', None, {'aliases': URCS}),
 ('(13 male', '13', 'exact', 13, 'injured', 'Uganda Red Cross Society', None, {'aliases': URCS, 'partOf': '27'}),
 ('and 14 female)', '14', 'exact', 14, 'injured', 'Uganda Red Cross Society', None, {'aliases': URCS, 'partOf': '27'}),
 ('the casualties, two are under', 'two', 'exact', 2, 'children', None, None),
 ('those admitted are two', 'two', 'exact', 2, 'injured', None, None, {'partOf': '27'}),
 ('approximate to 80', 'approximate to 80', 'about', 80, 'other', 'Uganda Red Cross Society', None, {'aliases': URCS}),
 ('approximately 400 people', 'approximately 400', 'about', 400, 'other', 'Uganda Red Cross Society', None, {'aliases': URCS}),
 ('70 households were also displaced', '70', 'exact', 70, 'other', None, None),
 ('approximately 350 people', 'approximately 350', 'about', 350, 'displaced', None, None),
])

DGPC = ['General Directorate of Civil Protection', 'the General Directorate of Civil Protection', 'Civil Protection', 'civil protection', 'the latest official report']
D['niger-floods-273-killed-710767-affected-civil-protection-kenya-tribune-2024'] = (
 'https://kenyatribune.com/heavy-rains-kill-273-nigerians-and-leave-more-than-710000-homeless',
 'Heavy rains kill 273 Nigerians and leave more than 710,000 homeless (Kenya Tribune, after the Burkina Information Agency, September 2024; the date from the text, the count "As of September 4, 2024" and the visit of Friday 6 September 2024)', [
 ('Heavy rains kill 273', '273', 'exact', 273, 'killed', None, None),
 ('more than 710,000 homeless', 'more than 710,000', 'more_than', 710000, 'displaced', None, None),
 ('some 273 people', 'some 273', 'about', 273, 'killed', 'General Directorate of Civil Protection', 'Niger', {'aliases': DGPC}),
 ('710,767 people affected', '710,767', 'exact', 710767, 'other', 'General Directorate of Civil Protection', None, {'aliases': DGPC}),
 ('in 94,783 households', '94,783', 'exact', 94783, 'other', 'General Directorate of Civil Protection', None, {'aliases': DGPC}),
 ('shows 34 deaths', '34', 'exact', 34, 'killed', None, 'Zinder'),
 ('1,800 households affected', '1,800', 'exact', 1800, 'other', None, 'Zinder'),
 ('12,309 disaster victims', '12,309', 'exact', 12309, 'other', None, 'Zinder'),
])

STATE_MEDIA = ['Chinese state media', 'state media', 'Xinhua', 'CCTV']
XINHUA = ['Xinhua news agency', 'Xinhua', 'Chinese state media', 'state media']
D['china-tibet-dingri-shigatse-earthquake-at-least-95-dead-130-injured-the-buzzing-hub-2025'] = (
 'https://thebuzzinghub.com/articles/tibet-earthquake-scores-dead-and-hundreds-of-homes-damaged',
 'Tibet earthquake: scores dead and hundreds of homes damaged (The Buzzing Hub, January 2025; the date from the crisis, the Dingri earthquake of Tuesday 7 January 2025)', [
 ('scores dead', 'scores', 'vague', 'scores', 'killed', None, 'Tibet'),
 ('killing scores of people', 'scores', 'vague', 'scores', 'killed', None, 'Shigatse'),
 ('at least 95 people had died', 'at least 95', 'at_least', 95, 'killed', 'Chinese state media', None, {'aliases': STATE_MEDIA}),
 ('more than 130 had been injured', 'more than 130', 'more_than', 130, 'injured', 'Chinese state media', None, {'aliases': STATE_MEDIA}),
 ('More than 1,500 local firefighters', 'More than 1,500', 'more_than', 1500, 'personnel', 'Xinhua news agency', None, {'aliases': XINHUA}),
 ('home to about 60,000 people', 'about 60,000', 'about', 60000, 'population', None, 'Dingri'),
])

NCEM = ['National Committee for Emergency Management', 'the country’s National Committee for Emergency Management', 'Oman National Committee for Emergency Management', 'authorities']
ONA = ['The sultanate\'s official news agency', 'the sultanate\'s official news agency', 'official news agency', 'Oman News Agency', 'The Oman News Agency']
D['oman-flash-floods-at-least-17-killed-nine-schoolchildren-news-of-the-world-2024'] = (
 'https://www.newsoftheworld.us/oman-flooding-tragedy',
 'Oman Flooding Tragedy (News of the World, April 2024; the date from the crisis, the flash floods of Sunday 14 April 2024 in North A\'Sharqiyah)', [
 ('has killed at least 17 people', 'at least 17', 'at_least', 17, 'killed', 'authorities', 'Oman', {'aliases': ['authorities', 'officials', 'National Committee for Emergency Management']}),
 ('At least 17 people have died', 'At least 17', 'at_least', 17, 'killed', 'National Committee for Emergency Management', 'Oman', {'aliases': NCEM}),
 ('reported nine schoolchildren', 'nine', 'exact', 9, 'children', 'The sultanate\'s official news agency', None, {'aliases': ONA}),
 ('and three adults had', 'three', 'exact', 3, 'killed', 'The sultanate\'s official news agency', None, {'aliases': ONA}),
 ('Five other individuals', 'Five', 'exact', 5, 'other', None, None),
 ('Dozens left stranded', 'Dozens', 'vague', 'dozens', 'other', None, None),
])

if __name__ == '__main__':
    build_set(D)
