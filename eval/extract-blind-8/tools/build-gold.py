"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


OCHA_WS = ['OCHA', 'OCHA New York', 'UN OCHA', 'Office for the Coordination of Humanitarian Affairs', 'UN Office for the Coordination of Humanitarian Affairs', 'United Nations Office for the Coordination of Humanitarian Affairs']
GOV_WS = ['Government of Samoa', 'The Government of Samoa', 'Samoan government', 'government']
OGNIO = ['Roberto Ognio', 'Ognio', "The deputy chief of Peru's fire department", "deputy chief of Peru's fire department", "Peru's fire department", 'fire department', 'He', 'he']
UN_PE = ['United Nations', 'the United Nations', 'UN', 'U.N.', 'Margareta Wahlstrom']
MAYOR_PE = ["the town's mayor", "town's mayor", 'mayor', "Pisco's mayor"]
UN_MM = ['UN', 'United Nations', 'the United Nations humanitarian agency', 'United Nations humanitarian agency', 'UN humanitarian agency', 'United Nations Office for Coordination of Humanitarian Affairs', 'OCHA']
UN_AG = ['United Nations humanitarian agency', 'the United Nations humanitarian agency', 'UN humanitarian agency', 'United Nations', 'UN', 'United Nations Office for Coordination of Humanitarian Affairs', 'OCHA', 'It']
OCHA_MM = ['United Nations Office for Coordination of Humanitarian Affairs', 'the United Nations Office for Coordination of Humanitarian Affairs', 'UN Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN', 'United Nations', 'United Nations humanitarian agency']
TV_MM = ['Burma state-run TV', 'state-run TV', 'Burma state TV', 'state television', 'Myanmar state television']
HM_GW = ['Health Ministry', 'the Health Ministry', 'health ministry', 'The health ministry', 'the ministry', 'ministry', 'Ministry of Health']
RG_GN = ['rights group', 'human rights group', 'A human rights group in Guinea', 'a human rights group', 'Guinean Organization for Defence of Human Rights', 'Chierno Maadjou', 'Dr. Chierno Maadjou']
LOCAL_RG = ['a local human rights group', 'local human rights group', 'human rights group', 'rights group', 'Guinean Organization for Defence of Human Rights', 'Chierno Maadjou']
MAADJOU = ['Chierno Maadjou', 'Dr. Chierno Maadjou', 'Maadjou', 'Guinean Organization for Defence of Human Rights', 'human rights group', 'rights group']
GOV_GN = ['The government of the West African country', 'the government', 'government', 'Guinean government', 'government of Guinea']
DUFKA = ['Corinne Dufka', 'Dufka', 'senior West Africa researcher at Human Rights Watch', 'Human Rights Watch', 'HRW']
HRG_UZ = ['Human rights groups in Uzbekistan', 'Human rights groups', 'human rights groups', 'rights groups']
WITNESSES = ['witnesses', 'Witnesses']
IRIN_CORR = ['An IRIN correspondent in Andijan', 'IRIN correspondent', 'IRIN', 'correspondent']
UNHCR_TL = ['UNHCR', 'UN refugee agency', 'the UN refugee agency', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees']
OFFICIAL_TL = ['Official estimates', 'official estimates', 'officials', 'Officials', 'government', 'UNHCR']
ICRC = ['ICRC', 'the ICRC', 'International Committee of the Red Cross', 'International Committee of the Red Cross (ICRC)', 'Red Cross', 'Jacques de Maio']
DE_MAIO = ['Jacques de Maio', 'de Maio', 'Mr de Maio', 'ICRC head of operations for South Asia', 'ICRC', 'International Committee of the Red Cross']
OFFICIALS_HT = ['officials', 'Officials', 'Haitian officials']
DESLORGES = ['Dieufort Deslorges', 'Deslorges', 'a spokesman for the government civil protection agency', 'government civil protection agency', 'civil protection agency', 'officials']

D = {}
D['samoa-tonga-tsunami-ocha-situation-report-4-2009'] = (
 'https://reliefweb.int/report/american-samoa/samoatonga-tsunami-ocha-situation-report-no-4',
 'Samoa/Tonga: Tsunami OCHA Situation Report No. 4 (OCHA New York, 2 October 2009, on ReliefWeb)', [
 ('At least 129 people dead', 'At least 129', 'at_least', 129, 'killed', 'OCHA', 'Samoa', {'aliases': OCHA_WS}),
 ('over 15,000 people affected', 'over 15,000', 'more_than', 15000, 'other', 'OCHA', 'Samoa', {'aliases': OCHA_WS}),
 ('Nine deaths reported', 'Nine', 'exact', 9, 'killed', 'OCHA', 'Tonga', {'aliases': OCHA_WS}),
 ('An estimated 800 people', 'An estimated 800', 'estimated', 800, 'displaced', 'OCHA', 'Tonga', {'aliases': OCHA_WS}),
 ('October, 129 people', '129', 'exact', 129, 'killed', 'OCHA', None, {'aliases': OCHA_WS}),
 ('and 310 people', '310', 'exact', 310, 'injured', 'OCHA', None, {'aliases': OCHA_WS}),
 ('About 15,000 people', 'About 15,000', 'about', 15000, 'other', 'OCHA', None, {'aliases': OCHA_WS}),
 ('population of 179,000', '179,000', 'exact', 179000, 'population', 'OCHA', None, {'aliases': OCHA_WS}),
 ('up to 1,000 families', 'up to 1,000', 'up_to', 1000, 'other', 'Government of Samoa', 'Samoa', {'aliases': GOV_WS}),
])
D['peru-pisco-earthquake-toll-510-ap-2007'] = (
 'http://laymanswatch.com/LaymansWatch_files/SignsOfNature/Earthquakes/PeruEarthquakeDeathTollRisesTo510.htm',
 'Peru Earthquake Death Toll Rises to 510 (The Associated Press, 16 August 2007, on Layman\'s Watch)', [
 ('Rises to 510', '510', 'exact', 510, 'killed', None, 'Peru'),
 ('toll rose to 510', '510', 'exact', 510, 'killed', None, 'Peru'),
 ('more than 1,500 injured', 'more than 1,500', 'more_than', 1500, 'injured', None, None),
 ('including hundreds who', 'hundreds', 'vague', 'hundreds', 'injured', None, None, {'partOf': 'more than 1,500'}),
 ('had risen to 510', '510', 'exact', 510, 'killed', 'Roberto Ognio', 'Peru', {'aliases': OGNIO}),
 ('additional 60 deaths', '60', 'exact', 60, 'killed', 'Roberto Ognio', None, {'aliases': OGNIO}),
 ('toll of 450 dead', '450', 'exact', 450, 'killed', 'United Nations', None, {'aliases': UN_PE}),
 ('Hundreds had gathered', 'Hundreds', 'vague', 'hundreds', 'other', None, 'Pisco'),
 ('burying 200 people', '200', 'exact', 200, 'killed', "the town's mayor", 'Pisco', {'aliases': MAYOR_PE}),
])
D['myanmar-cyclone-nargis-220000-missing-ocha-irish-times-2008'] = (
 'https://www.irishtimes.com/news/over-220-000-missing-after-cyclone-says-un-1.822555',
 'Over 220,000 missing after cyclone says UN (The Irish Times, May 2008)', [
 ('Over 220,000 missing', 'Over 220,000', 'more_than', 220000, 'other', 'UN', None, {'aliases': UN_MM}),
 ('was about 220,000', 'about 220,000', 'about', 220000, 'other', 'United Nations humanitarian agency', 'Burma', {'aliases': UN_AG, 'occ': 1}),
 ('was about 220,000', 'about 220,000', 'about', 220000, 'other', 'United Nations humanitarian agency', 'Burma', {'aliases': UN_AG, 'occ': 2}),
 ('up to 102,000 people', 'up to 102,000', 'up_to', 102000, 'killed', 'United Nations humanitarian agency', 'Irrawaddy delta', {'aliases': UN_AG}),
 ('1,215,885 to 1,919,485 million', '1,215,885 to 1,919,485 million', 'range', (1215885, 1919485), 'other', 'United Nations Office for Coordination of Humanitarian Affairs', None, {'aliases': OCHA_MM}),
 ('from 63,290 to 101,682', '63,290 to 101,682', 'range', (63290, 101682), 'killed', 'United Nations Office for Coordination of Humanitarian Affairs', None, {'aliases': OCHA_MM}),
 ('and 220,000 people', '220,000', 'exact', 220000, 'other', 'United Nations Office for Coordination of Humanitarian Affairs', None, {'aliases': OCHA_MM}),
 ('more than 28,458', 'more than 28,458', 'more_than', 28458, 'killed', 'Burma state-run TV', 'Burma', {'aliases': TV_MM}),
 ('with 33,416 people', '33,416', 'exact', 33416, 'other', 'Burma state-run TV', 'Burma', {'aliases': TV_MM}),
])
D['guinea-bissau-cholera-deaths-soar-irin-2008'] = (
 'https://reliefweb.int/report/guinea-bissau/guinea-bissau-cholera-deaths-soar-new-cases-continue-pour',
 'Guinea-Bissau: Cholera deaths soar, new cases continue to pour in (IRIN, 2 August 2008, on ReliefWeb)', [
 ('killed 64 people', '64', 'exact', 64, 'killed', 'Health Ministry', 'Guinea-Bissau', {'aliases': HM_GW}),
 ('with 4,331 cases', '4,331', 'exact', 4331, 'other', 'Health Ministry', 'Guinea-Bissau', {'aliases': HM_GW}),
 ('a city of 300,000', '300,000', 'exact', 300000, 'population', None, 'Bissau'),
 ('between 50 and 75', 'between 50 and 75', 'range', (50, 75), 'other', 'Health Ministry', 'Bissau', {'aliases': HM_GW}),
 ('where 26 people', '26', 'exact', 26, 'killed', 'Health Ministry', 'Bissau', {'aliases': HM_GW, 'partOf': '64'}),
 ('Eight Portuguese staff', 'Eight', 'exact', 8, 'personnel', None, 'Biombo'),
])
D['guinea-conakry-stadium-crackdown-157-killed-cbc-2009'] = (
 'https://www.cbc.ca/news/world/guinea-military-kills-157-in-protest-crackdown-rights-group-1.813248',
 'Guinea military kills 157 in protest crackdown: rights group (CBC News, 29 September 2009)', [
 ('kills 157', '157', 'exact', 157, 'killed', 'rights group', 'Guinea', {'aliases': RG_GN}),
 ('Guinea said 157 people', '157', 'exact', 157, 'killed', 'A human rights group in Guinea', 'Conakry', {'aliases': RG_GN}),
 ('more than 1,200 people were injured', 'more than 1,200', 'more_than', 1200, 'injured', 'A human rights group in Guinea', 'Conakry', {'aliases': RG_GN}),
 ('hundreds of injured civilians', 'hundreds', 'vague', 'hundreds', 'injured', None, 'Guinea'),
 ('more than 150 people dead', 'more than 150', 'more_than', 150, 'killed', 'a local human rights group', 'Guinea', {'aliases': LOCAL_RG}),
 ('that 157 people died', '157', 'exact', 157, 'killed', 'Chierno Maadjou', 'Conakry', {'aliases': MAADJOU}),
 ('more than 1,200 people were wounded', 'more than 1,200', 'more_than', 1200, 'injured', 'Chierno Maadjou', 'Conakry', {'aliases': MAADJOU}),
 ('that 57 people died', '57', 'exact', 57, 'killed', 'The government of the West African country', 'Guinea', {'aliases': GOV_GN}),
 ('dozens of unarmed protesters', 'dozens', 'vague', 'dozens', 'killed', 'Corinne Dufka', 'Guinea', {'aliases': DUFKA}),
])
D['uzbekistan-andijan-refugees-kyrgyzstan-camp-irin-2005'] = (
 'https://www.globalsecurity.org/military/library/news/2005/05/mil-050516-irin01.htm',
 'KYRGYZSTAN-UZBEKISTAN: Camp established as refugees flee Uzbek violence (IRIN, 16 May 2005, on GlobalSecurity.org)', [
 ('more than 1,000 Uzbeks', 'more than 1,000', 'more_than', 1000, 'refugees', None, 'Kyrgyzstan'),
 ('left 600 people dead', '600', 'estimated', 600, 'killed', 'Human rights groups in Uzbekistan', 'Uzbekistan', {'aliases': HRG_UZ}),
 ('between 60 and 100 armed men', 'between 60 and 100', 'range', (60, 100), 'fighters', None, 'Uzbekistan'),
 ('free 23 inmates', '23', 'exact', 23, 'other', None, 'Uzbekistan'),
 ('some 2,000 other prisoners', 'some 2,000', 'about', 2000, 'other', None, 'Uzbekistan'),
 ('Thousands of people in the city', 'Thousands', 'vague', 'thousands', 'other', None, 'Andijan'),
 ('about 5,000 supporters', 'about 5,000', 'about', 5000, 'other', None, None),
 ('killing hundreds, witnesses', 'hundreds', 'vague', 'hundreds', 'killed', 'witnesses', None, {'aliases': WITNESSES}),
 ('"hundreds of bodies"', 'hundreds', 'vague', 'hundreds', 'killed', 'An IRIN correspondent in Andijan', 'Andijan', {'aliases': IRIN_CORR}),
])
D['timor-leste-dili-displaced-outside-capital-unhcr-briefing-2006'] = (
 'https://www.unhcr.org/in/news/briefing-notes/timor-leste-unhcr-emergency-relief-operation-spreads-those-outside-dili',
 'Timor-Leste: UNHCR emergency relief operation spreads to those outside Dili (UNHCR briefing notes, 16 June 2006)', [
 ('tens of thousands of people who fled', 'tens of thousands', 'vague', 'tens of thousands', 'fled', 'UNHCR', 'Dili', {'aliases': UNHCR_TL}),
 ('(78,000)', '78,000', 'estimated', 78000, 'displaced', 'Official estimates', 'Timor-Leste', {'aliases': OFFICIAL_TL}),
 ('(69,000)', '69,000', 'estimated', 69000, 'displaced', 'Official estimates', 'Dili', {'aliases': OFFICIAL_TL}),
 ('some 350 families', 'some 350', 'about', 350, 'fled', 'UNHCR', 'Metinaro', {'aliases': UNHCR_TL}),
 ('the tens of thousands of displaced', 'tens of thousands', 'vague', 'tens of thousands', 'displaced', 'UNHCR', None, {'aliases': UNHCR_TL}),
 ('the 400 families', '400', 'exact', 400, 'other', 'UNHCR', 'Dili', {'aliases': UNHCR_TL}),
])
D['sri-lanka-vanni-fighting-250000-trapped-icrc-2009'] = (
 'https://www.icrc.org/en/doc/resources/documents/news-release/2009-and-earlier/sri-lanka-news-270109.htm',
 'Sri Lanka: major humanitarian crisis unfolding (ICRC news release 09/22, 27 January 2009)', [
 ('Hundreds of people have been killed', 'Hundreds', 'vague', 'hundreds', 'killed', 'ICRC', 'Vanni', {'aliases': ICRC}),
 ('scores of wounded', 'scores', 'vague', 'scores', 'injured', 'ICRC', 'Vanni', {'aliases': ICRC}),
 ('several aid workers', 'several', 'vague', 'several', 'injured', 'Jacques de Maio', None, {'aliases': DE_MAIO}),
 ('An estimated 250,000', 'An estimated 250,000', 'estimated', 250000, 'trapped', 'ICRC', None, {'aliases': ICRC}),
])
D['solomon-islands-honiara-riots-troops-the-age-2006'] = (
 'https://www.theage.com.au/world/riots-shake-island-capital-20060420-ge25ua.html',
 'Riots shake island capital (The Age, Melbourne, 20 April 2006)', [
 ('dozens of people injured', 'dozens', 'vague', 'dozens', 'injured', None, 'Honiara'),
 ('more than 20 last night', 'more than 20', 'more_than', 20, 'injured', None, 'Honiara'),
 ('hundreds of rock-throwing', 'hundreds', 'vague', 'hundreds', 'other', None, 'Honiara'),
 ('More than 50 Australian', 'More than 50', 'more_than', 50, 'personnel', None, 'Solomon Islands'),
 ('and 110 soldiers', '110', 'exact', 110, 'personnel', None, 'Solomon Islands'),
 ('almost 300 police', 'almost 300', 'about', 300, 'personnel', None, 'Solomon Islands'),
 ('dozens of extra police', 'dozens', 'vague', 'dozens', 'personnel', None, None),
])
D['haiti-tropical-storm-jeanne-toll-622-ap-la-times-2004'] = (
 'http://articles.latimes.com/2004/sep/21/world/fg-haiti21',
 'At Least 622 Haitians Die in Tropical Storm Jeanne (Los Angeles Times, from The Associated Press, 21 September 2004)', [
 ('At Least 622 Haitians', 'At Least 622', 'at_least', 622, 'killed', None, 'Haiti'),
 ('rose to 622', '622', 'exact', 622, 'killed', 'officials', 'Haiti', {'aliases': OFFICIALS_HT}),
 ('hundreds of victims', 'hundreds', 'vague', 'hundreds', 'killed', 'officials', 'Haiti', {'aliases': OFFICIALS_HT}),
 ('At least 500 victims', 'At least 500', 'at_least', 500, 'killed', None, 'Gonaives', {'partOf': '622'}),
 ('Fifty-six people', 'Fifty-six', 'exact', 56, 'killed', 'officials', 'Port-de-Paix', {'aliases': OFFICIALS_HT, 'partOf': '622'}),
 ('and 17 died', '17', 'exact', 17, 'killed', 'officials', 'Terre Neuve', {'aliases': OFFICIALS_HT, 'partOf': '622'}),
 ('another 49 bodies', '49', 'exact', 49, 'killed', 'Dieufort Deslorges', None, {'aliases': DESLORGES, 'partOf': '622'}),
 ('at least 647 deaths', 'at least 647', 'at_least', 647, 'killed', None, None),
 ('including 18 in', '18', 'exact', 18, 'killed', None, 'Dominican Republic', {'partOf': 'at least 647'}),
 ('seven in Puerto Rico', 'seven', 'exact', 7, 'killed', None, 'Puerto Rico', {'partOf': 'at least 647'}),
 ('about a quarter-million', 'about a quarter-million', 'about', 250000, 'population', None, 'Gonaives'),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-8: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
