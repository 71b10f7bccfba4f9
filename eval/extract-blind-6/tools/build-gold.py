"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


BURKINA = ['Burkina Faso', 'government']
ADVISERS = ['Dabire’s advisers', 'advisers', 'Prime Minister Christophe Dabire']
BALOCH = ['Babar Baloch', 'Baloch', 'UN High Commissioner for Refugees spokesman Babar Baloch', 'UN High Commissioner for Refugees', 'UNHCR']
LOCAL_SOURCES = ['Local sources']
UN_SYRIA = ['UN', 'the UN', 'United Nations', 'UN humanitarian agency OCHA', 'OCHA', 'the agency']
LAERKE = ['Jens Laerke', 'Laerke', 'a spokesman for the UN humanitarian agency OCHA', 'UN humanitarian agency OCHA', 'OCHA']
UN_DATA = ['UN data', 'UN', 'United Nations']
MSF = ['MSF', 'Doctors Without Borders', 'The Doctors Without Borders organization (MSF)', 'Doctors Without Borders organization', 'the organization']
NUG = ['National Unity Government', 'National Unity Government (NUG)', 'NUG']
LOCALS = ['locals']
GOV_REPORTS = ['government reports', 'government']
OFFICIALS = ['officials', 'Local officials']
LOCAL_OFFICIALS = ['Local officials', 'officials', 'They']
SANDS = ['Duane Sands', 'Sands', 'the Bahamas health minister Duane Sands', 'health minister']
UN_BAHAMAS = ['United Nations', 'UN', 'the United Nations']
KARIMI = ['Bilal Karimi', 'Karimi', 'a spokesperson for the Taliban government', 'Taliban government']
NEMA = ['National Emergency Management Agency', 'NEMA', 'The National Emergency Management Agency, NEMA']
AHMED = ['Mustapha Ahmed', 'Ahmed', 'Director-General, NEMA, Mustapha Ahmed', 'Director-General', 'NEMA', 'The NEMA boss']
NDRRMC = ['National Disaster Risk Reduction and Management Council', 'NDRRMC', 'the NDRRMC']

