"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


XINHUA_CN = ['The official Xinhua news agency', 'official Xinhua news agency', 'Xinhua news agency', 'Xinhua']
STATS_CN = ['government statistics', 'statistics', 'government']

D = {}
D['china-urumqi-riots-toll-184-ethnic-detail-reuters-2009'] = (
 'https://www.reuters.com/article/us-china-xinjiang/china-raises-xinjiang-death-toll-adds-ethnic-detail-idUSTRE56907020090711',
 'China raises Xinjiang death toll, adds ethnic detail (Reuters, 11 July 2009)', [
 ('said 184 people', '184', 'exact', 184, 'killed', 'The official Xinhua news agency', 'Urumqi', {'aliases': XINHUA_CN}),
 ('137 of those killed', '137', 'exact', 137, 'killed', 'The official Xinhua news agency', 'Urumqi', {'aliases': XINHUA_CN, 'partOf': '184'}),
 ('1.3 billion population', '1.3 billion', 'exact', 1300000000, 'population', 'The official Xinhua news agency', 'China', {'aliases': XINHUA_CN}),
 ('toll was 156', '156', 'exact', 156, 'killed', None, 'Urumqi'),
 ('included 46 Uighurs', '46', 'exact', 46, 'killed', None, 'Xinjiang', {'partOf': '184'}),
 ('46 percent', '46 percent', 'exact', 46, 'population', 'government statistics', 'Xinjiang', {'aliases': STATS_CN, 'pct': True}),
 ('21.3 million people', '21.3 million', 'exact', 21300000, 'population', 'government statistics', 'Xinjiang', {'aliases': STATS_CN}),
])

INGUSH = ['The Ingush authorities', 'Ingush authorities', 'the Ingush authorities', 'authorities', 'Ingush migration service']
MIGRATION = ['the Ingush migration service', 'Ingush migration service', 'migration service', 'Ingush authorities', 'The Ingush authorities']
UNHCR_RU = ['UNHCR', 'UN refugee agency', 'United Nations High Commissioner for Refugees']
EMERCOM = ['EMERCOM', "Russia's government-run aid agency EMERCOM", 'government-run aid agency', 'aid agency']
D['russia-chechnya-ingushetia-uprooted-160000-unhcr-briefing-1999'] = (
 'https://www.unhcr.org/news/briefing-notes/russian-federation-ingushetia-chechnya',
 'Russian Federation/Ingushetia/Chechnya (UNHCR briefing notes, 22 October 1999)', [
 ('more than 160,000', 'more than 160,000', 'more_than', 160000, 'displaced', 'The Ingush authorities', 'Chechnya', {'aliases': INGUSH}),
 ('More than 114,000', 'More than 114,000', 'more_than', 114000, 'displaced', 'the Ingush migration service', 'Ingushetia', {'aliases': MIGRATION, 'partOf': 'more than 160,000'}),
 ('as many as 300,000', 'as many as 300,000', 'up_to', 300000, 'displaced', 'the Ingush authorities', 'Ingushetia', {'aliases': INGUSH}),
 ('some 7,100', 'some 7,100', 'about', 7100, 'displaced', None, 'Ingushetia'),
 ('and 5,000 in', '5,000', 'exact', 5000, 'displaced', None, 'Ingushetia'),
 ('tens of thousands of people', 'tens of thousands', 'vague', 'tens of thousands', 'displaced', 'UNHCR', 'Ingushetia', {'aliases': UNHCR_RU}),
 ('transported 512 persons', '512', 'exact', 512, 'displaced', 'EMERCOM', 'Shelkovskoi district', {'aliases': EMERCOM}),
 ('with 705 people', '705', 'exact', 705, 'displaced', None, 'Mozdok'),
])

