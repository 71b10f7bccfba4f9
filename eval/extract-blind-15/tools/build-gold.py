"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

SC_OFFICIAL = ['A senior official with the Sichuan Provincial government', 'Sichuan Provincial government', 'senior official', 'Li Chengyun', 'vice governor of Sichuan']
LI_SC = ['Li Chengyun', 'vice governor of Sichuan', 'Li', 'He', 'Sichuan Provincial government']
MCA_CN = ['the Ministry of Civil Affairs', 'Ministry of Civil Affairs']
D['china-sichuan-earthquake-toll-exceeds-12000-xinhua-2008'] = (
 'http://lr.china-embassy.gov.cn/eng/majorevents/200805/t20080514_6252265.htm',
 'Sichuan earthquake death toll exceeds 12,000 (Xinhua, Chengdu, 13 May 2008, on the site of the Chinese embassy in Liberia)', [
 ('toll exceeds 12,000', 'exceeds 12,000', 'more_than', 12000, 'killed', None, 'Sichuan'),
 ('has exceeded 12,000', 'exceeded 12,000', 'more_than', 12000, 'killed', 'A senior official with the Sichuan Provincial government', 'Sichuan', {'aliases': SC_OFFICIAL}),
 ('another 26,206 people', '26,206', 'exact', 26206, 'injured', 'Li Chengyun', 'Sichuan', {'aliases': LI_SC}),
 ('more than 9,400 people', 'more than 9,400', 'more_than', 9400, 'trapped', 'Li Chengyun', 'Sichuan', {'aliases': LI_SC}),
 ('including 161 in', '161', 'exact', 161, 'killed', 'Li Chengyun', 'Aba Tibetan and Qiang Autonomous Prefecture', {'aliases': LI_SC, 'partOf': 'exceeded 12,000'}),
 ('7,395 in Mianyang', '7,395', 'exact', 7395, 'killed', 'Li Chengyun', 'Mianyang', {'aliases': LI_SC, 'partOf': 'exceeded 12,000'}),
 ('2,648 in Deyang', '2,648', 'exact', 2648, 'killed', 'Li Chengyun', 'Deyang', {'aliases': LI_SC, 'partOf': 'exceeded 12,000'}),
 ('959 in the provincial', '959', 'exact', 959, 'killed', 'Li Chengyun', 'Chengdu', {'aliases': LI_SC, 'partOf': 'exceeded 12,000'}),
 ('700 in Guangyuan', '700', 'exact', 700, 'killed', 'Li Chengyun', 'Guangyuan', {'aliases': LI_SC, 'partOf': 'exceeded 12,000'}),
 ('at 11,608', '11,608', 'exact', 11608, 'killed', 'the Ministry of Civil Affairs', 'Sichuan', {'aliases': MCA_CN}),
])

