"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

ESPINA = ['Leonardo Espina', 'Chief Superintendent Leonardo Espina', 'Philippine National Police (PNP) spokesman', 'PNP spokesman', 'Philippine National Police', 'PNP', 'Espina']
CATALUNA = ['Josefino Cataluna', 'Chief Superintendent Josefino Cataluna', 'Regional police commander', 'regional police commander', 'police', 'Cataluna']
POL_MIL = ['the police and military', 'police and military', 'the police', 'police', 'the military', 'military']
VERZOSA = ['Jesus Verzosa', 'PNP chief Jesus Verzosa', 'PNP chief', 'PNP', 'Verzosa']
D['philippines-maguindanao-massacre-toll-rises-to-46-abs-cbn-2009'] = (
 'https://news.abs-cbn.com/nation/11/24/09/maguindanao-massacre-toll-rises-39',
 '(UPDATE) Maguindanao massacre toll rises to 46 (ABS-CBN News, 24 November 2009)', [
 ('toll rises to 46', '46', 'exact', 46, 'killed', None, 'Maguindanao'),
 ('24 more bodies recovered', '24', 'exact', 24, 'killed', None, None),
 ('rose to 46 on Tuesday', '46', 'exact', 46, 'killed', None, 'Maguindanao'),
 ('that 24 bodies', '24', 'exact', 24, 'killed', 'Leonardo Espina', None, {'aliases': ESPINA, 'partOf': '46'}),
 ('top of 22 that', '22', 'exact', 22, 'killed', 'Leonardo Espina', None, {'aliases': ESPINA, 'partOf': '46'}),
 ('saying 17 bodies', '17', 'exact', 17, 'killed', 'Josefino Cataluna', 'Saniag', {'aliases': CATALUNA}),
 ('Fourteen of the victims', 'Fourteen', 'exact', 14, 'killed', 'the police and military', None, {'aliases': POL_MIL, 'partOf': '22'}),
 ('stood at 22', '22', 'exact', 22, 'killed', 'the police and military', None, {'aliases': POL_MIL}),
 ('with several other members', 'several', 'vague', 'several', 'other', 'Jesus Verzosa', None, {'aliases': VERZOSA}),
 ('more than 40 people', 'more than 40', 'more_than', 40, 'other', 'Jesus Verzosa', None, {'aliases': VERZOSA}),
])

SAID = ['an Algerian minister', 'Algerian minister', 'communications minister Mohammed Said', 'Mohammed Said', 'Mr Said', 'Said']
ALG = ['Algeria', 'Algerian government', 'Algerian authorities', 'the Algerian army']
D['algeria-in-amenas-hostage-death-toll-could-rise-bbc-2013'] = (
 'http://web.archive.org./web/20130122062124/http://bbc.co.uk/news/world-africa-21106795',
 "Algeria crisis: Hostage death toll 'could rise' (BBC News, 20 January 2013, archived 22 January 2013)", [
 ('may rise from 23', '23', 'exact', 23, 'killed', 'an Algerian minister', 'Algeria', {'aliases': SAID}),
 ('all 32 hostage-takers', '32', 'exact', 32, 'fighters', 'Algeria', 'Algeria', {'aliases': ALG}),
 ('killing two', 'two', 'exact', 2, 'killed', None, 'In Amenas'),
])

HM_TN = ["Tunisia's Health Ministry", 'Health Ministry', 'Tunisian Health Ministry', 'the Health Ministry']
D['tunisia-sousse-beach-resort-attack-37-killed-ap-haaretz-2015'] = (
 'https://www.haaretz.com/37-killed-in-attack-on-tunisian-beach-resort-1.5374230',
 '37 Killed in Attack on Tunisian Beach Resort (The Associated Press, on Haaretz, 26 June 2015)', [
 ('37 Killed in Attack', '37', 'exact', 37, 'killed', None, 'Tunisia'),
 ('killed 37 people', '37', 'exact', 37, 'killed', None, 'Tunisia'),
 ('Another 36 people', '36', 'exact', 36, 'injured', "Tunisia's Health Ministry", 'Sousse', {'aliases': HM_TN}),
 ('two or three of them', 'two or three', 'range', (2, 3), 'injured', "Tunisia's Health Ministry", 'Sousse', {'aliases': HM_TN, 'partOf': '36'}),
 ('at least 63 people', 'at least 63', 'at_least', 63, 'killed', None, None),
 ('killed 22 people', '22', 'exact', 22, 'killed', None, 'Tunis'),
])

