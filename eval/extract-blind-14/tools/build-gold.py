"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

PHIYEGA = ['Riah Phiyega', 'Police Commissioner Riah Phiyega', 'Police Commissioner', 'Phiyega', 'She', 'South African police', 'police']
MTHETHWA = ['Nathi Mthethwa', 'Police Minister Nathi Mthethwa', 'Police Minister', 'Mthethwa', 'Mr Mthethwa']
D['south-africa-marikana-mine-shooting-toll-34-irish-times-2012'] = (
 'https://www.irishtimes.com/news/south-african-mine-death-toll-hits-34-1.731316',
 'South African mine death toll hits 34 (The Irish Times, 17 August 2012)', [
 ('death toll hits 34', '34', 'exact', 34, 'killed', None, 'South Africa'),
 ('after 34 workers', '34', 'exact', 34, 'killed', None, 'Marikana'),
 ('that 78 people were injured', '78', 'exact', 78, 'injured', 'Riah Phiyega', None, {'aliases': PHIYEGA}),
 ('and 259 arrested', '259', 'exact', 259, 'other', 'Riah Phiyega', None, {'aliases': PHIYEGA}),
 ('confirmed at least 30 people', 'at least 30', 'at_least', 30, 'killed', 'Nathi Mthethwa', None, {'aliases': MTHETHWA}),
 ('when 3,000 striking', '3,000', 'exact', 3000, 'other', None, None),
])

MVS_UA = ['The Interior Ministry', 'Interior Ministry', 'Ukrainian Interior Ministry', "Ukraine's Interior Ministry"]
ODESSA_SITE = ['The Odessa city website', 'Odessa city website', 'city website']
D['ukraine-odessa-trade-union-fire-dozens-killed-kyiv-post-2014'] = (
 'http://www.kyivpost.com/content/ukraine/dozens-dead-in-odessa-as-trade-union-goes-up-in-flames-346055.html',
 'Dozens of people killed in Odessa as Trade Union goes up in flames (UPDATES, VIDEO) (Kyiv Post, 3 May 2014)', [
 ('Dozens of people killed in Odessa', 'Dozens', 'vague', 'dozens', 'killed', None, 'Odessa'),
 ('--  Dozens of people', 'Dozens', 'vague', 'dozens', 'killed', None, 'Odessa'),
 ('more than 70 people', 'more than 70', 'more_than', 70, 'killed', None, 'Kyiv', {'partOf': '105'}),
 ('the 105 killed', '105', 'exact', 105, 'killed', None, 'Kyiv'),
 ('at least 31 people', 'at least 31', 'at_least', 31, 'killed', 'The Interior Ministry', None, {'aliases': MVS_UA}),
 ('that 41 were killed', '41', 'exact', 41, 'killed', 'The Odessa city website', 'Odessa', {'aliases': ODESSA_SITE}),
 ('another 123 injured', '123', 'exact', 123, 'injured', 'The Odessa city website', 'Odessa', {'aliases': ODESSA_SITE}),
])

AUTH_SD = ['Sudanese Authorities', 'Sudanese authorities', 'authorities']
HEALTH_SD = ['the health ministry', 'health ministry', 'the Sudanese Ministry of Health', 'Sudanese Ministry of Health', 'Ministry of Health', 'Sudanese Health Ministry', 'The health authorities', 'health authorities']
CCSD = ['Central Committee of Sudanese Doctors (CCSD)', 'Central Committee of Sudanese Doctors', 'CCSD', 'a pro-democracy group']
JABBAR = ['Suleiman Abdel Jabbar', 'Sudanese Health Ministry Undersecretary Suleiman Abdel Jabbar', 'Health Ministry Undersecretary', 'Jabbar', 'Sudanese Health Ministry']
D['sudan-khartoum-sit-in-raid-toll-61-panafrican-news-wire-2019'] = (
 'http://panafricannews.blogspot.com/2019/06/sudanese-authorities-say-death-toll.html',
 'Sudanese Authorities Say Death Toll from Raid on Protest Site Reached 61 People (dated 6 June 2019, on Pan-African News Wire, 10 June 2019)', [
 ('Reached 61 People', '61', 'exact', 61, 'killed', 'Sudanese Authorities', 'Sudan', {'aliases': AUTH_SD}),
 ('has reached 61 people', '61', 'exact', 61, 'killed', 'the health ministry', 'Khartoum', {'aliases': HEALTH_SD}),
 ('reached 61 deaths', '61', 'exact', 61, 'killed', 'the Sudanese Ministry of Health', None, {'aliases': HEALTH_SD}),
 ('more than 108 people', 'more than 108', 'more_than', 108, 'killed', 'Central Committee of Sudanese Doctors (CCSD)', None, {'aliases': CCSD}),
 ('are 61 linked', '61', 'exact', 61, 'killed', 'Suleiman Abdel Jabbar', None, {'aliases': JABBAR}),
 ('to 22 others', '22', 'exact', 22, 'killed', 'Suleiman Abdel Jabbar', None, {'aliases': JABBAR}),
 ('at 13 people', '13', 'exact', 13, 'killed', None, None, {'partOf': '61'}),
 ('including 4 deaths', '4', 'exact', 4, 'killed', None, 'West Darfur', {'partOf': '61'}),
 ('and one case in', 'one', 'exact', 1, 'killed', None, 'Gedaref', {'partOf': '61'}),
])

