"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

AUTH_IQ = ['Iraqi authorities', 'authorities', 'Iraqi officials', 'Iraqi government']
D['iraq-baghdad-karrada-truck-bombing-toll-149-irish-times-2016'] = (
 'https://www.irishtimes.com/news/world/middle-east/baghdad-death-toll-rises-as-new-security-measures-ordered-1.2709383',
 'Baghdad death toll rises as new security measures ordered (The Irish Times, 4 July 2016; the date from the crisis, the day after the bombing of Sunday 3 July)', [
 ('149 people dead', '149', 'exact', 149, 'killed', None, 'Karrada'),
 ('and 192 injured', '192', 'exact', 192, 'injured', None, 'Karrada'),
 ('has risen to 149, Iraqi', '149', 'exact', 149, 'killed', 'Iraqi authorities', 'Baghdad', {'aliases': AUTH_IQ}),
 ('At least 192 people', 'At least 192', 'at_least', 192, 'injured', None, 'Baghdad'),
 ('were 15 children', '15', 'exact', 15, 'children', None, None),
 ('and six policemen', 'six', 'exact', 6, 'personnel', None, None),
 ('with a dozen people', 'a dozen', 'about', 12, 'other', None, None),
 ('killing five people', 'five', 'exact', 5, 'killed', None, None),
])

HW_OWO = ['One of the health workers on duty at the FMC Owo', 'health workers', 'a health worker', 'the worker', 'health worker']
LAWMAKER = ['lawmaker', 'Oluwole Ogunmolasuyi', 'Ogunmolasuyi', 'the majority leader of the State House of Assembly', 'majority leader of the Ondo State House of Assembly']
OGUN = ['Oluwole Ogunmolasuyi', 'Ogunmolasuyi', 'the majority leader of the State House of Assembly', 'majority leader of the Ondo State House of Assembly', 'lawmaker', 'the lawmaker representing Owo Constituency 1']
FMC_OFF = ['An official at the Federal Medical Centre, Owo', 'an official at the Federal Medical Centre', 'official', 'Federal Medical Centre', 'FMC Owo', 'Federal Medical Centre Owo']
D['nigeria-owo-church-attack-over-50-killed-blueprint-2022'] = (
 'https://www.blueprint.ng/over-50-killed-in-ondo-church-terrorists-attack-as-akeredolu-vows-to-hunt-down-criminals/',
 'Over 50 killed in Ondo church terrorists attack as Akeredolu vows to hunt down criminals (Blueprint, 6 June 2022; title from the address)', [
 ('killing scores of worshipers', 'scores', 'vague', 'scores', 'killed', None, 'Owo'),
 ('No fewer than 50 persons', 'No fewer than 50', 'at_least', 50, 'killed', None, None),
 ('with several others injured', 'several', 'vague', 'several', 'injured', None, None),
 ('that over 50 people were brought', 'over 50', 'more_than', 50, 'other', 'One of the health workers on duty at the FMC Owo', 'Owo', {'aliases': HW_OWO}),
 ('70 killed, says lawmaker', '70', 'exact', 70, 'killed', 'lawmaker', None, {'aliases': LAWMAKER}),
 ('affected about 100 persons', 'about 100', 'about', 100, 'other', 'Oluwole Ogunmolasuyi', None, {'aliases': OGUN}),
 ('I saw thousands of angry youths', 'thousands', 'vague', 'thousands', 'other', 'Ogunmolasuyi', None, {'aliases': OGUN}),
 ('figure of between 70 and 100', 'between 70 and 100', 'range', (70, 100), 'other', 'Ogunmolasuyi', None, {'aliases': OGUN}),
 ('I saw more than 20 people dead', 'more than 20', 'more_than', 20, 'killed', 'Ogunmolasuyi', None, {'aliases': OGUN}),
 ('’23 people killed’', '23', 'exact', 23, 'killed', None, None),
 ('also said 23 bodies', '23', 'exact', 23, 'killed', 'An official at the Federal Medical Centre, Owo', 'Owo', {'aliases': FMC_OFF}),
 ('two of which are children', 'two', 'exact', 2, 'children', 'An official at the Federal Medical Centre, Owo', 'Owo', {'aliases': FMC_OFF, 'partOf': '23'}),
])

