"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

STATE_IR = ['Iranian state media', 'state media', 'Iranian state media and the emergency services', 'the emergency services', 'emergency services']
IRNA = ['official IRNA news agency', 'IRNA', 'IRNA news agency']
RC_IR = ['Iran’s Red Crescent', "Iran's Red Crescent", 'Red Crescent', 'Iranian Red Crescent']
D['iran-kerman-soleimani-memorial-blasts-103-killed-baaghi-tv-2024'] = (
 'https://en.baaghitv.com/more-than-100-killed-in-iran-blasts-near-soleimanis-tomb-during-ceremony',
 'More than 100 killed in Iran blasts near Soleimani\'s tomb during ceremony (Baaghi TV, 3 January 2024; title from the address, the date from the crisis, the blasts of Wednesday 3 January)', [
 ('At least 100 people', 'At least 100', 'at_least', 100, 'killed', None, None),
 ('more than 100 others wounded', 'more than 100', 'more_than', 100, 'injured', None, None),
 ('At least 103 people', 'At least 103', 'at_least', 103, 'killed', 'Iranian state media', None, {'aliases': STATE_IR}),
 ('blasts and 141 others', '141', 'exact', 141, 'injured', 'Iranian state media', None, {'aliases': STATE_IR}),
 ('rose to 103 following', '103', 'exact', 103, 'killed', 'official IRNA news agency', None, {'aliases': IRNA}),
 ('Another 141 people', '141', 'exact', 141, 'injured', 'IRNA', None, {'aliases': IRNA}),
 ('were three paramedics', 'three', 'exact', 3, 'personnel', 'Iran’s Red Crescent', None, {'aliases': RC_IR}),
])

UNHCR_CM = ['UNHCR', 'UNHCR, the UN Refugee Agency', 'the UN Refugee Agency', 'UN Refugee Agency', 'UNHCR spokesperson Matthew Saltmarsh', 'Matthew Saltmarsh', 'United Nations High Commissioner for Refugees']
D['cameroon-far-north-clashes-100000-displaced-unhcr-briefing-2021'] = (
 'https://reliefweb.int/report/cameroon/clashes-cameroon-s-far-north-displace-more-100000-people',
 'Clashes in Cameroon\'s Far North displace more than 100,000 people (UNHCR briefing notes, Geneva, 17 December 2021, on ReliefWeb; title from the address, the date from the page\'s date line)', [
 ('driven at least 100,000 people', 'at least 100,000', 'at_least', 100000, 'fled', 'UNHCR', 'Far North', {'aliases': UNHCR_CM}),
 ('more than 85,000 people', 'more than 85,000', 'more_than', 85000, 'refugees', 'UNHCR', 'Chad', {'aliases': UNHCR_CM, 'partOf': 'at least 100,000'}),
 ('at least 15,000 Cameroonians', 'at least 15,000', 'at_least', 15000, 'displaced', 'UNHCR', None, {'aliases': UNHCR_CM, 'partOf': 'at least 100,000'}),
 ('when 30,000 people', '30,000', 'exact', 30000, 'refugees', 'UNHCR', 'Chad', {'aliases': UNHCR_CM}),
 ('risen to 44 people killed', '44', 'exact', 44, 'killed', 'UNHCR', None, {'aliases': UNHCR_CM}),
 ('and 111 injured', '111', 'exact', 111, 'injured', 'UNHCR', None, {'aliases': UNHCR_CM}),
 ('compared to 22 dead', '22', 'exact', 22, 'killed', 'UNHCR', None, {'aliases': UNHCR_CM}),
 ('and 30 wounded', '30', 'exact', 30, 'injured', 'UNHCR', None, {'aliases': UNHCR_CM}),
 ('and 98 per cent of the adults', '98 per cent', 'exact', 98, 'refugees', 'UNHCR', 'Chad', {'aliases': UNHCR_CM, 'pct': True}),
 ('Some 48,000 have', 'Some 48,000', 'about', 48000, 'refugees', 'UNHCR', "N'Djamena", {'aliases': UNHCR_CM, 'partOf': 'more than 85,000'}),
 ('and 37,000 people are scattered', '37,000', 'exact', 37000, 'refugees', 'UNHCR', 'Logone River', {'aliases': UNHCR_CM, 'partOf': 'more than 85,000'}),
])

