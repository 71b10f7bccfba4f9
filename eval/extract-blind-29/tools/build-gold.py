"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

THAI = ['the health ministry', 'health ministry', 'The health ministry, police and provincial government officials', 'police', 'provincial government officials']
D['thailand-na-klang-nursery-attack-two-dozen-children-at-least-36-dead-afp-cambodianess-2022'] = (
 'https://cambodianess.com/article/families-mourn-thai-nursery-dead-ahead-of-kings-visit',
 'Families mourn Thai nursery dead ahead of king\'s visit (AFP, on Cambodianess, 7 October 2022; the date from the photo caption and "gathered Friday" after the attack of Thursday 6 October)', [
 ('murdered two dozen children', 'two dozen', 'about', 24, 'children', None, 'Na Klang'),
 ('at least 36 people dead', 'at least 36', 'at_least', 36, 'killed', None, None),
 ('scores of preschool children', 'scores', 'vague', 'scores', 'children', None, None),
 ('Tanontong\'s two three-year-old grandsons', 'two', 'exact', 2, 'children', None, None),
 ('a death toll of 36', '36', 'exact', 36, 'killed', 'The health ministry', None, {'aliases': THAI}),
])

HAJI = ['Ali Haji', 'Haji', 'health minister Ali Haji', 'health minister', 'the minister', 'health ministry']
HASSAN = ['Hassan', 'a police captain who gave only one name', 'police captain', 'police']
AHMED = ['Ahmed', 'a police captain who gave only Ahmed’s name', 'police captain', 'police']
D['somalia-mogadishu-hayat-hotel-siege-at-least-21-dead-117-injured-reuters-kempinski-ajman-2022'] = (
 'https://kempinski-ajman.com/somalia-hotel-siege-kills-at-least-21-many-hostages-freed/',
 'Somalia hotel siege kills at least 21, many hostages freed (Reuters, on kempinski-ajman.com, 21 August 2022; the date from the stored "Published" line)', [
 ('siege kills at least 21', 'at least 21', 'at_least', 21, 'killed', None, 'Somalia'),
 ('more than 20 people were killed', 'more than 20', 'more_than', 20, 'killed', 'authorities', None, {'aliases': ['authorities', 'Somali authorities']}),
 ('and dozens injured', 'dozens', 'vague', 'dozens', 'injured', 'authorities', None, {'aliases': ['authorities', 'Somali authorities']}),
 ('Dozens of people who were taken hostage', 'Dozens', 'vague', 'dozens', 'other', None, 'Mogadishu'),
 ('confirmed 21 dead', '21', 'exact', 21, 'killed', 'Ali Haji', None, {'aliases': HAJI}),
 ('and 117 others injured', '117', 'exact', 117, 'injured', 'Ali Haji', None, {'aliases': HAJI}),
 ('Three assailants were shot dead', 'Three', 'exact', 3, 'fighters', 'Hassan', None, {'aliases': HASSAN}),
 ('killed 10 security personnel', '10', 'exact', 10, 'personnel', 'Ahmed', None, {'aliases': AHMED}),
])

KAKAS = ['George Kakas', 'Kakas', 'Royal Papua New Guinea Constabulary Acting Superintendent George Kakas', 'Acting Superintendent George Kakas', 'police']
D['papua-new-guinea-enga-tribal-ambush-26-combatants-killed-toll-revised-from-53-ap-2024'] = (
 'https://uat.apnews.com/article/papua-new-guinea-massacre-tribal-violence-8b3615e28e5b64fa8bf8090d06fec3f4',
 'Tribal violence in Papua New Guinea kills 26 combatants and an unconfirmed number of bystanders (AP, 19 February 2024; the date from "police said Monday" after the ambush of Sunday 18 February)', [
 ('kills 26 combatants', '26', 'exact', 26, 'fighters', None, 'Papua New Guinea'),
 ('At least 26 combatants', 'At least 26', 'at_least', 26, 'fighters', 'police', 'Papua New Guinea', {'aliases': ['police', 'Royal Papua New Guinea Constabulary']}),
 ('Kakas initially said 53 combatants', '53', 'exact', 53, 'fighters', 'George Kakas', None, {'aliases': KAKAS}),
 ('revised the death toll down to 26', '26', 'exact', 26, 'killed', 'security forces', None, {'aliases': ['security forces']}),
])