UNHCR_YE = ['UNHCR', 'UN Refugee Agency', 'the UN Refugee Agency', 'United Nations High Commissioner for Refugees', 'UNHCR field teams']
REPORTS_YE = ['Reports from a range of sources', 'reports', 'recently arrived internally displaced people from Al Mokha', 'internally displaced people from Al Mokha', 'UNHCR', 'UNHCR field teams']
D['yemen-al-mokha-fighting-25000-30000-fled-unhcr-flash-update-2017'] = (
 'https://reliefweb.int/report/yemen/yemen-unhcr-flash-update-4-february-2017',
 'Yemen UNHCR Flash Update, 4 February 2017 (UNHCR, on ReliefWeb)', [
 ('25,000 – 30,000 people', '25,000 – 30,000', 'range', (25000, 30000), 'fled', 'UNHCR', 'Al Mokha', {'aliases': UNHCR_YE}),
 ('2,592 people have fled', '2,592', 'exact', 2592, 'fled', 'UNHCR', 'Al Hudaydah', {'aliases': UNHCR_YE}),
 ('2,007,216 Internally', '2,007,216', 'exact', 2007216, 'displaced', 'UNHCR', None, {'aliases': UNHCR_YE}),
 ('1,027,674 IDP returnees', '1,027,674', 'exact', 1027674, 'displaced', 'UNHCR', None, {'aliases': UNHCR_YE}),
 ('plight of thousands of Yemeni', 'thousands', 'vague', 'thousands', 'other', 'UNHCR', 'Taizz', {'aliases': UNHCR_YE}),
 ('Thousands of civilians are being', 'Thousands', 'vague', 'thousands', 'other', 'UNHCR', 'Taizz', {'aliases': UNHCR_YE}),
 ('between 25,000 -30,000 people', 'between 25,000 -30,000', 'range', (25000, 30000), 'fled', 'Reports from a range of sources', 'Taizz', {'aliases': REPORTS_YE}),
 ('at up to 20,000 people', 'up to 20,000', 'up_to', 20000, 'population', 'UNHCR', 'Al Mokha', {'aliases': UNHCR_YE}),
 ('an estimated 1,000 families', 'an estimated 1,000', 'estimated', 1000, 'other', 'UNHCR', 'Al Dhubab', {'aliases': UNHCR_YE}),
])

VN_MEDIA = ['state media', 'Vietnamese state media', 'Vietnam News', 'the Agriculture and Rural Development Ministry', 'Agriculture and Rural Development Ministry']
VN_NEWS = ['Vietnam News', 'the Agriculture and Rural Development Ministry', 'Agriculture and Rural Development Ministry', 'Ministry of Agriculture and Rural Development', 'state media']
D['vietnam-typhoon-yagi-toll-127-missing-54-trt-world-2024'] = (
 'https://trtworld.com/climate/death-toll-from-typhoon-yagi-in-vietnam-mounts-dozens-still-missing-18206110',
 'Death toll from Typhoon Yagi in Vietnam mounts, dozens still missing (TRT World, 10 September 2024; the date from "on Tuesday" after the landfall of Saturday 7 September)', [
 ('mounts, dozens still missing', 'dozens', 'vague', 'dozens', 'other', None, 'Vietnam'),
 ('A total of 127 people', '127', 'exact', 127, 'killed', None, None, {'occ': 1}),
 ('and 54 others went missing', '54', 'exact', 54, 'other', None, None, {'occ': 1}),
 ('rose to 127 in northern Vietnam', '127', 'exact', 127, 'killed', 'state media', 'Vietnam', {'aliases': VN_MEDIA}),
 ('A total of 127 people', '127', 'exact', 127, 'killed', 'Vietnam News', None, {'occ': 2, 'aliases': VN_NEWS}),
 ('and 54 others went missing', '54', 'exact', 54, 'other', 'Vietnam News', None, {'occ': 2, 'aliases': VN_NEWS}),
 ('Some 764 people', 'Some 764', 'about', 764, 'injured', None, None),
 ('totaling 19 dead', '19', 'exact', 19, 'killed', None, 'Cao Bang', {'partOf': '127'}),
 ('and 36 still unlocated', '36', 'exact', 36, 'other', None, 'Cao Bang', {'partOf': '54'}),
 ('at least 12 people died', 'at least 12', 'at_least', 12, 'killed', None, None, {'partOf': '127'}),
 ('72 from landslides', '72', 'exact', 72, 'killed', None, None, {'partOf': '127'}),
 ('six from floodwaters', 'six', 'exact', 6, 'killed', None, None, {'partOf': '127'}),
 ('and eight from the collapse', 'eight', 'exact', 8, 'killed', None, 'Phu Thọ', {'partOf': '127'}),
 ('Thousands evacuated', 'Thousands', 'vague', 'thousands', 'fled', None, None),
 ('deployed thousands of military', 'thousands', 'vague', 'thousands', 'personnel', None, None),
 ('More than 50,000 people', 'More than 50,000', 'more_than', 50000, 'fled', None, None),
 ('in 20 deaths', '20', 'exact', 20, 'killed', None, 'Philippines'),
 ('and 26 missing', '26', 'exact', 26, 'other', None, 'Philippines'),
 ('deaths of four people', 'four', 'exact', 4, 'killed', None, 'Hainan'),
 ('injuries to 95 others', '95', 'exact', 95, 'injured', None, 'Hainan'),
])