UNHCR_MW = ['UNHCR', 'the UN Refugee Agency', 'UN Refugee Agency', 'United Nations High Commissioner for Refugees', 'UNHCR staff and government workers']
D['malawi-mozambican-refugees-kapise-luwani-unhcr-briefing-2016'] = (
 'https://www.unhcr.org/in/news/briefing-notes/malawi-reopen-former-camp-mozambique-refugee-numbers-grow',
 'Malawi to reopen former camp, as Mozambique refugee numbers grow (UNHCR briefing notes, 15 March 2016)', [
 ('Close to 10,000 refugees', 'Close to 10,000', 'about', 10000, 'refugees', 'UNHCR', 'Malawi', {'aliases': UNHCR_MW}),
 ('9,600 people have been registered', '9,600', 'exact', 9600, 'refugees', 'UNHCR', 'Malawi', {'aliases': UNHCR_MW}),
 ('almost 11,500', 'almost 11,500', 'about', 11500, 'refugees', 'UNHCR', 'Malawi', {'aliases': UNHCR_MW}),
 ('around 130 people a day', 'around 130', 'about', 130, 'refugees', 'UNHCR', 'Kapise', {'aliases': UNHCR_MW}),
 ('around 250 people every day', 'around 250', 'about', 250, 'refugees', 'UNHCR', 'Kapise', {'aliases': UNHCR_MW}),
])

GOV_CG = ['the Congolese government', 'Congolese government', 'government', 'the government']
D['congo-pool-region-idps-77765-evaluation-mission-irin-2003'] = (
 'https://www.thenewhumanitarian.org/news/2003/06/02/humanitarian-evaluation-mission-underway-pool-region',
 'Humanitarian evaluation mission underway in Pool region (IRIN, 2 June 2003, on The New Humanitarian)', [
 ('return of tens of thousands', 'tens of thousands', 'vague', 'tens of thousands', 'displaced', None, 'Pool'),
 ('at least 77,765 IDPs', 'at least 77,765', 'at_least', 77765, 'displaced', 'the Congolese government', 'Pool', {'aliases': GOV_CG}),
 ('where 63,344 IDPs', '63,344', 'exact', 63344, 'displaced', 'the Congolese government', 'Brazzaville', {'aliases': GOV_CG, 'partOf': 'at least 77,765'}),
 ('(40,960)', '40,960', 'exact', 40960, 'displaced', 'the Congolese government', 'Brazzaville', {'aliases': GOV_CG, 'partOf': '63,344'}),
 ('(12,384)', '12,384', 'exact', 12384, 'displaced', 'the Congolese government', 'Brazzaville', {'aliases': GOV_CG, 'partOf': '63,344'}),
 ('an estimated 20,678 IDPs', 'an estimated 20,678', 'estimated', 20678, 'displaced', None, 'Bouenza'),
 ('Tens of thousands of people fled', 'Tens of thousands', 'vague', 'tens of thousands', 'fled', None, 'Pool'),
 ('Several thousand are now', 'Several thousand', 'vague', 'several thousand', 'fighters', None, 'Pool'),
])