MSF_SD = ['Doctors Without Borders/Médecins Sans Frontières', 'Doctors Without Borders', 'Médecins Sans Frontières', 'MSF', 'the survey', 'survey', 'A retrospective mortality survey', 'retrospective mortality survey', 'Epidemiological surveys']
HOEDT = ['Vince Hoedt', 'Hoedt', "coordinator of MSF's programs in South Darfur", 'MSF', 'Doctors Without Borders']
D['sudan-south-darfur-kalma-camp-surveys-2500-dead-msf-2004'] = (
 'https://www.doctorswithoutborders.org/latest/aid-displaced-people-south-darfur-remains-insufficient',
 'Aid to Displaced People in South Darfur Remains Insufficient (MSF press release, New York, 27 September 2004)', [
 ('an estimated 66,000', 'an estimated 66,000', 'estimated', 66000, 'displaced', 'MSF', 'Kalma camp', {'aliases': MSF_SD}),
 ('treating 3,900', '3,900', 'exact', 3900, 'children', 'MSF', 'Kalma camp', {'aliases': MSF_SD}),
 ('up to 66,000', 'up to 66,000', 'up_to', 66000, 'displaced', 'Vince Hoedt', 'Nyala', {'aliases': HOEDT}),
 ('23.6%', '23.6%', 'exact', 23.6, 'children', 'MSF', 'Kalma camp', {'aliases': MSF_SD, 'pct': True}),
 ('3.3%', '3.3%', 'exact', 3.3, 'children', 'MSF', 'Kalma camp', {'aliases': MSF_SD, 'pct': True}),
 ('approximately 2,500', 'approximately 2,500', 'about', 2500, 'killed', 'A retrospective mortality survey', 'Kalma camp', {'aliases': MSF_SD}),
 ('of which 1,100', '1,100', 'exact', 1100, 'children', 'A retrospective mortality survey', 'Kalma camp', {'aliases': MSF_SD, 'partOf': 'approximately 2,500'}),
])

OCHA_LB = ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs', 'The UN Flash Appeal for Lebanon', 'UN Flash Appeal for Lebanon', 'UN Flash Appeal', 'Flash Appeal', 'the appeal', 'UN', 'United Nations']
EGELAND = ['Jan Egeland', 'The ERC Jan Egeland', 'ERC Jan Egeland', 'Egeland', 'ERC', 'Emergency Relief Coordinator', 'OCHA']
OFFICIAL_LB = ['Official figures', 'official figures', 'officials']
D['lebanon-war-flash-appeal-346-dead-ocha-electronic-intifada-2006'] = (
 'https://electronicintifada.net/content/ocha-civilian-death-toll-mounts-lebanon/2568',
 'OCHA: Civilian death toll mounts in Lebanon (OCHA situation report, 24 July 2006, republished by The Electronic Intifada)', [
 ('some 800,000 people', 'some 800,000', 'about', 800000, 'other', 'OCHA', 'Lebanon', {'aliases': OCHA_LB}),
 ('thousands of people in need', 'thousands', 'vague', 'thousands', 'other', 'Jan Egeland', 'Lebanon', {'aliases': EGELAND}),
 ('report 346 dead', '346', 'exact', 346, 'killed', 'Official figures', None, {'aliases': OFFICIAL_LB}),
 ('over 1,234 injured', 'over 1,234', 'more_than', 1234, 'injured', 'Official figures', None, {'aliases': OFFICIAL_LB}),
 ('Thirty-seven Israelis', 'Thirty-seven', 'exact', 37, 'killed', 'OCHA', None, {'aliases': OCHA_LB}),
])

PHUNTSOK = ['Champa Phuntsok', "Tibet's governor", 'governor', 'Phuntsok', 'He', 'he']
EXILES_TB = ['Exiled Tibetans', 'exiled Tibetans', 'Tibetan exile groups', 'exile groups']
EXILE_GROUPS = ['Tibetan exile groups', 'Unconfirmed reports from Tibetan exile groups', 'exile groups', 'Exiled Tibetans']
GOV_TB = ['the government', 'government', "the government's previous figure"]
D['china-tibet-lhasa-unrest-official-toll-16-ap-blog-2008'] = (
 'http://freemaninforms.blogspot.com/2008/03/tibet-unrest-spreads-beyond-lhasa-toll.html',
 'Tibet unrest spreads beyond Lhasa, official toll 16 (Associated Press text, on the Freeman Informs blog, 17 March 2008)', [
 ('official toll 16', '16', 'exact', 16, 'killed', None, 'Tibet'),
 ('that 16 people', '16', 'exact', 16, 'killed', "Tibet's governor", 'Tibet', {'aliases': PHUNTSOK}),
 ('as many as 80 people may', 'as many as 80', 'up_to', 80, 'killed', 'Exiled Tibetans', 'Tibet', {'aliases': EXILES_TB}),
 ('figure of 10 killed', '10', 'exact', 10, 'killed', 'the government', None, {'aliases': GOV_TB}),
 ('described 13 of', '13', 'exact', 13, 'killed', 'Champa Phuntsok', None, {'aliases': PHUNTSOK, 'partOf': '16'}),
 ('another three people', 'three', 'exact', 3, 'killed', 'Champa Phuntsok', None, {'aliases': PHUNTSOK, 'partOf': '16'}),
 ('dozens of people were injured', 'dozens', 'vague', 'dozens', 'injured', 'Champa Phuntsok', None, {'aliases': PHUNTSOK}),
 ('as many as 80 people dead', 'as many as 80', 'up_to', 80, 'killed', 'Tibetan exile groups', 'Lhasa', {'aliases': EXILE_GROUPS}),
])