OCHA_CD = ['OCHA DRC', 'OCHA', 'UN OCHA', 'the UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs']
UNICEF_CD = ['UNICEF', "UN Children's Fund", 'the Division of Social Affairs', 'the DRC Red Cross', 'OCHA DRC', 'OCHA']
D['drc-goma-nyiragongo-eruption-232400-displaced-ocha-sitrep-7-2021'] = (
 'https://reliefweb.int/report/democratic-republic-congo/dr-congo-volcanic-eruption-goma-situation-report-no-7-31-may-2021',
 'DR Congo: Volcanic eruption in Goma - Situation Report No. 7, 31 May 2021 (OCHA DRC, on ReliefWeb; title from the address)', [
 ('More than 232,400 displaced', 'More than 232,400', 'more_than', 232400, 'displaced', 'OCHA DRC', None, {'aliases': OCHA_CD}),
 ('35 suspected cases', '35', 'exact', 35, 'other', 'OCHA DRC', 'Kirotshe', {'aliases': OCHA_CD}),
 ('• 1,361 unaccompanied', '1,361', 'exact', 1361, 'children', 'OCHA DRC', None, {'aliases': OCHA_CD}),
 ('including 858 children', '858', 'exact', 858, 'children', 'OCHA DRC', None, {'aliases': OCHA_CD, 'partOf': '1,361'}),
 ('eruption, 1,361 unaccompanied', '1,361', 'exact', 1361, 'children', 'UNICEF', None, {'aliases': UNICEF_CD}),
 ('858 children have already', '858', 'exact', 858, 'children', 'UNICEF', None, {'aliases': UNICEF_CD, 'partOf': '1,361'}),
 ('while 332 are living', '332', 'exact', 332, 'children', 'UNICEF', None, {'aliases': UNICEF_CD, 'partOf': '1,361'}),
])

BNPB = ['BNPB Public Relations', 'BNPB', 'The National Disaster Management Agency (BNPB)', 'National Disaster Management Agency']
BPBD = ['The Papua Province Disaster Management Agency (BPBD)', 'Papua Province Disaster Management Agency', 'BPBD', 'BNPB Public Relations', 'BNPB']
D['indonesia-papua-sentani-flash-flood-112-dead-94-missing-bnpb-adinet-2019'] = (
 'http://adinet.ahacentre.org/reports/view/1417',
 'Indonesia, Flooding in Sentani (BNPB Public Relations report, on the AHA Centre\'s ADINet, 22 March 2019; the date from "Up to now (22/3)")', [
 ('a total of 94 residents', '94', 'exact', 94, 'other', 'BNPB Public Relations', 'Sentani', {'aliases': BNPB}),
 ('reported 112 people died', '112', 'exact', 112, 'killed', 'The Papua Province Disaster Management Agency (BPBD)', 'Sentani', {'aliases': BPBD}),
 ('Jayapura Regency 105 residents', '105', 'exact', 105, 'killed', 'The Papua Province Disaster Management Agency (BPBD)', 'Jayapura Regency', {'aliases': BPBD, 'partOf': '112'}),
 ('11556 people', '11556', 'exact', 11556, 'displaced', 'BNPB Public Relations', None, {'aliases': BNPB}),
 ('(3,011 families)', '3,011', 'exact', 3011, 'other', 'BNPB Public Relations', None, {'aliases': BNPB}),
 ('a total of 1,453 people', '1,453', 'exact', 1453, 'displaced', 'BNPB Public Relations', 'Gunung Merah', {'aliases': BNPB, 'partOf': '11556'}),
 ('(348 households)', '348', 'exact', 348, 'other', 'BNPB Public Relations', 'Gunung Merah', {'aliases': BNPB, 'partOf': '3,011'}),
])


if __name__ == '__main__':
    build_set(D)