SOHR = ['The Syrian Observatory', 'Syrian Observatory', 'Syrian Observatory for Human Rights', 'SOHR', 'a Damascus-affiliated official', 'Damascus-affiliated official']
GC = ['The General Command of the Army and Armed Forces', 'General Command of the Army and Armed Forces', 'General Command', 'the Syrian army', 'Syrian army', 'military']
D['syria-homs-military-college-graduation-drone-attack-around-100-killed-dozens-injured-waradana-2023'] = (
 'https://waradana.com/english/article/173021-one-hundred-killed-in-attack-on-military-college-in-homs',
 'One hundred killed in attack on military college in Homs (Waradana, English, 5 October 2023; the stored page has no headline, the title is taken from the address, the date from the crisis, the drone attack of Thursday 5 October)', [
 ('around 100 people were killed', 'around 100', 'about', 100, 'killed', 'The Syrian Observatory', 'Homs', {'aliases': SOHR}),
 ('(the martyrdom of several)', 'several', 'vague', 'several', 'killed', 'The General Command of the Army and Armed Forces', 'Homs', {'aliases': GC}),
 ('leaving dozens injured', 'dozens', 'vague', 'dozens', 'injured', 'The General Command of the Army and Armed Forces', 'Homs', {'aliases': GC}),
 ('in addition to several students', 'several', 'vague', 'several', 'injured', 'The General Command of the Army and Armed Forces', 'Homs', {'aliases': GC, 'partOf': 'dozens'}),
])

GOVSP = ['A government spokesman', 'government spokesman', 'the government', 'Congolese government']
DKH = ['Diakonie Katastrophenhilfe', 'aid organization Diakonie Katastrophenhilfe', 'aid organizations']
D['drc-south-kivu-kalehe-floods-landslides-401-dead-267-missing-dawnnews-2023'] = (
 'https://dawnnews.co.uk/?p=3327',
 'Hundreds still missing after floods and landslides in eastern DR Congo (dawnnews.co.uk, May 2023; the stored page has no headline, the title is taken from the lead, the month from the crisis, the Kalehe floods of Thursday 4 May 2023 and "last week\'s landslides")', [
 ('Hundreds are still missing', 'Hundreds', 'vague', 'hundreds', 'other', None, 'Democratic Republic of Congo'),
 ('estimated on Tuesday that 401 people', '401', 'estimated', 401, 'killed', 'A government spokesman', 'Kalehe', {'aliases': GOVSP}),
 ('at least 267 people were still missing', 'at least 267', 'at_least', 267, 'other', 'A government spokesman', 'Kalehe', {'aliases': GOVSP}),
 ('burying more than 100 miners', 'more than 100', 'more_than', 100, 'killed', None, 'North Kivu'),
 ('about 30 people were killed', 'about 30', 'about', 30, 'killed', 'A spokesman for the miners', 'North Kivu', {'aliases': ['spokesman for the miners', 'the miners']}),
 ('Nearly 40 seriously injured people', 'Nearly 40', 'about', 40, 'injured', None, None),
 ('about 100,000 people in the region have been affected', 'about 100,000', 'about', 100000, 'other', 'Diakonie Katastrophenhilfe', None, {'aliases': DKH}),
 ('About 100,000 people are said to be displaced', 'About 100,000', 'about', 100000, 'displaced', None, 'Kalehe'),
])

VGOV = ['the Vanuatu’s Government', 'Vanuatu’s Government', 'Vanuatu\'s Government', 'the government', 'government', 'Katie Greenwood', 'Greenwood', 'Red Cross']
OCHA = ['The UN Office for the Coordination of Humanitarian Affairs', 'UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN OCHA']
D['vanuatu-port-vila-earthquake-14-dead-200-injured-116000-affected-afp-jamaica-observer-suriname-times-2024'] = (
 'https://surinametimes.com/?p=108891',
 'Major quake crushes buildings in Vanuatu capital; 14 feared dead (AFP copy from the Jamaica Observer, on Suriname Times, 17 December 2024; the date from the crisis, the earthquake of Tuesday 17 December)', [
 ('14 feared dead', '14', 'exact', 14, 'killed', None, 'Vanuatu'),
 ('at least 14 people reported dead', 'at least 14', 'at_least', 14, 'killed', None, 'Vanuatu'),
 ('archipelago of 320,000 people', '320,000', 'exact', 320000, 'population', None, None),
 ('reported 14 confirmed fatalities', '14', 'exact', 14, 'killed', 'Vanuatu’s Government', 'Vanuatu', {'aliases': VGOV}),
 ('and 200 injured people', '200', 'exact', 200, 'injured', 'Vanuatu’s Government', 'Vanuatu', {'aliases': VGOV}),
 ('at least six dead', 'at least six', 'at_least', 6, 'killed', 'The UN Office for the Coordination of Humanitarian Affairs', None, {'aliases': OCHA}),
 ('estimated 116,000 people', '116,000', 'estimated', 116000, 'other', 'The UN Office for the Coordination of Humanitarian Affairs', None, {'aliases': OCHA}),
])

