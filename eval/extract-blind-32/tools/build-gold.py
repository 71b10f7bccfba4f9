"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

AUTH_MX = ['authorities', 'investigators', 'Guanajuato state prosecutor', 'state prosecutor', 'the state prosecutor\'s office', 'state prosecutor\'s office', 'Navigio Agustin Gallardo Romero', 'Gallardo', 'prosecutors']
D['mexico-guanajuato-salvatierra-posada-massacre-11-killed-14-wounded-ap-ctv-2023'] = (
 'https://www.ctvnews.ca/world/group-turned-away-at-mexican-holiday-party-returned-with-gunmen-killing-11-investigators-say-1.6694695',
 'Group turned away at Mexican holiday party returned with gunmen killing 11, investigators say (AP, on CTV News, 19 December 2023; the date from the stored date line and the crisis, the massacre of Sunday 17 December 2023 at a posada in Salvatierra, Guanajuato)', [
 ('gunmen killing 11', '11', 'exact', 11, 'killed', 'investigators', None, {'aliases': AUTH_MX}),
 ('who killed 11 and', '11', 'exact', 11, 'killed', 'authorities', 'Mexico', {'aliases': AUTH_MX}),
 ('and wounded 14', '14', 'exact', 14, 'injured', 'authorities', 'Mexico', {'aliases': AUTH_MX}),
 ('said nine men', 'nine', 'exact', 9, 'killed', 'Navigio Agustin Gallardo Romero', None, {'aliases': AUTH_MX}),
 ('and two women were killed', 'two', 'exact', 2, 'killed', 'Navigio Agustin Gallardo Romero', None, {'aliases': AUTH_MX}),
 ('down to 11 Monday', '11', 'exact', 11, 'killed', 'The state prosecutor\'s office', None, {'aliases': AUTH_MX}),
 ('night from 12', '12', 'exact', 12, 'killed', 'The state prosecutor\'s office', None, {'aliases': AUTH_MX}),
])

TAL_OFF = ['officials in the movement', 'officials', 'Taliban officials', 'Taliban', 'officials in the Taliban']
SOLDIER = ['A Taliban soldier', 'Taliban soldier', 'a Taliban soldier who said he saw the explosion']
MOI_AF = ['the ministry of the interior', 'ministry of the interior', 'interior ministry', 'Local media', 'local media']
D['afghanistan-kabul-eidgah-mosque-blast-at-prayers-for-taliban-spokesman-mother-telegraph-india-2021'] = (
 'https://obeta.ttef.in/world/blast-at-taliban-prayers-kills-civilians/cid/1833268',
 'Blast at Taliban prayers kills civilians (The Telegraph, India, wire copy, 3 October 2021; the stored page starts at the body, so the title is taken from the address; the date from the crisis, the blast of Sunday 3 October 2021 at the Eidgah mosque in Kabul)', [
 ('killed several civilians', 'several', 'vague', 'several', 'killed', 'officials in the movement', 'Kabul', {'aliases': TAL_OFF}),
 ('Several other civilians', 'Several', 'vague', 'several', 'injured', 'officials', None, {'aliases': TAL_OFF}),
 ('said two people were killed', 'two', 'exact', 2, 'killed', 'A Taliban soldier', None, {'aliases': SOLDIER}),
 ('and eight wounded', 'eight', 'exact', 8, 'injured', 'A Taliban soldier', None, {'aliases': SOLDIER}),
 ('been two bombers', 'two', 'exact', 2, 'fighters', 'A Taliban soldier', None, {'aliases': SOLDIER}),
 ('saying eight people', 'eight', 'exact', 8, 'killed', 'the ministry of the interior', None, {'aliases': MOI_AF}),
 ('and 20 wounded', '20', 'exact', 20, 'injured', 'the ministry of the interior', None, {'aliases': MOI_AF}),
])