TV_LB = ['TV', 'the Al Arabiya television channel', 'Al Arabiya television channel', 'Al Arabiya', 'the Lebanese Health Ministry', 'Lebanese Health Ministry']
MOH_LB = ['the Lebanese Health Ministry', 'Lebanese Health Ministry', 'the Health Ministry', 'Health Ministry', "Lebanon's Health Ministry", 'Lebanon\u2019s Health Ministry', 'the Al Arabiya television channel', 'Al Arabiya television channel', 'Al Arabiya']
MOH_LB2 = ['the Health Ministry', 'Health Ministry', 'the Lebanese Health Ministry', 'Lebanese Health Ministry', "Lebanon's Health Ministry", 'Lebanon\u2019s Health Ministry']
SPOKES_LB = ['A spokesperson for Lebanon\u2019s Health Ministry', "A spokesperson for Lebanon's Health Ministry", 'spokesperson', 'Lebanon\u2019s Health Ministry', "Lebanon's Health Ministry", 'Health Ministry', 'the Health Ministry']
D['lebanon-beirut-port-explosion-toll-158-tass-2020'] = (
 'https://tass.com/emergencies/1187203',
 'Beirut port explosion death toll climbs to 158 - TV (TASS, Beirut, 8 August 2020)', [
 ('climbs to 158', '158', 'exact', 158, 'killed', 'TV', 'Beirut', {'aliases': TV_LB}),
 ('\u0410bout 6,000 people were injured', '\u0410bout 6,000', 'about', 6000, 'injured', None, None),
 ('has risen to 158', '158', 'exact', 158, 'killed', 'the Lebanese Health Ministry', 'Beirut', {'aliases': MOH_LB}),
 ('about 6,000 people were reported', 'about 6,000', 'about', 6000, 'injured', 'the Lebanese Health Ministry', 'Beirut', {'aliases': MOH_LB}),
 ('list of 152 casualties', '152', 'exact', 152, 'killed', 'the Health Ministry', None, {'aliases': MOH_LB2}),
 ('at least 43 Syrians', 'at least 43', 'at_least', 43, 'killed', None, None, {'partOf': '152'}),
 ('six Bangladeshis', 'six', 'exact', 6, 'killed', None, None, {'partOf': '152'}),
 ('three Filipinos', 'three', 'exact', 3, 'killed', None, None, {'partOf': '152'}),
 ('two Egyptians', 'two', 'exact', 2, 'killed', None, None, {'partOf': '152'}),
 ('two Belgians', 'two', 'exact', 2, 'killed', None, None),
 ('eleven Armenians', 'eleven', 'exact', 11, 'killed', None, None),
 ('more than 60 people', 'more than 60', 'more_than', 60, 'other', 'A spokesperson for Lebanon\u2019s Health Ministry', None, {'aliases': SPOKES_LB}),
 ('More than 300,000 people', 'More than 300,000', 'more_than', 300000, 'displaced', None, 'Beirut'),
 ('are 100,000 children', '100,000', 'exact', 100000, 'children', None, 'Beirut', {'partOf': 'More than 300,000'}),
])

STATE_KL = ['state officials', 'Kerala state officials', 'officials']
KSDMA = ["an official of the state\u2019s disaster management authority", "an official of the state's disaster management authority", 'state disaster management authority', 'disaster management authority', 'Kerala State Disaster Management Authority', 'official']
D['india-kerala-floods-toll-nears-400-reuters-2018'] = (
 'https://www.newsindiatimes.com/death-toll-nears-400-in-flood-hit-kerala-dozens-missing/',
 'Death toll nears 400 in flood-hit Kerala, dozens missing (Reuters, Kochi and New Delhi, 20 August 2018, on News India Times)', [
 ('toll nears 400', 'nears 400', 'about', 400, 'killed', None, 'Kerala'),
 ('dozens missing', 'dozens', 'vague', 'dozens', 'other', None, 'Kerala'),
 ('to nearly 400', 'nearly 400', 'about', 400, 'killed', None, 'Kerala'),
 ('Dozens of people are missing', 'Dozens', 'vague', 'dozens', 'other', 'state officials', None, {'aliases': STATE_KL}),
 ('and 1.2 million are sheltering', '1.2 million', 'exact', 1200000, 'displaced', 'state officials', None, {'aliases': STATE_KL}),
 ('risen to 373', '373', 'exact', 373, 'killed', "an official of the state\u2019s disaster management authority", None, {'aliases': KSDMA}),
])

CD_SA = ['The civil defence service', 'civil defence service', 'the Saudi civil defence service', 'Saudi civil defence service', 'civil defence', 'Saudi Civil Defence']
IRAN = ['Iran', 'Iranian authorities', 'Iranian officials']
D['saudi-arabia-mina-hajj-stampede-717-killed-arab-weekly-2015'] = (
 'https://thearabweekly.com/stampede-kills-least-717-pilgrims-one-worst-ever-hajj-tragedies',
 'Stampede kills at least 717 pilgrims in one of worst-ever hajj tragedies (The Arab Weekly, AFP copy, 24 September 2015)', [
 ('kills at least 717 pilgrims', 'at least 717', 'at_least', 717, 'killed', None, None),
 ('killed at least 717 people', 'at least 717', 'at_least', 717, 'killed', None, 'Saudi Arabia'),
 ('injured hundreds more', 'hundreds', 'vague', 'hundreds', 'injured', None, 'Saudi Arabia'),
 ('at least 863 people', 'at least 863', 'at_least', 863, 'injured', 'The civil defence service', None, {'aliases': CD_SA}),
 ('Nearly two million', 'Nearly two million', 'about', 2000000, 'other', None, None),
 ('at least 43 of its citizens', 'at least 43', 'at_least', 43, 'killed', 'Iran', None, {'aliases': IRAN}),
])