IOMY = ['the International Organisation for Migration', 'International Organisation for Migration', 'International Organization for Migration', 'IOM', 'the organisation']
HOUTHI = ['the Houthi rebels', 'Houthi rebels', 'Houthis', 'the Houthi rebels who control the area', 'Al-Araby Al-Jadeed']
SABA = ['Saba News Agency', 'the Houthi-affiliated Saba News Agency', 'Saba', 'the statement']
D['yemen-marib-hodeidah-floods-over-9000-families-displaced-toll-84-iom-new-arab-2024'] = (
 'https://newarab.com/news/yemen-over-9000-families-displaced-severe-flooding',
 'Yemen: Over 9,000 families displaced by severe flooding (The New Arab, August 2024; the month from "since the start of August", the year from the crisis, the August 2024 floods in Marib and Hodeidah)', [
 ('Over 9,000 families displaced', 'Over 9,000', 'more_than', 9000, 'other', None, 'Yemen'),
 ('Over 9,000 families have now been displaced', 'Over 9,000', 'more_than', 9000, 'other', 'the International Organisation for Migration', 'Yemen', {'aliases': IOMY}),
 ('forced thousands of families in Marib', 'thousands', 'vague', 'thousands', 'fled', None, 'Marib'),
 ('around 3,500 affected families', 'around 3,500', 'about', 3500, 'other', 'the International Organisation for Migration', None, {'aliases': IOMY}),
 ('has gone up to 84', '84', 'exact', 84, 'killed', 'the Houthi rebels', 'Hodeidah', {'aliases': HOUTHI}),
 ('around 25 people have been injured', 'around 25', 'about', 25, 'injured', 'Saba News Agency', None, {'aliases': SABA}),
 ('with five killed', 'five', 'exact', 5, 'killed', None, 'Wasab Al-Safil'),
 ('and 17 reported missing', '17', 'exact', 17, 'other', None, 'Wasab Al-Safil'),
])

WAHAB = ['Ilham Wahab', 'Wahab', 'Ilham', 'West Sumatra disaster agency spokesman Ilham Wahab', 'West Sumatra disaster agency', 'disaster agency']
MALIK = ['Abdul Malik', 'Malik', 'head of Padang Search and Rescue Agency', 'Padang Search and Rescue Agency', 'Search and Rescue Agency']
D['indonesia-west-sumatra-marapi-cold-lava-floods-34-dead-16-missing-agam-tanah-datar-afp-urdupoint-2024'] = (
 'https://www.urdupoint.com/en/world/at-least-34-killed-in-indonesia-floods-16-mi-1824136.html',
 'At least 34 killed in Indonesia floods, 16 missing (AFP via APP, on UrduPoint, 12 May 2024; title from the address, the date from the stored date line and the dateline)', [
 ('At least 34 people were killed', 'At least 34', 'at_least', 34, 'killed', 'local officials', 'Indonesia', {'aliases': ['local officials', 'officials']}),
 ('and 16 more were missing', '16', 'exact', 16, 'other', 'local officials', 'Indonesia', {'aliases': ['local officials', 'officials']}),
 ('threatening thousands', 'thousands', 'vague', 'thousands', 'other', None, 'West Sumatra'),
 ('shows that 34 people died', '34', 'exact', 34, 'killed', 'Ilham Wahab', None, {'aliases': WAHAB}),
 ('16 in Agam', '16', 'exact', 16, 'killed', 'Ilham Wahab', 'Agam', {'aliases': WAHAB, 'partOf': '34'}),
 ('and 18 in Tanah Datar', '18', 'exact', 18, 'killed', 'Ilham Wahab', 'Tanah Datar', {'aliases': WAHAB, 'partOf': '34'}),
 ('At least 18 others are injured', 'At least 18', 'at_least', 18, 'injured', 'Ilham Wahab', None, {'aliases': WAHAB}),
 ('searching for 16 other people', '16', 'exact', 16, 'other', 'Ilham Wahab', None, {'aliases': WAHAB}),
 ('three more people had died', 'three', 'exact', 3, 'killed', 'Abdul Malik', None, {'aliases': MALIK}),
 ('About 370,000 people live in Tanah Datar', 'About 370,000', 'about', 370000, 'population', None, 'Tanah Datar'),
])


if __name__ == '__main__':
    build_set(D)
