"""Builds <slug>.txt and <slug>.gold.json from hand annotations (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


COMMITTEE = ['a Somali committee looking into the attack', 'Somali committee', 'Zobe Rescue Committee', 'committee']
SHIRWAC = ['Abdullahi Mohamed Shirwac', 'Shirwac', 'the committee’s chairman', 'Zobe Rescue Committee']
EGYPT_GOV = ['Egyptian government', 'the Egyptian government']
ATTORNEY = ['Egypt’s attorney general', 'attorney general']
JALAD = ['Ricardo Jalad', 'Jalad', 'National Disaster Risk Reduction and Management Council', 'NDRRMC', 'NDRRMC Executive Director', 'the official']
LOCALS = ['Local officials and aid workers', 'Local officials', 'aid workers']
IOM = ['IOM', 'IOM Yemen']
UNHCR = ['UNHCR', 'UNHCR, the UN Refugee Agency', 'UN Refugee Agency']
KRC = ['Kenyan Red Cross', 'Red Cross', 'the Kenyan Red Cross', 'Abbas Gullet', 'head of the Kenyan Red Cross']
KENYATTA = ['Uhuru Kenyatta', 'Kenyatta', 'The president']
LENKU = ['Joseph Ole Lenku', 'Ole Lenku', 'the interior minister', 'interior minister']
BAKARR = ['Abu Bakarr', 'Bakarr', 'spokesman for the Red Cross in Sierra Leone', 'Red Cross']
SAVE = ['Save the Children', 'The charity Save the Children', 'charity']
CIVIL_PROTECTION = ['Civil Protection', 'Haiti’s Civil Protection agency', 'Civil Protection agency', 'the agency']
NDRF = ['National Disaster Response Force']
DHAKA = ['Dhaka Tribune', 'the Dhaka Tribune']

D = {}
D['somalia-mogadishu-truck-bomb-toll-512-arab-news-2017'] = (
 'https://arabnews.com/node/1201656',
 'Death toll from Somalia truck bomb in October raised to 512 (Arab News, 30 November 2017)', [
 ('raised to 512', '512', 'exact', 512, 'killed', None, 'Somalia'),
 ('More than 500 people', 'More than 500', 'more_than', 500, 'killed', 'Somali committee', 'Mogadishu', {'aliases': COMMITTEE}),
 ('from at least 358', 'at least 358', 'at_least', 358, 'killed', 'Somali committee', 'Mogadishu', {'aliases': COMMITTEE}),
 ('had reached 358', '358', 'exact', 358, 'killed', 'government', None),
 ('confirmed 512 people', '512', 'exact', 512, 'killed', 'Abdullahi Mohamed Shirwac', None, {'aliases': SHIRWAC}),
 ('(Some) 316 others', '(Some) 316', 'about', 316, 'injured', 'Abdullahi Mohamed Shirwac', None, {'aliases': SHIRWAC}),
])
D['egypt-rawda-mosque-attack-toll-305-sunday-independent-2017'] = (
 'http://www.pressreader.com/ireland/sunday-independent-ireland/20171126/282063392278790',
 'Mosque shooting death toll hits 305 (Sunday Independent, Ireland, 26 November 2017, on PressReader)', [
 ('death toll hits 305', '305', 'exact', 305, 'killed', None, None),
 ('27 children killed', '27', 'exact', 27, 'children', None, 'Egypt'),
 ('AT least 27 children', 'AT least 27', 'at_least', 27, 'children', 'Egyptian government', 'Sinai', {'aliases': EGYPT_GOV, 'partOf': '305'}),
 ('the 305 people', '305', 'exact', 305, 'killed', 'Egyptian government', 'Sinai', {'aliases': EGYPT_GOV}),
 ('up to 30 gunmen', 'up to 30', 'up_to', 30, 'fighters', 'attorney general', 'Egypt', {'aliases': ATTORNEY}),
 ('around 2,500 people', 'around 2,500', 'about', 2500, 'population', None, 'Rawda'),
])
D['philippines-marawi-siege-displaced-tent-cities-abs-cbn-2017'] = (
 'https://news.abs-cbn.com/news/06/15/17/govt-eyes-tent-cities-for-marawi-evacuees-if-number-of-displaced-swells',
 "Gov't eyes tent cities for Marawi evacuees if number of displaced swells (ABS-CBN News, 15 June 2017)", [
 ('displaced 66,738 families', '66,738', 'exact', 66738, 'other', 'Ricardo Jalad', 'Marawi City', {'aliases': JALAD}),
 ('324,406 individuals', '324,406', 'exact', 324406, 'displaced', 'Ricardo Jalad', 'Marawi City', {'aliases': JALAD}),
 ('only five percent', 'five percent', 'exact', 5, 'displaced', 'Ricardo Jalad', 'Lanao del Norte', {'aliases': JALAD, 'pct': True}),
 ('At least 58 government troops', 'At least 58', 'at_least', 58, 'personnel', None, None),
 ('and 26 civilians', '26', 'exact', 26, 'killed', None, None),
 ('hundreds of residents', 'hundreds', 'vague', 'hundreds', 'trapped', None, None),
 ('dozens more have', 'dozens', 'vague', 'dozens', 'killed', 'Local officials and aid workers', None, {'aliases': LOCALS}),
])
D['yemen-marib-displacement-iom-response-2021'] = (
 'https://reliefweb.int/report/yemen/iom-yemen-marib-response-16-31-january-2021',
 'IOM Yemen - Marib Response (16 - 31 January 2021) (IOM, on ReliefWeb)', [
 ('affect hundreds of thousands', 'hundreds of thousands', 'vague', 'hundreds of thousands', 'other', None, 'Marib'),
 ('IOM estimates that 106,449', '106,449', 'estimated', 106449, 'displaced', 'IOM', None, {'aliases': IOM}),
 ('additional 385,000 people', '385,000', 'exact', 385000, 'displaced', 'partners', None),
 ('at least 4,500 migrants', 'at least 4,500', 'at_least', 4500, 'other', None, 'Marib city'),
 ('an estimated 15,207 families', 'an estimated 15,207', 'estimated', 15207, 'other', None, 'Marib governorate'),
 ('(106,449 people)', '106,449', 'exact', 106449, 'displaced', None, 'Marib governorate'),
 ('the hundreds of thousands already', 'hundreds of thousands', 'vague', 'hundreds of thousands', 'displaced', None, 'Marib governorate'),
 ('60 per cent of new IDPs', '60 per cent', 'estimated', 60, 'displaced', 'IOM', None, {'aliases': IOM, 'pct': True}),
])
D['drc-ituri-refugees-cross-lake-albert-uganda-unhcr-2018'] = (
 'https://www.unhcr.org/in/news/stories/refugees-flee-fresh-fighting-congo-uganda',
 'Refugees flee fresh fighting in Congo to Uganda (UNHCR, 13 February 2018)', [
 ('over 22,000 Congolese', 'over 22,000', 'more_than', 22000, 'fled', None, 'Uganda'),
 ('to about 34,000', 'about 34,000', 'about', 34000, 'refugees', None, 'Uganda'),
 ('four Congolese refugees', 'four', 'exact', 4, 'killed', 'UNHCR', None, {'aliases': UNHCR}),
])
D['kenya-westgate-mall-missing-red-cross-guardian-2013'] = (
 'https://www.theguardian.com/world/2013/sep/30/kenyan-mall-attack-missing-red-cross',
 'Kenyan mall attack: 39 still missing, says Red Cross (The Guardian, Associated Press in Nairobi, 30 September 2013)', [
 ('39 still missing', '39', 'exact', 39, 'other', 'Red Cross', None, {'aliases': KRC}),
 ('More than three dozen', 'More than three dozen', 'more_than', 36, 'other', 'Kenyan Red Cross', 'Nairobi', {'aliases': KRC}),
 ('killed at least 67', 'at least 67', 'at_least', 67, 'killed', 'Kenyan Red Cross', 'Nairobi', {'aliases': KRC}),
 ('report of 39 missing', '39', 'exact', 39, 'other', 'Red Cross', None, {'aliases': KRC}),
 ('At least 61 civilians', 'At least 61', 'at_least', 61, 'killed', None, None),
 ('six security troops', 'six', 'exact', 6, 'personnel', None, None),
 ('five attackers had been killed', 'five', 'exact', 5, 'fighters', 'Uhuru Kenyatta', None, {'aliases': KENYATTA}),
 ('two attackers', 'two', 'exact', 2, 'fighters', 'Joseph Ole Lenku', None, {'aliases': LENKU}),
 ('on three others', 'three', 'exact', 3, 'fighters', 'Joseph Ole Lenku', None, {'aliases': LENKU}),
 ('all five Islamist', 'five', 'exact', 5, 'fighters', 'Joseph Ole Lenku', None, {'aliases': LENKU}),
])
D['sierra-leone-freetown-mudslide-missing-wral-2017'] = (
 'https://www.wral.com/sierra-leone-floods-rescue-continues-as-death-toll-rises/16881825/',
 'Sierra Leone mudslide: Desperate hunt for 600 people still missing (WRAL, CNN report, 15 August 2017)', [
 ('hunt for 600 people', '600', 'exact', 600, 'other', None, 'Sierra Leone'),
 ('rose to 245', '245', 'exact', 245, 'killed', None, 'Sierra Leone'),
 ('and hundreds still missing', 'hundreds', 'vague', 'hundreds', 'other', None, 'Sierra Leone'),
 ('from 205 to', '205', 'exact', 205, 'killed', 'Abu Bakarr', 'Sierra Leone', {'aliases': BAKARR}),
 ('205 to 245', '245', 'exact', 245, 'killed', 'Abu Bakarr', 'Sierra Leone', {'aliases': BAKARR}),
 ('the hundreds of people missing', 'hundreds', 'vague', 'hundreds', 'other', 'Save the Children', None, {'aliases': SAVE}),
])
D['south-africa-kwazulu-natal-floods-ifrc-final-report-2022'] = (
 'https://reliefweb.int/report/south-africa/south-africa-floods-and-landslides-final-report-mdrza012',
 'South Africa: Floods and Landslides - Final Report (MDRZA012) (IFRC DREF final report, on ReliefWeb; the stored page starts at the body, title from the page address)', [
 ('Sadly, 435 people', '435', 'exact', 435, 'killed', None, 'KwaZulu-Natal'),
 ('and 80 were reported', '80', 'exact', 80, 'other', None, 'KwaZulu-Natal'),
 ('19,113 households', '19,113', 'exact', 19113, 'other', None, 'KwaZulu-Natal'),
 ('128,743 people', '128,743', 'exact', 128743, 'other', None, 'KwaZulu-Natal'),
 ('190 people were evacuated', '190', 'exact', 190, 'fled', None, 'Umlazi'),
])
D['haiti-nippes-earthquake-toll-civil-protection-haitian-times-2021'] = (
 'https://haitiantimes.com/2021/08/21/official-earthquake-death-toll-stands-at-2200-for-three-days/',
 'Official earthquake death toll stands at 2,200 for three days (The Haitian Times, 21 August 2021; the stored page starts at the body, title from the page address)', [
 ('counted 2,189 deaths', '2,189', 'exact', 2189, 'killed', 'Civil Protection', None, {'aliases': CIVIL_PROTECTION}),
 ('12,268 injured', '12,268', 'exact', 12268, 'injured', 'Civil Protection', None, {'aliases': CIVIL_PROTECTION}),
 ('332 reported missing', '332', 'exact', 332, 'other', 'Civil Protection', None, {'aliases': CIVIL_PROTECTION}),
 ('Out of the 2,189', '2,189', 'exact', 2189, 'killed', 'Civil Protection', None, {'aliases': CIVIL_PROTECTION}),
 ('1,832 were in the South', '1,832', 'exact', 1832, 'killed', 'Civil Protection', 'South', {'aliases': CIVIL_PROTECTION, 'partOf': '2,189'}),
 ('137 in the Nippes', '137', 'exact', 137, 'killed', 'Civil Protection', 'Nippes', {'aliases': CIVIL_PROTECTION, 'partOf': '2,189'}),
 ('218 in the Grand-Anse', '218', 'exact', 218, 'killed', 'Civil Protection', 'Grand-Anse', {'aliases': CIVIL_PROTECTION, 'partOf': '2,189'}),
 ('two in the Northwest', 'two', 'exact', 2, 'killed', 'Civil Protection', 'Northwest', {'aliases': CIVIL_PROTECTION, 'partOf': '2,189'}),
])
D['indonesia-lombok-earthquake-392-dead-bnpb-2018'] = (
 'https://www.bnpb.go.id/en/korban-gempa-lombok-terus-bertambah-392-orang-meninggal-dunia',
 'The Number of Victims of the Lombok Earthquake Continue to Rise, 392 Died (BNPB, Indonesia, 12 August 2018)', [
 ('Rise, 392 Died', '392', 'exact', 392, 'killed', None, 'Lombok'),
 ('(12/8/2018) 392 people', '392', 'exact', 392, 'killed', None, 'NTB'),
 ('Lombok Utara 339', '339', 'exact', 339, 'killed', None, 'Lombok Utara', {'partOf': '392'}),
 ('Lombok Barat 30 ', '30', 'exact', 30, 'killed', None, 'Lombok Barat', {'partOf': '392'}),
 ('Mataram 9 ', '9', 'exact', 9, 'killed', None, 'Mataram', {'partOf': '392'}),
 ('Lombok Timur 10 ', '10', 'exact', 10, 'killed', None, 'Lombok Timur', {'partOf': '392'}),
 ('Lombok Tengah 2 ', '2', 'exact', 2, 'killed', None, 'Lombok Tengah', {'partOf': '392'}),
 ('city of Lombok 2 ', '2', 'exact', 2, 'killed', None, 'Lombok', {'partOf': '392'}),
 ('numbered at 1,353', '1,353', 'exact', 1353, 'injured', None, None),
 ('783 people', '783', 'exact', 783, 'injured', None, None, {'partOf': '1,353'}),
 ('570 people', '570', 'exact', 570, 'injured', None, None, {'partOf': '1,353'}),
 ('Utaraat 640', '640', 'exact', 640, 'injured', None, 'Lombok Utara', {'partOf': '1,353'}),
 ('387,067 displaced', '387,067', 'exact', 387067, 'displaced', None, None),
 ('Utara 198.846', '198.846', 'exact', 198846, 'displaced', None, 'Lombok Utara', {'partOf': '387,067'}),
 ('Barat 91.372', '91.372', 'exact', 91372, 'displaced', None, 'Lombok Barat', {'partOf': '387,067'}),
 ('Mataram 20.343', '20.343', 'exact', 20343, 'displaced', None, 'Mataram', {'partOf': '387,067'}),
 ('Timur 76.506', '76.506', 'exact', 76506, 'displaced', None, 'Lombok Timur', {'partOf': '387,067'}),
])
D['drc-north-kivu-ebola-who-situation-report-14-2018'] = (
 'https://reliefweb.int/report/democratic-republic-congo/democratic-republic-congo-ebola-virus-disease-external-situation-29',
 'Democratic Republic of Congo: Ebola Virus Disease - External Situation Report 14 (WHO, 6 November 2018, on ReliefWeb)', [
 ('additional 26 new', '26', 'exact', 26, 'other', None, 'North Kivu'),
 ('and 12 new deaths', '12', 'exact', 12, 'killed', None, 'North Kivu'),
 ('Beni (n=16)', '16', 'exact', 16, 'other', None, 'Beni', {'partOf': '26'}),
 ('Butembo (n=6)', '6', 'exact', 6, 'other', None, 'Butembo', {'partOf': '26'}),
 ('Mabalako (n=2)', '2', 'exact', 2, 'other', None, 'Mabalako', {'partOf': '26'}),
 ('Kalunguta (n=1)', '1', 'exact', 1, 'other', None, 'Kalunguta', {'partOf': '26'}),
 ('Vuhovi (n=1)', '1', 'exact', 1, 'other', None, 'Vuhovi', {'partOf': '26'}),
 ('The two cases reported', 'two', 'exact', 2, 'other', None, 'Mabalako'),
 ('two nurses', 'two', 'exact', 2, 'other', None, 'Beni'),
 ('health workers to 27', '27', 'exact', 27, 'other', None, None),
 ('including 26 confirmed', '26', 'exact', 26, 'other', None, None, {'partOf': '27'}),
 ('and three deaths', 'three', 'exact', 3, 'killed', None, None, {'partOf': '27'}),
 ('Among the 12 deaths', '12', 'exact', 12, 'killed', None, None),
 ('six occurred in ETCs', 'six', 'exact', 6, 'killed', None, None, {'partOf': '12'}),
 ('six occurred outside', 'six', 'exact', 6, 'killed', None, None, {'partOf': '12'}),
 ('(4 in Beni', '4', 'exact', 4, 'killed', None, 'Beni', {'partOf': 'six'}),
 ('1 in Butembo', '1', 'exact', 1, 'killed', None, 'Butembo', {'partOf': 'six'}),
 ('1 in Vuhovi', '1', 'exact', 1, 'killed', None, 'Vuhovi', {'partOf': 'six'}),
 ('a total of 300', '300', 'exact', 300, 'other', None, None),
 ('including 265 confirmed', '265', 'exact', 265, 'other', None, None, {'partOf': '300'}),
 ('and 35 probable', '35', 'exact', 35, 'other', None, None, {'partOf': '300'}),
 ('Among the 300 cases', '300', 'exact', 300, 'other', None, None),
 ('186 deaths have', '186', 'exact', 186, 'killed', None, None, {'partOf': '300'}),
 ('(n=151)', '151', 'exact', 151, 'killed', None, None, {'partOf': '186'}),
 ('probable cases (n=35)', '35', 'exact', 35, 'killed', None, None, {'partOf': '186'}),
 ('(CFR) of 62%', '62%', 'exact', 62, 'other', None, None, {'pct': True}),
 ('Among the 295', '295', 'exact', 295, 'other', None, None),
 ('59% (n=175)', '59%', 'exact', 59, 'other', None, None, {'pct': True}),
 ('(n=175)', '175', 'exact', 175, 'other', None, None, {'partOf': '295'}),
 ('59% (n=174)', '59%', 'exact', 59, 'other', None, None, {'pct': True}),
 ('(n=174)', '174', 'exact', 174, 'other', None, None, {'partOf': '295'}),
])
D['india-bangladesh-cyclone-amphan-evacuations-abc-news-2020'] = (
 'https://abcnews.go.com/International/dozens-killed-deadly-cyclone-amphan-india-bangladesh-leaving/story?id=70807912',
 "Dozens killed by deadly Cyclone Amphan in India and Bangladesh, leaving 'trail of devastation' (ABC News, May 2020)", [
 ('Dozens killed', 'Dozens', 'vague', 'dozens', 'killed', None, 'India'),
 ('At least 700,000', 'At least 700,000', 'at_least', 700000, 'fled', None, 'India'),
 ('At least 72 people', 'At least 72', 'at_least', 72, 'killed', None, 'India'),
 ('hundreds of thousands more', 'hundreds of thousands', 'vague', 'hundreds of thousands', 'displaced', None, 'India'),
 ('population of 14 million', '14 million', 'exact', 14000000, 'population', None, 'Kolkata'),
 ('So far, 500,000', '500,000', 'exact', 500000, 'fled', 'National Disaster Response Force', 'West Bengal', {'aliases': NDRF}),
 ('and 200,000 people', '200,000', 'exact', 200000, 'fled', 'National Disaster Response Force', 'Odisha', {'aliases': NDRF}),
 ('at least fifteen people', 'at least fifteen', 'at_least', 15, 'killed', 'Dhaka Tribune', 'Bangladesh', {'aliases': DHAKA}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-5: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