MOH_SARS = ['ministries of health', 'ministries', 'health ministries']
D['global-sars-epidemiology-2781-cases-who-2003'] = (
 'http://www.who.int/csr/sars/epi2003_04_11/en/',
 'SARS epidemiology to date (WHO, 11 April 2003)', [
 ('is 2781 cases', '2781', 'exact', 2781, 'other', 'ministries of health', None, {'aliases': MOH_SARS}),
 ('with 111 deaths', '111', 'exact', 111, 'killed', 'ministries of health', None, {'aliases': MOH_SARS, 'partOf': '2781'}),
 ('is 4%', '4%', 'exact', 4, 'other', None, None, {'pct': True}),
 ('1290 cases', '1290', 'exact', 1290, 'other', None, 'China'),
 ('55 deaths', '55', 'exact', 55, 'killed', None, 'China', {'partOf': '1290'}),
 ('998 cases', '998', 'exact', 998, 'other', None, 'Hong Kong'),
 ('30 deaths', '30', 'exact', 30, 'killed', None, 'Hong Kong', {'partOf': '998'}),
 ('97 probable', '97', 'exact', 97, 'other', None, 'Canada'),
 ('10 deaths', '10', 'exact', 10, 'killed', None, 'Canada', {'partOf': '97'}),
])

OFFICIALS_IN = ['Indian officials', 'officials', 'Indian government', 'The government of India']
D['india-gujarat-earthquake-toll-25000-ens-2001'] = (
 'http://ens-news.com/ens/jan2001/2001-01-29-01.html',
 "Death Toll Climbs in India's Worst Earthquake (Environment News Service, 29 January 2001)", [
 ('At least 25,000', 'At least 25,000', 'at_least', 25000, 'killed', None, 'India'),
 ('many thousands more', 'thousands', 'vague', 'thousands', 'injured', None, 'India'),
 ('some 200,000', 'some 200,000', 'about', 200000, 'displaced', 'Indian officials', 'India', {'aliases': OFFICIALS_IN}),
 ('population of 150,000', '150,000', 'exact', 150000, 'population', None, 'Bhuj'),
 ('where 10,000 people', '10,000', 'exact', 10000, 'killed', None, 'Bhuj'),
 ('4.5 million residents', '4.5 million', 'exact', 4500000, 'population', None, 'Ahmedabad'),
])

ECEVIT = ['Bulent Ecevit', 'Prime Minister Bulent Ecevit', 'Ecevit', 'Prime Minister']
ALMEIDA = ['Manoel de Almeida e Silva', 'U.N. deputy spokesman Manoel de Almeida e Silva', 'U.N. deputy spokesman', 'deputy spokesman', 'U.N.', 'UN', 'United Nations']
GOV_TR = ['the government', 'government', 'Turkish government']
D['turkey-izmit-earthquake-more-than-7000-killed-amarillo-globe-news-1999'] = (
 'http://amarillo.com/stories/1999/08/20/usn_turkey.shtml',
 'More than 7,000 killed in Turkey (Amarillo Globe-News, wire copy, 20 August 1999)', [
 ('More than 7,000 killed', 'More than 7,000', 'more_than', 7000, 'killed', None, 'Turkey'),
 ('thousands of others buried alive', 'thousands', 'vague', 'thousands', 'trapped', None, 'Turkey'),
 ('almost 7,000 people', 'almost 7,000', 'about', 7000, 'killed', None, 'Turkey'),
 ('the hundreds of professional', 'hundreds', 'vague', 'hundreds', 'other', 'Bulent Ecevit', None, {'aliases': ECEVIT}),
 ('Some 35,000', 'Some 35,000', 'about', 35000, 'trapped', 'Manoel de Almeida e Silva', None, {'aliases': ALMEIDA}),
 ('More than 70 U.S. experts', 'More than 70', 'more_than', 70, 'other', None, None),
 ('2,100 Marines', '2,100', 'exact', 2100, 'personnel', None, None),
 ('1,000 sailors', '1,000', 'exact', 1000, 'personnel', None, None),
 ('thousands of frightened residents', 'thousands', 'vague', 'thousands', 'displaced', None, 'Istanbul'),
 ('rose to 6,841', '6,841', 'exact', 6841, 'killed', 'the government', None, {'aliases': GOV_TR}),
 ('nearly 34,000', 'nearly 34,000', 'about', 34000, 'injured', 'the government', None, {'aliases': GOV_TR}),
])