RC_CF = ['The Red Cross', 'Red Cross', 'the Red Cross', 'International Committee of the Red Cross (ICRC)', 'International Committee of the Red Cross', 'ICRC']
KERRY = ['John Kerry', 'US Secretary of State John Kerry', 'Kerry', 'Washington', 'the US', 'US']
MARQUET = ['David Pierre Marquet', 'International Committee of the Red Cross (ICRC) spokesman David Pierre Marquet', 'Marquet', 'He', 'International Committee of the Red Cross (ICRC)', 'International Committee of the Red Cross', 'ICRC', 'Red Cross']
D['car-bangui-fighting-red-cross-40-bodies-taipei-times-2013'] = (
 'http://www.taipeitimes.com/News/world/archives/2013/12/28/2003579992',
 'Red Cross recovers about 40 bodies in Bangui (Taipei Times, AFP copy, 28 December 2013)', [
 ('recovers about 40 bodies', 'about 40', 'about', 40, 'killed', 'Red Cross', 'Bangui', {'aliases': RC_CF}),
 ('recovered about 40 bodies from', 'about 40', 'about', 40, 'killed', 'The Red Cross', 'Bangui', {'aliases': RC_CF}),
 ('more than 1,000 are', 'more than 1,000', 'more_than', 1000, 'killed', None, 'Bangui'),
 ('Five Chadian peacekeepers', 'Five', 'exact', 5, 'killed', None, None),
 ('thousands of panicked', 'thousands', 'vague', 'thousands', 'fled', None, None),
 ('discovery of 20 bodies', '20', 'exact', 20, 'killed', 'John Kerry', 'Bangui', {'aliases': KERRY}),
 ('recovered 40 bodies since', '40', 'exact', 40, 'killed', 'the Red Cross', None, {'aliases': RC_CF}),
 ('\u201cAbout 40 bodies', 'About 40', 'about', 40, 'killed', 'David Pierre Marquet', None, {'aliases': MARQUET}),
 ('around 30 people wounded', 'around 30', 'about', 30, 'injured', 'David Pierre Marquet', None, {'aliases': MARQUET}),
 ('another 60 or so', '60 or so', 'about', 60, 'killed', 'David Pierre Marquet', None, {'aliases': MARQUET}),
])

CENTRE_TH = ['a government medical service centre', 'government medical service centre', "Bangkok's Erawan Centre", 'Erawan Centre', 'Erawan']
MOPH_TH = ['Public Health Ministry', 'the Public Health Ministry', 'Ministry of Public Health', 'Public Health Ministry announcement']
PHEERAPHOL = ['Col Pheeraphol Pokpong', 'senior officer Col Pheeraphol Pokpong', 'Pheeraphol Pokpong', 'Pheeraphol']
D['thailand-bangkok-redshirt-clashes-21-killed-858-injured-the-nation-2010'] = (
 'http://khmernewsplanet.blogspot.com/2010/04/death-toll-rises-to-21-dead-858-injured.html',
 'Death toll rises to 21 dead, 858 injured (The Nation, Bangkok, 12 April 2010, on the Khmer News Planet blog; title from the address)', [
 ('Some 21 people', 'Some 21', 'about', 21, 'killed', 'a government medical service centre', None, {'aliases': CENTRE_TH}),
 ('and 858 others', '858', 'exact', 858, 'injured', 'a government medical service centre', None, {'aliases': CENTRE_TH}),
 ('reported 20 deaths', '20', 'exact', 20, 'killed', 'Public Health Ministry', None, {'aliases': MOPH_TH}),
 ('five of whom were soldiers', 'five', 'exact', 5, 'killed', 'Public Health Ministry', None, {'aliases': MOPH_TH, 'partOf': '20'}),
 ('30 soldiers were', '30', 'exact', 30, 'injured', None, None),
 ('included four in', 'four', 'exact', 4, 'injured', 'Col Pheeraphol Pokpong', None, {'aliases': PHEERAPHOL, 'partOf': '30'}),
 ('total of 216 soldiers', '216', 'exact', 216, 'injured', None, 'Bangkok'),
 ('Around 100 of them', 'Around 100', 'about', 100, 'other', None, 'Bangkok', {'partOf': '216'}),
 ('bodies of 10 of the dead', '10', 'exact', 10, 'killed', None, None),
])