MES_KZ = ['Kazakh EmergencySituations Ministry', 'Kazakh Emergency Situations Ministry', 'Emergency Situations Ministry', 'Ministry of Emergency Situations', 'the statement', 'Azernews', 'AzerNews', 'Anadolu Agency']
D['kazakhstan-spring-floods-over-13000-evacuated-5250-children-azernews-menafn-2024'] = (
 'https://menafn.com/1108046066/Over-13000-People-Evacuated-In-Kazakhstan-Due-To-Flood',
 'Over 13,000 People Evacuated In Kazakhstan Due To Flood (AzerNews, on MENAFN, 1 April 2024; the stored page starts at the body, so the title is taken from the address; the date from the stored date line)', [
 ('More than 13,000 people', 'More than 13,000', 'more_than', 13000, 'fled', 'Kazakh EmergencySituations Ministry', 'Kazakhstan', {'aliases': MES_KZ}),
 ('13,659people', '13,659', 'exact', 13659, 'fled', 'Kazakh EmergencySituations Ministry', None, {'aliases': MES_KZ}),
 ('of which 5,250 were children', '5,250', 'exact', 5250, 'children', 'Kazakh EmergencySituations Ministry', None, {'aliases': MES_KZ, 'partOf': '13,659'}),
 ('1,655 people were evacuated', '1,655', 'exact', 1655, 'fled', 'Kazakh EmergencySituations Ministry', None, {'aliases': MES_KZ}),
 ('including 425 children', '425', 'exact', 425, 'children', 'Kazakh EmergencySituations Ministry', None, {'aliases': MES_KZ, 'partOf': '1,655'}),
 ('6,034 people', '6,034', 'exact', 6034, 'displaced', 'Kazakh EmergencySituations Ministry', None, {'aliases': MES_KZ}),
 ('including 2,386 children', '2,386', 'exact', 2386, 'children', 'Kazakh EmergencySituations Ministry', None, {'aliases': MES_KZ, 'partOf': '6,034'}),
 ('involved 8,458 people', '8,458', 'exact', 8458, 'other', 'Kazakh EmergencySituations Ministry', None, {'aliases': MES_KZ}),
])

PRISON_EC = ['Ecuador’s prison authority', 'prison authority', 'the prison authority', 'Prison authorities', 'prison authorities', 'SNAI']
D['ecuador-el-oro-machala-prison-riot-at-least-31-inmates-dead-27-asphyxiated-dzwatch-2025'] = (
 'https://dzwatch.dz/?p=18771',
 'At least 31 inmates dead after prison riot in Machala, Ecuador (dzwatch.dz, November 2025; the stored page starts at the body and its address names no headline, so the title is taken from the lead; the date from the crisis, the riot and the deaths of Sunday 9 November 2025 at the Machala prison, El Oro)', [
 ('At least 31 inmates', 'At least 31', 'at_least', 31, 'killed', None, 'Machala'),
 ('Dozens more were injured', 'Dozens', 'vague', 'dozens', 'injured', None, 'Machala'),
 ('27 inmates were found dead', '27', 'exact', 27, 'killed', 'Ecuador’s prison authority', None, {'aliases': PRISON_EC}),
 ('deaths of four individuals', 'four', 'exact', 4, 'killed', None, None),
 ('injuries to 33 others', '33', 'exact', 33, 'injured', None, None),
 ('Over 500 inmates', 'Over 500', 'more_than', 500, 'killed', None, 'Ecuador'),
 ('deaths of 13 inmates', '13', 'exact', 13, 'killed', None, 'Machala'),
])

HAVRLANT = ['Jiri Havrlant', 'Havrlant', 'Hospital director Jiri Havrlant', 'hospital director', 'University Hospital in Ostrava', 'University Hospital']
D['czechia-ostrava-university-hospital-shooting-six-shot-dead-two-seriously-injured-reuters-vanguard-2019'] = (
 'https://www.vanguardngr.com/2019/12/six-shot-dead-in-czech-hospital-attack-suspect-shoots-himself/',
 'Six shot dead in Czech hospital attack, suspect shoots himself (Reuters, on Vanguard, 10 December 2019; the stored page starts at the body, so the title is taken from the address; the date from the stored date line and the crisis, the shooting of Tuesday 10 December 2019 in Ostrava)', [
 ('shot dead six people', 'six', 'exact', 6, 'killed', 'authorities', 'Ostrava', {'aliases': ['authorities', 'police', 'the police']}),
 ('shot eight people dead', 'eight', 'exact', 8, 'killed', None, 'Uhersky Brod'),
 ('briefing five people died', 'five', 'exact', 5, 'killed', 'Jiri Havrlant', None, {'aliases': HAVRLANT}),
 ('Another two were seriously injured', 'two', 'exact', 2, 'injured', 'Jiri Havrlant', None, {'aliases': HAVRLANT}),
])