HCT_PH = ['the Humanitarian Country Team', 'Humanitarian Country Team', 'Philippines Humanitarian Country Team', 'OCHA', 'UN OCHA', 'humanitarian partners']
DSWD = ['Department of Social Welfare and Development, Region IX', 'Department of Social Welfare and Development', 'DSWD', 'DSWD Region IX']
D['philippines-zamboanga-siege-118800-affected-action-plan-ocha-2014'] = (
 'http://www.unocha.org/cap/appeals/philippines-revision-zamboanga-action-plan-2014-october-2013-august-2014',
 'Philippines: Revision of the Zamboanga Action Plan 2014 (October 2013 - August 2014) (Humanitarian Country Team, on OCHA, 20 May 2014)', [
 ('affected an estimated 118,800 people. Six', 'an estimated 118,800', 'estimated', 118800, 'other', 'the Humanitarian Country Team', 'Zamboanga City', {'aliases': HCT_PH}),
 ('64,600 people remain displaced', '64,600', 'exact', 64600, 'displaced', 'the Humanitarian Country Team', 'Zamboanga City', {'aliases': HCT_PH}),
 ('118,800 People affected', '118,800', 'exact', 118800, 'other', 'Department of Social Welfare and Development, Region IX', 'Zamboanga City', {'aliases': DSWD}),
 ('64,600 IDPs targeted', '64,600', 'exact', 64600, 'displaced', 'Department of Social Welfare and Development, Region IX', None, {'aliases': DSWD}),
 ('displaced an estimated 118,800 people', 'an estimated 118,800', 'estimated', 118800, 'displaced', 'the Humanitarian Country Team', 'Zamboanga City', {'aliases': HCT_PH}),
 ('at least 140 people dead', 'at least 140', 'at_least', 140, 'killed', 'the Humanitarian Country Team', 'Zamboanga City', {'aliases': HCT_PH}),
])

UNHCR_MM = ['UNHCR', 'the UN refugee agency', 'UN refugee agency', 'The UN refugee agency', 'UNHCR staff', 'United Nations High Commissioner for Refugees']
D['myanmar-kachin-fighting-10000-flee-unhcr-2012'] = (
 'http://www.unhcr.org/506565c66.html',
 'Thousands flee homes in northern Myanmar as fighting intensifies (UNHCR news story, 28 September 2012)', [
 ('Thousands flee homes', 'Thousands', 'vague', 'thousands', 'fled', None, 'Myanmar'),
 ('some 10,000 people', 'some 10,000', 'about', 10000, 'fled', 'UNHCR', 'Myanmar', {'aliases': UNHCR_MM}),
 ('more than 8,000 people', 'more than 8,000', 'more_than', 8000, 'displaced', 'UNHCR', 'Hpakant', {'aliases': UNHCR_MM, 'partOf': 'some 10,000'}),
 ('over 1,000 in Chipwe', 'over 1,000', 'more_than', 1000, 'displaced', 'UNHCR', 'Chipwe', {'aliases': UNHCR_MM, 'partOf': 'some 10,000'}),
])

AUTH_BR = ['authorities', 'the authorities', 'Brazilian authorities']
D['brazil-brumadinho-dam-collapse-toll-58-usa-today-2019'] = (
 'https://www.usatoday.com/story/news/world/2019/01/28/brazil-dam-collapse-scores-dead-hundreds-remain-missing/2698628002/',
 'Brazil dam collapse: scores dead, hundreds remain missing (USA Today, 28 January 2019; title from the address)', [
 ('rose to 58', '58', 'exact', 58, 'killed', 'authorities', None, {'aliases': AUTH_BR}),
 ('up to 300 people', 'up to 300', 'up_to', 300, 'other', 'authorities', None, {'aliases': AUTH_BR}),
 ('An estimated 24,000 people', 'An estimated 24,000', 'estimated', 24000, 'fled', None, 'Brumadinho'),
 ('more than 100 Israeli soldiers', 'more than 100', 'more_than', 100, 'personnel', None, None),
])