HRW = ['Human Rights Watch', 'HRW']
D['kenya-tana-river-clashes-110-dead-al-jazeera-2012'] = (
 'https://www.aljazeera.com/features/2012/9/21/kenya-tribal-killings-stain-tana-river',
 'Kenya tribal killings stain Tana River (Al Jazeera, 21 September 2012)', [
 ('has left 110 dead', '110', 'exact', 110, 'killed', None, None),
 ('dozens of others', 'dozens', 'vague', 'dozens', 'other', None, 'Kenya'),
 ('38 bodies were', '38', 'exact', 38, 'killed', None, None),
 ('Five women', 'Five', 'exact', 5, 'killed', None, None, {'partOf': '38'}),
 ('and two children lay', 'two', 'exact', 2, 'children', None, None, {'partOf': '38'}),
 ('More than 110 people', 'More than 110', 'more_than', 110, 'killed', None, 'Tana River'),
 ('Some 6,000 people', 'Some 6,000', 'about', 6000, 'displaced', 'Human Rights Watch', 'Tana River', {'aliases': HRW}),
])

IOM_VE = ['IOM', 'the UN Migration Agency', 'UN Migration Agency', 'UNHCR', 'the UN Refugee Agency', 'UN Refugee Agency', 'International Organization for Migration', 'IOM and UNHCR', 'UNHCR and IOM']
D['venezuela-exodus-refugees-migrants-reach-3-million-iom-2018'] = (
 'https://www.iom.int/news/number-refugees-migrants-venezuela-reaches-3-million',
 'Number of Refugees, Migrants from Venezuela Reaches 3 Million (IOM and UNHCR press release, Geneva, 9 November 2018)', [
 ('Reaches 3 Million', '3 Million', 'exact', 3000000, 'refugees', None, 'Venezuela'),
 ('reached three million', 'three million', 'exact', 3000000, 'refugees', 'IOM', 'Venezuela', {'aliases': IOM_VE}),
 ('an estimated 2.4 million', 'an estimated 2.4 million', 'estimated', 2400000, 'refugees', 'IOM', 'Latin America and the Caribbean', {'aliases': IOM_VE, 'partOf': 'three million'}),
 ('total of over one million', 'over one million', 'more_than', 1000000, 'refugees', 'IOM', 'Colombia', {'aliases': IOM_VE, 'partOf': 'an estimated 2.4 million'}),
 ('over half a million', 'over half a million', 'more_than', 500000, 'refugees', 'IOM', 'Peru', {'aliases': IOM_VE, 'partOf': 'an estimated 2.4 million'}),
 ('over 220,000', 'over 220,000', 'more_than', 220000, 'refugees', 'IOM', 'Ecuador', {'aliases': IOM_VE, 'partOf': 'an estimated 2.4 million'}),
 ('Argentina, 130,000', '130,000', 'exact', 130000, 'refugees', 'IOM', 'Argentina', {'aliases': IOM_VE, 'partOf': 'an estimated 2.4 million'}),
 ('over 100,000', 'over 100,000', 'more_than', 100000, 'refugees', 'IOM', 'Chile', {'aliases': IOM_VE, 'partOf': 'an estimated 2.4 million'}),
 ('Brazil, 85,000', '85,000', 'exact', 85000, 'refugees', 'IOM', 'Brazil', {'aliases': IOM_VE, 'partOf': 'an estimated 2.4 million'}),
 ('hosting 94,000 Venezuelans', '94,000', 'exact', 94000, 'refugees', 'IOM', 'Panama', {'aliases': IOM_VE, 'partOf': 'an estimated 2.4 million'}),
])


if __name__ == '__main__':
    build_set(D)