TH = ['Thailand', 'Thai government', 'The interior ministry', 'interior ministry', 'Thailand’s interior ministry']
TH_INT = ['The interior ministry', 'interior ministry', 'Thailand’s interior ministry', 'Thai interior ministry', 'Thailand']
TH_HEALTH = ['the health ministry', 'health ministry', 'Thailand’s health ministry', 'Thai health ministry', 'Thailand']
KH_OFF = ['a local official in Oddar Meanchey province', 'local official', 'a local official', 'Reuters']
TH_AUTH = ['Authorities', 'authorities', 'Thai authorities', 'Thailand']
D['thailand-cambodia-border-clashes-100672-evacuated-reuters-afn-2025'] = (
 'https://afnnews.qaasid.com/?p=59975',
 'Thailand-Cambodia border dispute: 100,000 Thai civilians evacuated amid second day of clashes (Reuters copy on AFN News, 25 July 2025; the date from the crisis, "on Friday" after the clashes began on Thursday 24 July)', [
 ('dispute: 100,000 Thai', '100,000', 'exact', 100000, 'fled', None, None),
 ('more than 100,000 people', 'more than 100,000', 'more_than', 100000, 'fled', 'Thailand', 'Thailand', {'aliases': TH}),
 ('said 100,672 people', '100,672', 'exact', 100672, 'fled', 'The interior ministry', None, {'aliases': TH_INT}),
 ('risen to 15, of which', '15', 'exact', 15, 'killed', 'the health ministry', None, {'aliases': TH_HEALTH}),
 ('of which 14 were civilians', '14', 'exact', 14, 'killed', 'the health ministry', None, {'aliases': TH_HEALTH, 'partOf': '15'}),
 ('Reuters one civilian', 'one', 'exact', 1, 'killed', 'a local official in Oddar Meanchey province', 'Oddar Meanchey', {'aliases': KH_OFF}),
 ('and five were wounded', 'five', 'exact', 5, 'injured', 'a local official in Oddar Meanchey province', 'Oddar Meanchey', {'aliases': KH_OFF}),
 ('with 1,500 families', '1,500', 'exact', 1500, 'fled', 'a local official in Oddar Meanchey province', 'Oddar Meanchey', {'aliases': KH_OFF}),
 ('said 31 people were hurt', '31', 'exact', 31, 'injured', 'Authorities', None, {'aliases': TH_AUTH}),
])

OCHA_ET = ['UNOCHA', 'OCHA', 'UN OCHA', 'OCHA Ethiopia', 'the UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs']
LOCAL_ET = ['local authorities', 'the local authorities', 'UNOCHA', 'OCHA']
D['ethiopia-gofa-landslide-toll-257-ocha-flash-update-2-2024'] = (
 'https://unocha.org/publications/report/ethiopia/ethiopia-flash-update-2-update-landslide-gofa-zone-south-ethiopia-region-24-july-2024',
 'Ethiopia: Flash Update #2 - Update on Landslide in Gofa Zone, South Ethiopia Region (As of 24 July 2024) (UNOCHA)', [
 ('has risen to 257 as of 24 July, up', '257', 'exact', 257, 'killed', 'local authorities', None, {'aliases': LOCAL_ET}),
 ('up from 157 people', '157', 'exact', 157, 'killed', 'local authorities', None, {'aliases': LOCAL_ET}),
 ('rise to up to 500 people', 'up to 500', 'up_to', 500, 'killed', 'UNOCHA', None, {'aliases': OCHA_ET}),
 ('More than 15,000 affected', 'More than 15,000', 'more_than', 15000, 'other', 'UNOCHA', None, {'aliases': OCHA_ET}),
 ('Region has risen to 257', '257', 'exact', 257, 'killed', 'local authorities', 'Gezei Gofa Woreda', {'aliases': LOCAL_ET}),
 ('up from the 157 reported', '157', 'exact', 157, 'killed', 'local authorities', 'Gezei Gofa Woreda', {'aliases': LOCAL_ET}),
 ('At least 125 people', 'At least 125', 'at_least', 125, 'displaced', 'UNOCHA', 'Gezei Gofa Woreda', {'aliases': OCHA_ET}),
 ('while 12 people who sustained', '12', 'exact', 12, 'injured', 'UNOCHA', 'Sawla', {'aliases': OCHA_ET}),
])