INDECI = ['the National Civil Defense Institute', 'National Civil Defense Institute', 'Indeci', 'INDECI', 'That emergency management agency', 'emergency management agency']
ALVARADO = ['William Alvarado', 'Alvarado', 'The mayor of that district', 'mayor']
MINDEF_PE = ['The Defense Ministry', 'Defense Ministry', 'Ministry of Defense']
D['peru-arequipa-camana-huaicos-at-least-15-killed-20-injured-indeci-efe-la-prensa-latina-2023'] = (
 'https://www.laprensalatina.com/explosions-uncertainty-and-russian-bodies-in-kharkiv/?random-post=1',
 'Search continues after at least 15 killed in Peru landslides (EFE, on La Prensa Latina, 7 February 2023; the date from the dateline "Lima, Feb 7 (EFE)" and the crisis, the huaicos of Monday 6 February 2023 in Camaná, Arequipa; the stored address is that of another story on the same site)', [
 ('after at least 15 killed', 'at least 15', 'at_least', 15, 'killed', None, 'Peru'),
 ('left at least 15 dead', 'at least 15', 'at_least', 15, 'killed', None, 'Arequipa'),
 ('caused 15 deaths', '15', 'exact', 15, 'killed', 'the National Civil Defense Institute', None, {'aliases': INDECI}),
 ('left 20 injured', '20', 'exact', 20, 'injured', 'the National Civil Defense Institute', None, {'aliases': INDECI}),
 ('and two missing', 'two', 'exact', 2, 'other', 'the National Civil Defense Institute', None, {'aliases': INDECI}),
 ('that 12 of those killed', '12', 'exact', 12, 'killed', 'That emergency management agency', 'Secocha', {'aliases': INDECI, 'partOf': '15'}),
 ('and three others died', 'three', 'exact', 3, 'killed', 'That emergency management agency', 'Secocha', {'aliases': INDECI, 'partOf': '15'}),
 ('that three of the 15', 'three', 'exact', 3, 'children', 'William Alvarado', None, {'aliases': ALVARADO, 'partOf': '15'}),
 ('of the 15 fatalities', '15', 'exact', 15, 'killed', 'William Alvarado', None, {'aliases': ALVARADO}),
 ('for 1,280 affected people', '1,280', 'exact', 1280, 'other', 'The Defense Ministry', None, {'aliases': MINDEF_PE}),
])

OFF_BD = ['officials', 'authorities', 'Bangladeshi officials']
NAHAR = ['Jebun Nahar', 'Nahar', 'a government official', 'government official']
D['bangladesh-cyclone-sitrang-at-least-16-dead-a-million-evacuated-afp-vnexpressnews-2022'] = (
 'https://vnexpressnews.net/16-dead-million-seek-shelter-as-cyclone-hits-bangladesh',
 '16 dead, million seek shelter as cyclone hits Bangladesh (AFP copy, on vnexpressnews.net, 25 October 2022; the stored page starts at the body, so the title is taken from the address; the date from the crisis, Cyclone Sitrang, landfall on Monday 24 October 2022)', [
 ('At least 16 people died', 'At least 16', 'at_least', 16, 'killed', 'officials', 'Bangladesh', {'aliases': OFF_BD}),
 ('evacuation of about a million people', 'about a million', 'about', 1000000, 'fled', 'officials', 'Bangladesh', {'aliases': OFF_BD}),
 ('Around 10 million people', 'Around 10 million', 'about', 10000000, 'other', None, None),
 ('get about a million people', 'about a million', 'about', 1000000, 'fled', None, 'Bangladesh'),
 ('said 14 people died', '14', 'exact', 14, 'killed', 'Jebun Nahar', None, {'aliases': NAHAR}),
 ('and two died after a boat', 'two', 'exact', 2, 'killed', 'Jebun Nahar', 'Jamuna', {'aliases': NAHAR}),
 ('About 33,000 Rohingya refugees', 'About 33,000', 'about', 33000, 'refugees', 'officials', 'Bay of Bengal', {'aliases': OFF_BD}),
])

RC_LK = ['Red Cross officials', 'Red Cross', 'The Sri Lankan Red Cross', 'Sri Lankan Red Cross']
KODIPPILI = ['Pradeep Kodippili', 'Kodippili', 'the Disaster Management Center', 'Disaster Management Center', 'Disaster Management Centre', 'DMC']
D['sri-lanka-kegalle-aranayake-landslide-more-than-200-families-missing-15-bodies-glocal-khabar-2016'] = (
 'https://glocalkhabar.com/sri-lanka-hundreds-of-families-missing-after-landslide-buries-three-villages/',
 'Sri Lanka: hundreds of families missing after landslide buries three villages (Glocal Khabar, 18 May 2016; the date from the text, "May 18, 2016:", and the crisis, the Aranayake landslide of Tuesday 17 May 2016)', [
 ('hundreds of families missing', 'hundreds', 'vague', 'hundreds', 'other', None, 'Sri Lanka'),
 ('more than 200 families missing', 'more than 200', 'more_than', 200, 'other', None, 'Aranayake'),
 ('at least 220 families', 'at least 220', 'at_least', 220, 'other', 'Red Cross officials', None, {'aliases': RC_LK}),
 ('recovered 15 bodies', '15', 'exact', 15, 'killed', 'Pradeep Kodippili', None, {'aliases': KODIPPILI}),
 ('In total, 27 people', '27', 'exact', 27, 'killed', 'officials', None, {'aliases': ['officials', 'government officials']}),
 ('more than 137,000 people', 'more than 137,000', 'more_than', 137000, 'fled', None, 'Sri Lanka'),
 ('killed at least 11', 'at least 11', 'at_least', 11, 'killed', None, 'Sri Lanka'),
])


if __name__ == '__main__':
    build_set(D)