D['madagascar-plague-194-cases-30-deaths-who-sitrep-1-2017'] = (
 'https://reliefweb.int/report/madagascar/madagascar-plague-outbreak-external-situation-report-1-4-october-2017',
 'Madagascar Plague Outbreak: External Situation Report #1 - 4 October 2017 (WHO, on ReliefWeb)', [
 ('total of 194 cases', '194', 'exact', 194, 'other', None, None),
 ('with 30 deaths', '30', 'exact', 30, 'killed', None, None, {'partOf': '194'}),
 ('rate 15.5%', '15.5%', 'exact', 15.5, 'other', None, None, {'pct': True}),
 ('124 cases and', '124', 'exact', 124, 'other', None, None, {'partOf': '194'}),
 ('and 21 deaths', '21', 'exact', 21, 'killed', None, None, {'partOf': '30'}),
 ('rate 16.9%', '16.9%', 'exact', 16.9, 'other', None, None, {'pct': True}),
 ('Eight healthcare workers', 'Eight', 'exact', 8, 'other', None, 'Tamatave'),
 ('Of 29 cases', '29', 'exact', 29, 'other', None, None),
 ('19 (66%)', '19', 'exact', 19, 'other', None, None, {'partOf': '29'}),
 ('(66%)', '66%', 'exact', 66, 'other', None, None, {'pct': True}),
 ('37 new cases', '37', 'exact', 37, 'other', None, None),
 ('including 2 deaths', '2', 'exact', 2, 'killed', None, None, {'partOf': '37'}),
])

RAMA = ['Edi Rama', 'Prime Minister Edi Rama', 'Prime Minister', 'Rama']
AUTH_AL = ['authorities', 'the authorities', 'Albanian authorities']
RESCUE_AL = ['The rescue workers', 'rescue workers', 'the rescue workers']
D['albania-durres-thumane-earthquake-toll-39-japan-times-2019'] = (
 'https://www.japantimes.co.jp/news/2019/11/28/world/rescuers-try-save-trapped-toddlers-albania-quake-toll-hits-30/',
 'Albanian quake toll at near-record 39 (AP and Reuters, in The Japan Times, 28 November 2019)', [
 ('near-record 39', '39', 'exact', 39, 'killed', None, 'Albania'),
 ('toll at 39 after', '39', 'exact', 39, 'killed', 'Edi Rama', None, {'aliases': RAMA}),
 ('six more bodies', 'six', 'exact', 6, 'killed', 'authorities', 'Thumane', {'aliases': AUTH_AL, 'partOf': '39'}),
 ('and two from the port city', 'two', 'exact', 2, 'killed', 'authorities', 'Durres', {'aliases': AUTH_AL, 'partOf': '39'}),
 ('More than 650 people', 'More than 650', 'more_than', 650, 'injured', None, None),
 ('save six family members', 'six', 'exact', 6, 'trapped', None, None),
 ('which 40 people were killed', '40', 'exact', 40, 'killed', None, None),
 ('Nine members of the Lala', 'Nine', 'exact', 9, 'trapped', None, None),
 ('that two girls', 'two', 'exact', 2, 'children', 'The rescue workers', None, {'aliases': RESCUE_AL, 'partOf': 'six'}),
 ('old, two boys', 'two', 'exact', 2, 'children', 'The rescue workers', None, {'aliases': RESCUE_AL, 'partOf': 'six'}),
])

KHAN_BD = ['Wali Ashraf Khan', 'an inspector of Detective Branch of police', 'Detective Branch of police', 'police', 'Khan']
SARWARDY = ['Abul Hassan Sarwardy', 'Major General Abul Hassan Sarwardy', 'Sarwardy', 'Army']
D['bangladesh-savar-rana-plaza-collapse-toll-243-zee-news-2013'] = (
 'http://zeenews.india.com/news/south-asia/death-toll-in-bangladesh-building-collapse-rises-to-243_844541.html',
 'Death toll in Bangladesh building collapse rises to 243 (Zee News, 25 April 2013)', [
 ('collapse rises to 243', '243', 'exact', 243, 'killed', None, 'Bangladesh'),
 ('With nearly 250 people killed in building', 'nearly 250', 'about', 250, 'killed', None, 'Bangladesh'),
 ('in Bangladesh, thousands watched', 'thousands', 'vague', 'thousands', 'other', None, 'Bangladesh'),
 ('Savar: With nearly 250', 'nearly 250', 'about', 250, 'killed', None, 'Bangladesh'),
 ('thousands of distraught', 'thousands', 'vague', 'thousands', 'other', None, 'Bangladesh'),
 ('total of 101 bodies', '101', 'exact', 101, 'killed', None, None, {'partOf': '243'}),
 ('operation 142 bodies', '142', 'exact', 142, 'killed', None, None, {'partOf': '243'}),
 ('death toll to 243', '243', 'exact', 243, 'killed', 'Wali Ashraf Khan', None, {'aliases': KHAN_BD}),
 ('So far 2,013 people', '2,013', 'exact', 2013, 'other', 'Abul Hassan Sarwardy', 'Dhaka', {'aliases': SARWARDY}),
 ('around 3,500 workers', 'around 3,500', 'about', 3500, 'other', 'Locals', None, {'aliases': ['Locals', 'locals']}),
])


if __name__ == '__main__':
    build_set(D)