FIRE_TW = ["Taiwan's fire department", 'fire department', 'the fire department', 'The fire department', 'Fire authorities', 'National Fire Agency']
D['taiwan-hualien-earthquake-injuries-top-1000-reuters-odt-2024'] = (
 'https://www.odt.co.nz/star-news/star-international/taiwan-quake-injuries-top-1000-trapped-workers-found',
 'Taiwan quake injuries top 1000, trapped workers found (Reuters copy in the Otago Daily Times, 4 April 2024; the date from the crisis, "on Thursday" after the quake of Wednesday 3 April)', [
 ('injuries top 1000', 'top 1000', 'more_than', 1000, 'injured', None, 'Taiwan'),
 ('climbed past 1000', 'past 1000', 'more_than', 1000, 'injured', None, 'Taiwan'),
 ('steady at nine', 'nine', 'exact', 9, 'killed', None, 'Taiwan'),
 ('with dozens workers', 'dozens', 'vague', 'dozens', 'other', None, 'Taiwan'),
 ('had reached 1050', '1050', 'exact', 1050, 'injured', "Taiwan's fire department", None, {'aliases': FIRE_TW}),
 ('missing at 52', '52', 'exact', 52, 'other', "Taiwan's fire department", None, {'aliases': FIRE_TW}),
 ('About two dozen of', 'About two dozen', 'about', 24, 'other', "Taiwan's fire department", 'Taroko National Park', {'aliases': FIRE_TW, 'partOf': 'almost 50'}),
 ('of almost 50 hotel', 'almost 50', 'about', 50, 'other', "Taiwan's fire department", 'Taroko National Park', {'aliases': FIRE_TW}),
 ('group of 26 workers', '26', 'exact', 26, 'other', 'The fire department', None, {'aliases': FIRE_TW}),
 ('rescued six people', 'six', 'exact', 6, 'other', 'the fire department', None, {'aliases': FIRE_TW}),
 ('evacuated some 70 people', 'some 70', 'about', 70, 'other', 'Fire authorities', 'Hualien', {'aliases': FIRE_TW}),
 ('including two Germans', 'two', 'exact', 2, 'other', 'Fire authorities', 'Hualien', {'aliases': FIRE_TW, 'partOf': 'some 70'}),
])

NADMO = ['NADMO', 'the National Disaster Management Organization (NADMO)', 'National Disaster Management Organization', 'National Disaster Management Organisation']
D['ghana-akosombo-dam-spillage-31000-displaced-nadmo-net2tv-2023'] = (
 'https://net2tvgh.com/volta-dam-spillage-over-30000-people-displaced-in-9-districts-nadmo-confirms/',
 'Volta Dam spillage: over 30,000 people displaced in 9 districts – NADMO confirms (Net2 TV, Ghana, October 2023; the month from the crisis, the floods after the spillage began on 15 September 2023)', [
 ('SPILLAGE: OVER 30,000 PEOPLE', 'OVER 30,000', 'more_than', 30000, 'displaced', 'NADMO', None, {'aliases': NADMO}),
 ('At least 31,000 individuals', 'At least 31,000', 'at_least', 31000, 'displaced', 'the National Disaster Management Organization (NADMO)', None, {'aliases': NADMO}),
])


if __name__ == '__main__':
    build_set(D)