RANGEL = ['Angel Rangel', 'Civil Defense national director Angel Rangel', 'Civil Defense national director', 'Civil Defense', 'Rangel', 'He', 'he']
ECON_VE = ['Economists', 'economists']
CHAVEZ = ['Hugo Chavez', 'President Hugo Chavez', 'Chavez', 'President', 'he']
D['venezuela-vargas-mudslides-toll-estimated-30000-chicago-tribune-1999'] = (
 'http://articles.chicagotribune.com/1999-12-22/news/9912220106_1_vargas-state-president-hugo-chavez-disaster',
 'Venezuela Death Toll Estimated At 30,000 (Chicago Tribune, from Tribune News Services, 22 December 1999)', [
 ('Estimated At 30,000', 'Estimated At 30,000', 'estimated', 30000, 'killed', None, 'Venezuela'),
 ('up to 30,000', 'up to 30,000', 'up_to', 30000, 'killed', None, 'Venezuela'),
 ('thousands of people buried', 'thousands', 'vague', 'thousands', 'killed', 'Angel Rangel', None, {'aliases': RANGEL}),
 ('25,000 or 30,000', '25,000 or 30,000', 'range', (25000, 30000), 'killed', 'Angel Rangel', None, {'aliases': RANGEL}),
 ('350,000 people', '350,000', 'exact', 350000, 'population', None, 'Vargas'),
 ('country of 23 million', '23 million', 'exact', 23000000, 'population', 'Economists', 'Venezuela', {'aliases': ECON_VE}),
 ('140,000 people', '140,000', 'exact', 140000, 'displaced', 'Hugo Chavez', None, {'aliases': CHAVEZ}),
])

NPA_JP = ['Government of Japan (GoJ) National Police Agency (NPA)', 'National Police Agency', 'NPA', 'Government of Japan', 'GoJ', 'GoJ National Police Agency', 'police']
INTL_MEDIA = ['International media sources', 'international media sources', 'media sources', 'international media']
D['japan-tohoku-earthquake-tsunami-fact-sheet-4-reliefweb-2011'] = (
 'https://reliefweb.int/report/japan/japan-earthquake-and-tsunami-fact-sheet-4-fiscal-year-fy-2011',
 'Japan - Earthquake and Tsunami Fact Sheet #4, Fiscal Year (FY) 2011 (US government fact sheet, 14 March 2011, on ReliefWeb)', [
 ('at 1,897', '1,897', 'exact', 1897, 'killed', 'National Police Agency', 'Japan', {'aliases': NPA_JP}),
 ('at 3,002', '3,002', 'exact', 3002, 'other', 'National Police Agency', 'Japan', {'aliases': NPA_JP}),
 ('at 1,885', '1,885', 'exact', 1885, 'injured', 'National Police Agency', 'Japan', {'aliases': NPA_JP}),
 ('as high as 10,000', 'as high as 10,000', 'up_to', 10000, 'killed', 'International media sources', None, {'aliases': INTL_MEDIA}),
 ('injured 11 individuals', '11', 'exact', 11, 'injured', None, 'Fukushima Daiichi'),
 ('Nearly 210,000', 'Nearly 210,000', 'about', 210000, 'fled', None, None),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-11: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