ARMY_IN = ['Army Central Command officials', 'Army Central Command', 'Army officials', 'army', 'officials']
D['india-uttarakhand-kedarnath-pilgrims-stranded-hindustan-times-2013'] = (
 'https://www.hindustantimes.com/india/kedarnath-temple-stays-intact-its-surroundings-have-gone-with-flow/story-usmJ2UmB9Rc8ZQCrLTR4kN.html',
 'Kedarnath temple stays intact, its surroundings have gone with flow (Hindustan Times, June 2013)', [
 ('nearly 6,000 to 8,000 people', '6,000 to 8,000', 'range', (6000, 8000), 'other', 'Army Central Command officials', 'Kedarnath', {'aliases': ARMY_IN}),
 ('2,500 in Hemkund', '2,500', 'exact', 2500, 'other', 'Army Central Command officials', 'Hemkund Sahib', {'aliases': ARMY_IN}),
 ('around 8,000 in Badrinath', 'around 8,000', 'about', 8000, 'other', 'Army Central Command officials', 'Badrinath', {'aliases': ARMY_IN}),
 ('claimed 131 lives', '131', 'exact', 131, 'killed', None, 'India'),
 ('Thousands have been displaced', 'Thousands', 'vague', 'thousands', 'displaced', None, 'Uttar Pradesh'),
 ('has reached 102', '102', 'exact', 102, 'killed', None, 'Uttarakhand'),
 ('with 20 people dead', '20', 'exact', 20, 'killed', None, 'Rudraprayag', {'partOf': '102'}),
 ('A total of 71,440 pilgrims', '71,440', 'exact', 71440, 'other', None, 'Uttarakhand'),
])

GOV_WS = ['the government', 'government', 'the Samoan Government', 'Samoan Government', 'Government of Samoa']
IFRC_WS = ['IFRC', 'International Federation of Red Cross and Red Crescent Societies', 'The Samoa Red Cross Society (SRCS)', 'Samoa Red Cross Society', 'SRCS', 'Red Cross']
D['samoa-measles-2437-cases-32-deaths-ifrc-bulletin-2019'] = (
 'https://reliefweb.int/report/samoa/samoapacific-measles-outbreak-information-bulletin-mdrws002',
 'Samoa/Pacific: Measles Outbreak Information bulletin (MDRWS002) (IFRC, late November 2019, on ReliefWeb)', [
 ('total of 2,437 cases', '2,437', 'exact', 2437, 'other', 'the government', 'Samoa', {'aliases': GOV_WS}),
 ('and 32 related deaths', '32', 'exact', 32, 'killed', 'the government', 'Samoa', {'aliases': GOV_WS, 'partOf': '2,437'}),
 ('1,298 of the', '1,298', 'exact', 1298, 'children', 'IFRC', None, {'aliases': IFRC_WS, 'partOf': '2,437'}),
 ('of the 2,437 (', '2,437', 'exact', 2437, 'other', 'IFRC', None, {'aliases': IFRC_WS}),
 ('(53 per cent)', '53 per cent', 'exact', 53, 'children', 'IFRC', None, {'aliases': IFRC_WS, 'pct': True}),
 ('and 28 of the', '28', 'exact', 28, 'children', 'IFRC', None, {'aliases': IFRC_WS, 'partOf': '32'}),
 ('of the 32 (', '32', 'exact', 32, 'killed', 'IFRC', None, {'aliases': IFRC_WS}),
 ('(88 per cent)', '88 per cent', 'exact', 88, 'children', 'IFRC', None, {'aliases': IFRC_WS, 'pct': True}),
 ('total of 10, 694 people', '10, 694', 'exact', 10694, 'other', 'IFRC', None, {'aliases': IFRC_WS}),
])

NAGIN = ['Ray Nagin', 'New Orleans Mayor Ray Nagin', 'Mayor Ray Nagin', 'Nagin']
BLANCO = ['Kathleen Blanco', 'Gov. Kathleen Blanco', 'Blanco', 'Gov. Blanco']
D['usa-katrina-louisiana-toll-rises-to-83-times-picayune-2005'] = (
 'http://www.nola.com/katrina/index.ssf/2005/09/la_death_toll_rises_to_83.html',
 'La. death toll rises to 83 (The Times-Picayune, 6 September 2005)', [
 ('rises to 83', '83', 'exact', 83, 'killed', None, 'Louisiana'),
 ('Tuesday, to 83', '83', 'exact', 83, 'killed', None, 'Louisiana'),
 ('could reach 10,000', '10,000', 'exact', 10000, 'killed', 'Ray Nagin', 'New Orleans', {'aliases': NAGIN}),
 ('models say 10,000', '10,000', 'exact', 10000, 'killed', 'Ray Nagin', None, {'aliases': NAGIN}),
 ('was 71 on Monday', '71', 'exact', 71, 'killed', None, 'Louisiana'),
 ('that thousands of people', 'thousands', 'vague', 'thousands', 'killed', 'Kathleen Blanco', 'Louisiana', {'aliases': BLANCO}),
 ('Of the 83 bodies', '83', 'exact', 83, 'killed', None, None),
 ('bodies, 59 were', '59', 'exact', 59, 'killed', None, 'St. Gabriel', {'partOf': '83'}),
 ('while 22 remained', '22', 'exact', 22, 'killed', None, 'Jefferson Parish', {'partOf': '83'}),
 ('and two were at', 'two', 'exact', 2, 'killed', None, 'St. Charles Parish', {'partOf': '83'}),
])