D = {}
D['burkina-faso-solhan-massacre-thousands-flee-taipei-times-2021'] = (
 'https://www.taipeitimes.com/News/world/archives/2021/06/10/2003758935',
 'Thousands flee Burkina Faso massacre (Taipei Times, AFP, 10 June 2021)', [
 ('Thousands flee', 'Thousands', 'vague', 'thousands', 'fled', None, 'Burkina Faso'),
 ('more than 7,000 people', 'more than 7,000', 'more_than', 7000, 'fled', 'Burkina Faso', 'Burkina Faso', {'aliases': BURKINA}),
 ('that 7,600 people', '7,600', 'exact', 7600, 'fled', 'Dabire’s advisers', 'Sebba', {'aliases': ADVISERS}),
 ('more than 3,300 people', 'more than 3,300', 'more_than', 3300, 'fled', 'Babar Baloch', 'Solhan', {'aliases': BALOCH}),
 ('more than 2,000 children', 'more than 2,000', 'more_than', 2000, 'children', 'Babar Baloch', 'Solhan', {'aliases': BALOCH, 'partOf': 'more than 3,300'}),
 ('and 500 women', '500', 'exact', 500, 'fled', 'Babar Baloch', 'Solhan', {'aliases': BALOCH, 'partOf': 'more than 3,300'}),
 ('At least 138 men', 'At least 138', 'at_least', 138, 'killed', 'Babar Baloch', None, {'aliases': BALOCH}),
 ('nearly 40 were', 'nearly 40', 'about', 40, 'injured', 'Babar Baloch', None, {'aliases': BALOCH}),
 ('at least 160, marking', 'at least 160', 'at_least', 160, 'killed', 'Local sources', 'Burkina Faso', {'aliases': LOCAL_SOURCES}),
])
D['syria-northeast-turkish-offensive-displacement-ocha-new-arab-2019'] = (
 'https://www.newarab.com/news/turkey-assault-could-displace-400000-syria-un',
 'Turkey assault could displace 400,000 in Syria, UN warns (The New Arab, AFP report, 13 October 2019)', [
 ('displace 400,000 in Syria', '400,000', 'exact', 400000, 'displaced', 'UN', 'Syria', {'aliases': UN_SYRIA}),
 ('some 400,000 people will', 'some 400,000', 'about', 400000, 'fled', 'UN', 'Syria', {'aliases': UN_SYRIA}),
 ('forced 130,000 people', '130,000', 'exact', 130000, 'fled', 'UN', 'Syria', {'aliases': UN_SYRIA}),
 ('up to 400,000 people', 'up to 400,000', 'up_to', 400000, 'displaced', 'Jens Laerke', None, {'aliases': LAERKE}),
 ('some 100,000 people', 'some 100,000', 'about', 100000, 'fled', 'UN', None, {'aliases': UN_SYRIA}),
 ('surpassing 130,000 people', 'surpassing 130,000', 'more_than', 130000, 'displaced', 'UN', 'Tell Abiad', {'aliases': UN_SYRIA}),
 ('facing thousands of vulnerable', 'thousands', 'vague', 'thousands', 'displaced', 'UN', None, {'aliases': UN_SYRIA}),
])
D['yemen-hudaydah-escalation-unhcr-briefing-2018'] = (
 'http://www.unhcr.org/en-ie/news/briefing/2018/11/5be56d2b4/unhcr-extremely-concerned-escalation-conflict-yemens-hudaydah.html',
 "UNHCR extremely concerned about escalation of conflict in Yemen's Hudaydah (UNHCR briefing notes, 9 November 2018)", [
 ('scores of civilian casualties', 'scores', 'vague', 'scores', 'other', 'UNHCR', 'Al Hudaydah governorate', {'aliases': ['UN Refugee Agency', 'the UN Refugee Agency']}),
 ('94 civilians were killed', '94', 'exact', 94, 'killed', 'UNHCR', 'Al Hudaydah governorate', {'aliases': ['UN Refugee Agency', 'the UN Refugee Agency']}),
 ('and 95 injured', '95', 'exact', 95, 'injured', 'UNHCR', 'Al Hudaydah governorate', {'aliases': ['UN Refugee Agency', 'the UN Refugee Agency']}),
 ('some 445,000 people', 'some 445,000', 'about', 445000, 'fled', 'UN', 'Al Hudaydah Governorate', {'aliases': UN_DATA}),
])
D['syria-eastern-ghouta-msf-daily-toll-laht-2018'] = (
 'http://www.laht.com/article.asp?ArticleId=2452285&CategoryId=12395',
 'MSF: 71 Syrians Killed, 344 Wounded Every Day in Eastern Ghouta (Latin American Herald Tribune, EFE report, March 2018)', [
 ('MSF: 71 Syrians', '71', 'exact', 71, 'killed', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('344 Wounded', '344', 'exact', 344, 'injured', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('at least 71 Syrians', 'at least 71', 'at_least', 71, 'killed', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('and 344 wounded every day', '344', 'exact', 344, 'injured', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('1,005 Syrians', '1,005', 'exact', 1005, 'killed', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('4,829 were wounded', '4,829', 'exact', 4829, 'injured', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('of 71 dead', '71', 'exact', 71, 'killed', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('344 wounded per day', '344', 'exact', 344, 'injured', 'MSF', 'Eastern Ghouta', {'aliases': MSF}),
 ('about 400,000 people', 'about 400,000', 'about', 400000, 'population', None, 'Eastern Ghouta'),
 ('four of the doctors', 'four', 'exact', 4, 'killed', 'MSF', None, {'aliases': MSF}),
 ('and 20 wounded', '20', 'exact', 20, 'injured', 'MSF', None, {'aliases': MSF}),
])
D['myanmar-pazigyi-airstrike-nug-victims-list-narinjara-2023'] = (
 'https://mmpeacemonitor.org/318334/40-children-are-among-those-killed-in-pazigyi-village-airstrike',
 '40 children are among those killed in Pazigyi village airstrike (Myanmar Peace Monitor, sent by Narinjara, April 2023)', [
 ('40 children are among', '40', 'exact', 40, 'children', None, 'Pazigyi'),
 ('Forty children', 'Forty', 'exact', 40, 'children', 'National Unity Government', 'Pazigyi', {'aliases': NUG, 'partOf': '168'}),
 ('reached 168', '168', 'exact', 168, 'killed', None, None),
 ('six children aged under', 'six', 'exact', 6, 'children', None, None, {'partOf': '168'}),
 ('19 aged between', '19', 'exact', 19, 'children', None, None, {'partOf': '168'}),
 ('five aged between 14', 'five', 'exact', 5, 'children', None, None, {'partOf': '168'}),
 ('ten children whose', 'ten', 'exact', 10, 'children', None, None, {'partOf': '168'}),
 ('128 aged above', '128', 'exact', 128, 'killed', None, None, {'partOf': '168'}),
 ('wounded 16 villagers', '16', 'exact', 16, 'injured', None, None),
 ('over 300 IDPs', 'over 300', 'more_than', 300, 'displaced', None, None),
 ('more than 160 people', 'more than 160', 'more_than', 160, 'killed', 'locals', 'Pazigyi', {'aliases': LOCALS}),
])
D['ethiopia-gedeo-west-guji-displacement-echo-daily-flash-2018'] = (
 'https://reliefweb.int/report/ethiopia/ethiopia-conflict-and-forced-displacement-dg-echo-un-ocha-national-disaster-risk',
 'Ethiopia – Conflict and forced displacement (DG ECHO, UN OCHA, National Disaster Risk Management Commission) (ECHO Daily Flash of 19 June 2018, on ReliefWeb)', [
 ('additional 400 000 people', '400 000', 'exact', 400000, 'displaced', None, 'West-Guji'),
 ('reached 700 000', '700 000', 'exact', 700000, 'displaced', 'government reports', None, {'aliases': GOV_REPORTS}),
 ('527 263 in Gedeo', '527 263', 'exact', 527263, 'displaced', 'government reports', 'Gedeo', {'aliases': GOV_REPORTS, 'partOf': '700 000'}),
 ('170 467 in West Guji', '170 467', 'exact', 170467, 'displaced', 'government reports', 'West Guji', {'aliases': GOV_REPORTS, 'partOf': '700 000'}),
])
D['indonesia-cianjur-earthquake-toll-252-nbc-ap-2022'] = (
 'https://www.nbcnews.com/news/world/indonesia-earthquake-java-photos-rcna58290',
 'Death toll in Indonesia earthquake rises to at least 252 (NBC News, with The Associated Press, 22 November 2022)', [
 ('rises to at least 252', 'at least 252', 'at_least', 252, 'killed', None, 'Indonesia'),
 ('where 31 people are still missing', '31', 'exact', 31, 'other', None, 'Cianjur'),
 ('risen to at least 252', 'at least 252', 'at_least', 252, 'killed', 'officials', 'Java', {'aliases': OFFICIALS}),
 ('up from 162', '162', 'exact', 162, 'killed', 'Local officials', 'Cianjur', {'aliases': LOCAL_OFFICIALS}),
 ('They said 31', '31', 'exact', 31, 'other', 'Local officials', 'Cianjur', {'aliases': LOCAL_OFFICIALS}),
 ('hundreds had been injured', 'hundreds', 'vague', 'hundreds', 'injured', 'Local officials', 'Cianjur', {'aliases': LOCAL_OFFICIALS}),
])
D['malawi-cholera-who-disease-outbreak-news-2023'] = (
 'https://newslettercollector.com/newsletter/correction-disease-outbreak-news-don-cholera-malawi/?isIframe=true',
 'Cholera - Malawi (WHO Disease Outbreak News, correction of 9 February 2023, republished by newslettercollector)', [
 ('with 36 943 cases', '36 943', 'exact', 36943, 'other', None, 'Malawi'),
 ('1210 associated deaths', '1210', 'exact', 1210, 'killed', None, 'Malawi'),
 ('of above 3%', 'above 3%', 'more_than', 3, 'other', None, 'Malawi', {'pct': True}),
 ('a total of 36 943', '36 943', 'exact', 36943, 'other', None, 'Malawi'),
 ('including 1210 deaths', '1210', 'exact', 1210, 'killed', None, 'Malawi', {'partOf': '36 943'}),
 ('(CFR) 3.3%', '3.3%', 'exact', 3.3, 'other', None, 'Malawi', {'pct': True}),
 ('(17 078)', '17 078', 'exact', 17078, 'other', None, 'Malawi'),
 ('(7017 cases)', '7017', 'exact', 7017, 'other', None, 'Malawi'),
 ('6974 cases', '6974', 'exact', 6974, 'other', None, 'Mangochi', {'partOf': '36 943'}),
 ('and 114 deaths', '114', 'exact', 114, 'killed', None, 'Mangochi', {'partOf': '1210'}),
 ('(CFR 1.6%)', '1.6%', 'exact', 1.6, 'other', None, 'Mangochi', {'pct': True}),
])
D['bahamas-hurricane-dorian-44-dead-tampa-bay-times-2019'] = (
 'https://www.tampabay.com/hurricane/2019/09/09/dorian-has-killed-44-in-the-bahamas-with-hundreds-still-missing/',
 'Dorian has killed 44 in the Bahamas with hundreds still missing (Tampa Bay Times, 9 September 2019)', [
 ('has killed 44', '44', 'exact', 44, 'killed', None, 'Bahamas'),
 ('with hundreds still missing', 'hundreds', 'vague', 'hundreds', 'other', None, 'Bahamas'),
 ('Six deaths', 'Six', 'exact', 6, 'killed', None, 'U.S.'),
 ('at least 44 people', 'at least 44', 'at_least', 44, 'killed', 'Duane Sands', 'Bahamas', {'aliases': SANDS}),
 ('hundreds of people still missing', 'hundreds', 'vague', 'hundreds', 'other', 'Duane Sands', 'Bahamas', {'aliases': SANDS}),
 ('Nearly 70,000', 'Nearly 70,000', 'about', 70000, 'displaced', 'United Nations', 'Grand Bahama', {'aliases': UN_BAHAMAS}),
])
D['afghanistan-paktika-earthquake-toll-1000-al-ahed-2022'] = (
 'https://english.alahednews.com.lb/65975/532',
 'Afghanistan’s Earthquake: Death Toll Rises to 1000 People, At Least 1500 Injured (Al-Ahed News, June 2022)', [
 ('Rises to 1000 People', '1000', 'exact', 1000, 'killed', None, 'Afghanistan'),
 ('At Least 1500', 'At Least 1500', 'at_least', 1500, 'injured', None, 'Afghanistan'),
 ('rose to 1,000', '1,000', 'exact', 1000, 'killed', None, 'Paktika'),
 ('more than 1,500 others', 'more than 1,500', 'more_than', 1500, 'injured', None, 'Paktika'),
 ('hundreds of our countrymen', 'hundreds', 'vague', 'hundreds', 'other', 'Bilal Karimi', 'Paktika', {'aliases': KARIMI}),
])
D['nigeria-floods-2022-nema-toll-vanguard-allafrica-2023'] = (
 'http://allafrica.com/stories/202301240193.html',
 'Nigeria: Floods Leave 2.4m Displaced, 662 Lives Lost (Vanguard, on allAfrica, 24 January 2023)', [
 ('Leave 2.4m', '2.4m', 'exact', 2400000, 'displaced', None, 'Nigeria'),
 ('662 Lives', '662', 'exact', 662, 'killed', None, 'Nigeria'),
 ('over 2.4 million', 'over 2.4 million', 'more_than', 2400000, 'displaced', 'National Emergency Management Agency', None, {'aliases': NEMA}),
 ('and 662 dead', '662', 'exact', 662, 'killed', 'National Emergency Management Agency', None, {'aliases': NEMA}),
 ('3,174 persons', '3,174', 'exact', 3174, 'injured', 'Mustapha Ahmed', 'Nigeria', {'aliases': AHMED}),
 ('662 persons', '662', 'exact', 662, 'killed', 'Mustapha Ahmed', 'Nigeria', {'aliases': AHMED}),
 ('3,174 others', '3,174', 'exact', 3174, 'injured', 'Mustapha Ahmed', 'Nigeria', {'aliases': AHMED}),
 ('2,430,445 individuals', '2,430,445', 'exact', 2430445, 'displaced', 'Mustapha Ahmed', 'Nigeria', {'aliases': AHMED}),
])
D['philippines-typhoon-odette-toll-405-ndrrmc-philstar-2021'] = (
 'https://www.philstar.com/headlines/2021/12/31/2151165/odette-death-toll-rises-405',
 "'Odette' death toll rises to 405 (The Philippine Star, 31 December 2021)", [
 ('rises to 405', '405', 'exact', 405, 'killed', None, None),
 ('rose to 405', '405', 'exact', 405, 'killed', 'National Disaster Risk Reduction and Management Council', 'Philippines', {'aliases': NDRRMC}),
 ('Only 75', '75', 'exact', 75, 'killed', None, None, {'partOf': '405'}),
 ('1,147 individuals', '1,147', 'exact', 1147, 'injured', None, 'Philippines'),
 ('82 people', '82', 'exact', 82, 'other', None, 'Philippines'),
 ('4,457,846 people', '4,457,846', 'exact', 4457846, 'other', 'National Disaster Risk Reduction and Management Council', 'MIMAROPA', {'aliases': NDRRMC}),
 ('Over 325,000', 'Over 325,000', 'more_than', 325000, 'displaced', None, None),
 ('175,451 were', '175,451', 'exact', 175451, 'displaced', None, None),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-6: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
