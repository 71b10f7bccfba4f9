"""Builds the batch-6 gold files of the development set from hand annotations (the shared helpers are in
eval/tools/gold.py): each figure is an anchor phrase holding its rawText, so offsets are computed, not typed.
Run from eval/extract: python3 tools/build-batch-6.py . (the texts are the .txt files already there)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402

IRC = ['IRC protection monitors', 'IRC']
KG_GOV = ['fragile interim government of Kyrgyzstan', 'interim government of Kyrgyzstan', 'interim government']
KG_LOCAL = ['a local official', 'local official', 'Associated Press']
KG_HEALTH = ["Kyrgyzstan's Health Ministry", 'Health Ministry']
KG_OFFICIALS = ['Kyrgyz officials']
TJ_FOREIGN = ["Tajikistan's foreign ministry", 'foreign ministry']
MEDICAL = ['medical sources']
BMC = ['Benghazi Medical Center', 'A spokesman for Benghazi Medical Center', 'spokesman']
LRCS = ['Libyan Red Crescent Society', 'Libyan Red Crescent', 'International Committee of the Red Cross', 'ICRC']
NIGER_MOH = ['Ministry of Public Health', 'Niger’s Ministry of Public Health']
MZ_GOV = ['Government', 'the Government']
INGC = ['National Disaster Management Institute', 'INGC']
GT_OFFICIALS = ['Guatemalan officials']
SURVIVORS = ['Some survivors of the lakeside disaster', 'survivors']
RED_CROSS = ['Red Cross', 'Carlos Lopez Medina', 'Red Cross spokesman Carlos Lopez Medina', 'Lopez']
POLICE = ['national police', 'The national police', 'police']
TJ_COMMITTEE = ['Emergencies Committee', 'Emergencies Committee under the Government of Tajikistan', 'Umeda Yusufi',
                'a spokeswoman for the Emergencies Committee', 'The Emergencies Committee spokeswoman']

D = {}
D['iraq-ramadi-displacement-ocha-flash-update-1-2015'] = (
 'https://reliefweb.int/report/iraq/ocha-flash-update-iraq-crisis-ramadi-displacement-no-1-16-april-2015',
 'OCHA Flash Update Iraq Crisis – Ramadi Displacement No. 1 | 16 April 2015 (OCHA, on ReliefWeb)', [
 ('An estimated 4,250 families', 'An estimated 4,250', 'estimated', 4250, 'fled', None, 'Ramadi District'),
 ('a city of over 200,000', 'over 200,000', 'more_than', 200000, 'population', None, 'Ramadi'),
 ('an estimated 9,000 people', 'an estimated 9,000', 'estimated', 9000, 'fled', None, 'Albu Farraj'),
 ('some 15,000 residents', 'some 15,000', 'about', 15000, 'population', None, 'Albu Farraj'),
 ('2,955 families displaced', '2,955', 'exact', 2955, 'other', 'IRC protection monitors', 'Khaldiya', {'aliases': IRC}),
 ('some 1,235 families', 'some 1,235', 'about', 1235, 'other', None, 'Baghdad'),
 ('Another 60 families', '60', 'exact', 60, 'other', None, 'Babylon Governorate'),
 ('An estimated 1,356 families', 'An estimated 1,356', 'estimated', 1356, 'other', None, 'Amiriyat Fallujah'),
 ('Another 350 families', '350', 'exact', 350, 'other', None, 'Sadar al-Yousfiya'),
])
D['kyrgyzstan-osh-ethnic-rioting-refugees-washington-post-2010'] = (
 'http://www.washingtonpost.com/wp-dyn/content/article/2010/06/13/AR2010061300401.html?nav=emailpage',
 'Thousands flee ethnic rioting in Kyrgyzstan as violence continues to spread (The Washington Post, 13 June 2010)', [
 ('Thousands flee', 'Thousands', 'vague', 'thousands', 'fled', None, 'Kyrgyzstan'),
 ('tens of thousands of refugees', 'tens of thousands', 'vague', 'tens of thousands', 'refugees', None, 'Uzbekistan'),
 ('climbed to 97', '97', 'exact', 97, 'killed', 'interim government of Kyrgyzstan', 'Kyrgyzstan', {'aliases': KG_GOV}),
 ('more than 1,200 others wounded', 'more than 1,200', 'more_than', 1200, 'injured', 'interim government of Kyrgyzstan', 'Kyrgyzstan', {'aliases': KG_GOV}),
 ('that 30 Uzbeks', '30', 'exact', 30, 'killed', 'local official', 'Jalalabad', {'aliases': KG_LOCAL}),
])
D['kyrgyzstan-tajikistan-border-clash-tolls-dw-2022'] = (
 'https://www.dw.com/en/dozens-dead-in-kyrgyzstan-tajikistan-border-clash/a-63164507',
 'Dozens dead in Kyrgyzstan-Tajikistan border clash (DW, 18 September 2022; stored through a mirror of dw.com)', [
 ('Dozens dead', 'Dozens', 'vague', 'dozens', 'killed', None, 'Kyrgyzstan'),
 ('at least 36 people', 'at least 36', 'at_least', 36, 'killed', "Kyrgyzstan's Health Ministry", 'Kyrgyzstan', {'aliases': KG_HEALTH}),
 ('from 24 earlier', '24', 'exact', 24, 'killed', "Kyrgyzstan's Health Ministry", 'Kyrgyzstan', {'aliases': KG_HEALTH}),
 ('more than 130 injured', 'more than 130', 'more_than', 130, 'injured', "Kyrgyzstan's Health Ministry", 'Kyrgyzstan', {'aliases': KG_HEALTH}),
 ('some 137,000 people', 'some 137,000', 'about', 137000, 'fled', 'Kyrgyz officials', None, {'aliases': KG_OFFICIALS}),
 ('at least 35 people', 'at least 35', 'at_least', 35, 'killed', "Tajikistan's foreign ministry", 'Tajikistan', {'aliases': TJ_FOREIGN}),
])
D['libya-benghazi-death-toll-450-xinhua-2014'] = (
 'https://panafricannews.blogspot.com/2014/11/death-toll-hits-450-as-fighting.html',
 "Death Toll Hits 450 as Fighting Continues in Libya's Benghazi (Xinhua, 30 November 2014, on the Pan-African News Wire blog)", [
 ('Death Toll Hits 450', '450', 'exact', 450, 'killed', None, 'Benghazi'),
 ('At least 450 people', 'At least 450', 'at_least', 450, 'killed', 'medical sources', 'Benghazi', {'aliases': MEDICAL}),
 ('received 401 dead bodies', '401', 'exact', 401, 'killed', 'Benghazi Medical Center', 'Benghazi', {'aliases': BMC, 'partOf': 'At least 450'}),
 ('is about 49', 'about 49', 'about', 49, 'killed', None, 'eastern Libya', {'partOf': 'At least 450'}),
 ('more than 10,000 families', 'more than 10,000', 'more_than', 10000, 'fled', 'Libyan Red Crescent Society', 'Benghazi', {'aliases': LRCS}),
])
D['ethiopia-gedeo-west-guji-displacement-snapshot-ocha-2019'] = (
 'https://www.ethiopiaprobserver.com/ethiopia-gedeo-and-west-guji-displacement-snapshot-as-of-march-2019-2/',
 'Ethiopia: Gedeo and West Guji Displacement Snapshot (as of March 2019) (OCHA, on Ethiopia Observer)', [
 ('An estimated 620,747 people', 'An estimated 620,747', 'estimated', 620747, 'displaced', None, 'Gedeo'),
 ('620,747 Number of IDPs', '620,747', 'exact', 620747, 'displaced', None, None),
 ('(267,403)', '267,403', 'exact', 267403, 'displaced', None, 'Gedeo', {'partOf': '620,747'}),
 ('(353,344)', '353,344', 'exact', 353344, 'displaced', None, 'West Guji', {'partOf': '620,747'}),
 ('15.5% Percentage', '15.5%', 'exact', 15.5, 'displaced', None, None, {'pct': True}),
 ('(33,590)', '33,590', 'exact', 33590, 'displaced', None, 'Gedeo'),
 ('(62,573)', '62,573', 'exact', 62573, 'displaced', None, 'West Guji'),
 ('75.3.% of IDPs', '75.3.%', 'exact', 75.3, 'displaced', None, 'Gedeo', {'pct': True}),
 ('116,764 (58%)', '116,764', 'exact', 116764, 'displaced', None, 'Gedeo'),
 ('116,764 (58%)', '58%', 'exact', 58, 'displaced', None, 'Gedeo', {'pct': True}),
 ('57% of IDPs', '57%', 'exact', 57, 'displaced', None, 'West Guji', {'pct': True}),
 ('36.4% of IDPs', '36.4%', 'exact', 36.4, 'displaced', None, 'Gedeb Woreda', {'pct': True}),
 ('100,452 (95%)', '100,452', 'exact', 100452, 'displaced', None, 'Gedeb Woreda'),
 ('100,452 (95%)', '95%', 'exact', 95, 'displaced', None, 'Gedeb Woreda', {'pct': True}),
 ('over 21,073 IDPs', 'over 21,073', 'more_than', 21073, 'displaced', None, 'Gedeb woreda'),
])
D['niger-meningitis-serogroup-c-who-update-2015'] = (
 'https://reliefweb.int/report/niger/cerebrospinal-meningococcal-disease-outbreak-niger-update-8-july-2015',
 'Cerebrospinal meningococcal disease outbreak in Niger (Update: 8 July 2015) (WHO Disease Outbreak News, on ReliefWeb)', [
 ('8500 suspected cases', '8500', 'exact', 8500, 'other', 'Ministry of Public Health', 'Niger', {'aliases': NIGER_MOH}),
 ('including 573 deaths', '573', 'exact', 573, 'killed', 'Ministry of Public Health', 'Niger', {'aliases': NIGER_MOH, 'partOf': '8500'}),
 ('more one million people', 'more one million', 'more_than', 1000000, 'population', None, 'Niamey'),
 ('5267 suspected cases', '5267', 'exact', 5267, 'other', None, 'Niamey'),
 ('260 deaths', '260', 'exact', 260, 'killed', None, 'Niamey', {'partOf': '5267'}),
 ('2182 cases', '2182', 'exact', 2182, 'other', None, None),
 ('including 132 deaths', '132', 'exact', 132, 'killed', None, None, {'partOf': '2182'}),
 ('just 11 cases', '11', 'exact', 11, 'other', None, None),
 ('including two deaths', 'two', 'exact', 2, 'killed', None, None, {'partOf': '11'}),
])
D['mozambique-cyclone-kenneth-ocha-flash-update-2019'] = (
 'https://vosocc.unocha.org/GetFile.aspx?laid=1&tid=6173&xml=6173s8b7t1faH3AB8GWh4OfeIcwbVbrmYNixMAb105wqLmUx_l1.html',
 'Mozambique: Tropical Cyclone Kenneth, flash update of 29 April 2019 (OCHA, on VOSOCC; the stored page has no headline, so the title is taken from its text)', [
 ('risen to 38 people', '38', 'exact', 38, 'killed', 'Government', 'Mozambique', {'aliases': MZ_GOV}),
 ('some 21,717 students', 'some 21,717', 'about', 21717, 'other', 'National Disaster Management Institute', 'Mozambique', {'aliases': INGC}),
 ('There were 20,720 displaced', '20,720', 'exact', 20720, 'displaced', None, None),
 ('Pemba (8,208)', '8,208', 'exact', 8208, 'displaced', None, 'Pemba', {'partOf': '20,720'}),
 ('Quissanga (5,550)', '5,550', 'exact', 5550, 'displaced', None, 'Quissanga', {'partOf': '20,720'}),
 ('Metuge (3,600)', '3,600', 'exact', 3600, 'displaced', None, 'Metuge', {'partOf': '20,720'}),
 ('Praia (1,760)', '1,760', 'exact', 1760, 'displaced', None, 'Mocimboa da Praia', {'partOf': '20,720'}),
 ('Palma (855)', '855', 'exact', 855, 'displaced', None, 'Palma', {'partOf': '20,720'}),
 ('Muidumbe (335)', '335', 'exact', 335, 'displaced', None, 'Muidumbe', {'partOf': '20,720'}),
 ('Macomia (422)', '422', 'exact', 422, 'displaced', None, 'Macomia', {'partOf': '20,720'}),
 ('some 7,554 vulnerable', 'some 7,554', 'about', 7554, 'other', 'Government', None, {'aliases': MZ_GOV}),
 ('some 300 people', 'some 300', 'about', 300, 'other', 'Government', None, {'aliases': MZ_GOV}),
])
D['guatemala-hurricane-stan-toll-grows-la-times-2005'] = (
 'https://www.latimes.com/archives/la-xpm-2005-oct-09-fg-slide9-story.html',
 'Guatemala Storm Toll Grows (Los Angeles Times, 9 October 2005)', [
 ('said 508 people', '508', 'exact', 508, 'killed', 'Guatemalan officials', 'Guatemala', {'aliases': GT_OFFICIALS}),
 ('337 others were missing', '337', 'exact', 337, 'other', 'Guatemalan officials', 'Guatemala', {'aliases': GT_OFFICIALS}),
 ('More than 100 other deaths', 'More than 100', 'more_than', 100, 'killed', None, 'Mexico'),
 ('at least 71 people', 'at least 71', 'at_least', 71, 'killed', None, 'Panabaj'),
 ('as many as 1,500 people', 'as many as 1,500', 'up_to', 1500, 'killed', 'Some survivors of the lakeside disaster', 'Santiago Atitlan', {'aliases': SURVIVORS}),
])
D['el-salvador-earthquake-las-colinas-missing-ap-2001'] = (
 'https://www.apnews.com/877ff3cdd2a61547b20557b9bd8f5dfe',
 'Central America Quake Kills Dozens (The Associated Press, 14 January 2001)', [
 ('Quake Kills Dozens', 'Dozens', 'vague', 'dozens', 'killed', None, 'Central America'),
 ('About 1,200 people', 'About 1,200', 'about', 1200, 'other', 'Red Cross', 'Las Colinas', {'aliases': RED_CROSS}),
 ('said 61 people', '61', 'exact', 61, 'killed', 'Red Cross', 'El Salvador', {'aliases': RED_CROSS}),
 ('at near 100', 'near 100', 'about', 100, 'killed', 'national police', None, {'aliases': POLICE}),
 ('where two deaths', 'two', 'exact', 2, 'killed', None, 'Guatemala'),
 ('Hundreds of rescuers', 'Hundreds', 'vague', 'hundreds', 'other', None, 'Las Colinas'),
 ('and 25 people', '25', 'exact', 25, 'killed', None, 'San Miguel'),
])
D['tajikistan-panjakent-mudflows-kill-12-asia-plus-2021'] = (
 'https://old.asiaplustj.info/en/news/tajikistan/incidents/20210721/massive-mudflows-kill-at-least-12-in-northern-tajikistan',
 'Massive mudflows kill at least 12 in northern Tajikistan (Asia-Plus, 21 July 2021; the stored page has no headline, so the title is taken from its address)', [
 ('At least twelve people', 'At least twelve', 'at_least', 12, 'killed', 'Emergencies Committee', 'Panjakent', {'aliases': TJ_COMMITTEE}),
 ('bodies of ten people', 'ten', 'exact', 10, 'killed', 'Umeda Yusufi', None, {'aliases': TJ_COMMITTEE}),
 ('searching two other bodies', 'two', 'exact', 2, 'killed', 'Umeda Yusufi', None, {'aliases': TJ_COMMITTEE}),
 ('Besides, two women', 'two', 'exact', 2, 'killed', None, 'Dashti Qozi'),
 ('bodies of eight shepherds', 'eight', 'exact', 8, 'killed', 'Umeda Yusufi', 'Dashti Qozi', {'aliases': TJ_COMMITTEE}),
 ('bodies of two women', 'two', 'exact', 2, 'killed', 'Umeda Yusufi', 'Dashti Qozi', {'aliases': TJ_COMMITTEE}),
 ('bodies of two other people', 'two', 'exact', 2, 'killed', 'Umeda Yusufi', None, {'aliases': TJ_COMMITTEE}),
])

if __name__ == '__main__':
    build_set(D, batch=6)