INACIF = ['the National Institute of Forensic Sciences', 'National Institute of Forensic Sciences', 'The institute', 'institute', 'Inacif']
CONRED = ['The disaster agency', 'disaster agency', "The country\u2019s disaster agency", "Guatemala\u2019s disaster agency", 'Conred', 'CONRED']
D['guatemala-fuego-volcano-toll-rises-to-75-ap-inquirer-2018'] = (
 'https://newsinfo.inquirer.net/998004/activity-heats-up-inside-guatemala-volcano-death-toll-rises-to-75/amp',
 'Activity heats up inside Guatemala volcano; death toll rises to 75 (The Associated Press, on Inquirer.net, June 2018)', [
 ('death toll rises to 75', '75', 'exact', 75, 'killed', None, 'Guatemala'),
 ('eruption to 75', '75', 'exact', 75, 'killed', 'the National Institute of Forensic Sciences', None, {'aliases': INACIF}),
 ('said 192 people', '192', 'exact', 192, 'other', 'The disaster agency', None, {'aliases': CONRED}),
 ('only 23 of the recovered', '23', 'exact', 23, 'killed', 'The institute', None, {'aliases': INACIF, 'partOf': '75'}),
])

NIV = ['the National Institute of Virology in Pune', 'National Institute of Virology', 'the National Institute of Virology', 'NIV']
SHAILAJA = ['K K Shailaja', 'Kerala health minister K K Shailaja', 'Kerala health minister', 'health minister', 'Shailaja']
D['india-kerala-nipah-virus-10-deaths-confirmed-sify-2018'] = (
 'http://www.sify.com/news/nipah-virus-10-deaths-confirmed-in-kerala-symptoms-suspected-in-2-karnataka-patients-news-national-sfxmPGicjjgea.html',
 'Nipah virus: 10 deaths confirmed in Kerala, symptoms suspected in 2 Karnataka patients (Sify News, 23 May 2018; title from the address)', [
 ('touched 14 with', '14', 'exact', 14, 'killed', None, 'Kerala'),
 ('with two more reported', 'two', 'exact', 2, 'killed', None, 'Kerala', {'partOf': '14'}),
 ('evening, 12 cases', '12', 'exact', 12, 'other', 'the National Institute of Virology in Pune', None, {'aliases': NIV}),
 ('and 10 deaths were', '10', 'exact', 10, 'killed', 'the National Institute of Virology in Pune', None, {'aliases': NIV, 'partOf': '12'}),
 ('Of the 12 people', '12', 'exact', 12, 'other', 'K K Shailaja', 'Kerala', {'aliases': SHAILAJA}),
 ('positive, 10 have died', '10', 'exact', 10, 'killed', 'K K Shailaja', 'Kerala', {'aliases': SHAILAJA, 'partOf': '12'}),
 ('and two are under', 'two', 'exact', 2, 'other', 'K K Shailaja', 'Kerala', {'aliases': SHAILAJA, 'partOf': '12'}),
 ('Of the 22 people', '22', 'exact', 22, 'other', None, None),
 ('and one person is', 'one', 'exact', 1, 'other', None, 'Wayanad', {'partOf': '22'}),
 ('Ten people have died', 'Ten', 'exact', 10, 'killed', None, 'Kerala'),
 ('another 3 nurses', '3', 'exact', 3, 'other', None, 'Perambra'),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-13: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
