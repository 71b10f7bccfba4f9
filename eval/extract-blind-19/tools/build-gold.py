"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

ALVES = ['Fabio Alves', 'resident Fabio Alves', 'Alves']
POLICE_BR = ['Police', 'police']
PROSEC_BR = ['the public prosecutor’s office', 'public prosecutor’s office', 'the public prosecutor', 'prosecutors']
D['brazil-petropolis-mudslides-floods-at-least-117-dead-reuters-electric-city-2022'] = (
 'https://www.electriccitymagazine.ca/mudslides-and-floods-have-killed-at-least-117-in-brazilian-petropolis/',
 'Mudslides and floods have killed at least 117 in Brazilian Petropolis (Reuters copy on Electric City Magazine, February 2022)', [
 ('killed at least 117 in', 'at least 117', 'at_least', 117, 'killed', None, 'Petropolis'),
 ('rose to 117 on Thursday', '117', 'exact', 117, 'killed', None, 'Petropolis'),
 ('at least six children here', 'at least six', 'at_least', 6, 'children', 'Fabio Alves', None, {'aliases': ALVES}),
 ('more than 10 people are buried', 'more than 10', 'more_than', 10, 'killed', 'Fabio Alves', None, {'aliases': ALVES}),
 ('More than 700 people were forced', 'More than 700', 'more_than', 700, 'fled', None, None),
 ('more than 100 people were missing', 'more than 100', 'more_than', 100, 'other', 'Police', None, {'aliases': POLICE_BR}),
 ('at least 35 people were missing', 'at least 35', 'at_least', 35, 'other', 'the public prosecutor’s office', None, {'aliases': PROSEC_BR}),
])

AUTH_EC = ['The authorities', 'the authorities', 'authorities', 'the government', 'Ecuadorian authorities']
D['ecuador-guayaquil-guayas-1-prison-riot-31-inmates-dead-informing-news-2023'] = (
 'https://informingnews.com/prison-riot-leaves-31-inmates-dead/',
 'Prison riot leaves 31 inmates dead (Informing News, July 2023)', [
 ('leaves 31 inmates dead', '31', 'exact', 31, 'killed', None, None),
 ('risen to 31 inmates', '31', 'exact', 31, 'killed', None, 'Guayas 1'),
 ('with 14 others wounded', '14', 'exact', 14, 'injured', None, 'Guayas 1'),
 ('over 420 deaths', 'over 420', 'more_than', 420, 'killed', None, 'Ecuador'),
 ('approximately 2,700 soldiers', 'approximately 2,700', 'about', 2700, 'personnel', None, 'Guayas 1'),
 ('death toll of six inmates', 'six', 'exact', 6, 'killed', None, 'Guayas 1'),
 ('escalated to 31', '31', 'exact', 31, 'killed', None, 'Guayas 1'),
 ('with several victims', 'several', 'vague', 'several', 'killed', None, 'Guayas 1', {'partOf': '31'}),
 ('houses more than 5,600 inmates', 'more than 5,600', 'more_than', 5600, 'population', 'The authorities', 'Guayas 1', {'aliases': AUTH_EC}),
])

LGO_PK = ['a local government official', 'A Kurram local government official', 'Kurram local government official', 'local government official', 'a Kurram local government official', 'official']
SEC_PK = ['A senior security official in Peshawar', 'a senior security official', 'senior security official', 'security official']
D['pakistan-kurram-parachinar-sectarian-clashes-toll-124-frontier-post-2024'] = (
 'https://thefrontierpost.com/13-more-killed-in-parachinar-clashes/',
 '13 more killed in Parachinar clashes (The Frontier Post, AFP copy, late November 2024; title from the address)', [
 ('has killed 13 more people', '13', 'exact', 13, 'killed', 'a local government official', 'Parachinar', {'aliases': LGO_PK}),
 ('violence to 124', '124', 'exact', 124, 'killed', 'a local government official', 'Parachinar', {'aliases': LGO_PK}),
 ('killing more than 40', 'more than 40', 'more_than', 40, 'killed', None, 'Parachinar'),
 ('death toll at 124', '124', 'exact', 124, 'killed', 'A Kurram local government official', 'Kurram', {'aliases': LGO_PK}),
 ('after 13 more people', '13', 'exact', 13, 'killed', 'A Kurram local government official', 'Kurram', {'aliases': LGO_PK}),
 ('Two were Sunni', 'Two', 'exact', 2, 'killed', 'A Kurram local government official', 'Kurram', {'aliases': LGO_PK, 'partOf': '13'}),
 ('and 11 Shiite', '11', 'exact', 11, 'killed', 'A Kurram local government official', 'Kurram', {'aliases': LGO_PK, 'partOf': '13'}),
 ('death toll of 124', '124', 'exact', 124, 'killed', 'A senior security official in Peshawar', None, {'aliases': SEC_PK}),
])

UN_BD = ['UN', 'United Nations', 'the UN Human Rights Office', 'UN Human Rights Office', 'The United Nations Human Rights Office', 'United Nations Human Rights Office', 'OHCHR', 'the report', 'a report by the UN Human Rights Office']
POLICE_BD = ['The Bangladesh Police', 'Bangladesh Police', 'police']
D['bangladesh-july-uprising-un-says-1400-killed-ohchr-report-news-2025'] = (
 'http://103.16.74.116/bangladesh/vast-majority-shot-security-forces-un-says-1400-killed-including-children-july-uprising',
 "'Vast majority shot by security forces': UN says 1,400 killed, including children, in July uprising (Bangladeshi news site stored at an IP address, 12 February 2025)", [
 ('says 1,400 killed', '1,400', 'exact', 1400, 'killed', 'UN', None, {'aliases': UN_BD}),
 ('Around 1,400 people', 'Around 1,400', 'about', 1400, 'killed', 'the UN Human Rights Office', None, {'aliases': UN_BD}),
 ('and thousands were injured', 'thousands', 'vague', 'thousands', 'injured', 'the UN Human Rights Office', None, {'aliases': UN_BD}),
 ('12-13 percent of those killed', '12-13 percent', 'range', (12, 13), 'children', 'the report', None, {'aliases': UN_BD, 'pct': True, 'partOf': 'Around 1,400'}),
 ('44 of its officers', '44', 'exact', 44, 'personnel', 'The Bangladesh Police', None, {'aliases': POLICE_BD}),
])

IRA_NP = ['the final IRA reports', 'final IRA reports', 'IRA reports', 'IRA', 'HPEOC', 'PEOC', 'the Provincial Focal Point Agency', 'Provincial Focal Point Agency']
PHEOC = ['PHEOC', 'the Provincial Focal Point Agency', 'Provincial Focal Point Agency']
KANTIPUR = ['the Kantipur daily news', 'Kantipur daily news', 'Kantipur daily', 'Kantipur']
D['nepal-jajarkot-earthquake-provincial-update-11-karnali-reliefweb-2023'] = (
 'https://reliefweb.int/report/nepal/provincial-update-11-earthquake-response-karnali-province-18-november-2023',
 'Provincial Update #11: Earthquake Response in Karnali Province, 18 November 2023 (Provincial Focal Point Agency, on ReliefWeb; title from the address)', [
 ('a total of 154 fatalities', '154', 'exact', 154, 'killed', 'the final IRA reports', None, {'aliases': IRA_NP}),
 ('and 934 injured', '934', 'exact', 934, 'injured', 'the final IRA reports', None, {'aliases': IRA_NP}),
 ('96 are rescued', '96', 'exact', 96, 'other', 'the final IRA reports', None, {'aliases': IRA_NP}),
 ('16 under treatment', '16', 'exact', 16, 'injured', 'the final IRA reports', None, {'aliases': IRA_NP}),
 ('92 are under treatment', '92', 'exact', 92, 'injured', 'PHEOC', None, {'aliases': PHEOC}),
 ('2 deaths have also', '2', 'exact', 2, 'killed', 'the Kantipur daily news', None, {'aliases': KANTIPUR}),
])

AUTH_IT = ['authorities', 'Italian authorities', 'Emilia-Romagna officials', 'officials']
ER_OFF = ['Emilia-Romagna officials', 'officials', 'authorities', 'regional officials']
DEPASCALE = ['Ravenna Mayor Michele de Pascale', 'Michele de Pascale', 'de Pascale', 'Ravenna Mayor', 'the mayor of Ravenna']
D['italy-emilia-romagna-floods-three-dead-thousands-evacuated-devdiscourse-2023'] = (
 'https://www.devdiscourse.com/article/science-environment/2454621-three-dead-and-thousands-evacuated-as-floods-hit-northern-italy',
 'Three dead and thousands evacuated as floods hit northern Italy (Devdiscourse, wire copy, 17 May 2023)', [
 ('Three dead and', 'Three', 'exact', 3, 'killed', None, 'Italy'),
 ('and thousands evacuated', 'thousands', 'vague', 'thousands', 'fled', None, 'Italy'),
 ('At least three people died', 'At least three', 'at_least', 3, 'killed', 'authorities', 'Emilia-Romagna', {'aliases': AUTH_IT}),
 ('and thousands were evacuated', 'thousands', 'vague', 'thousands', 'fled', 'authorities', 'Emilia-Romagna', {'aliases': AUTH_IT}),
 ('said three dead bodies', 'three', 'exact', 3, 'killed', 'Emilia-Romagna officials', None, {'aliases': ER_OFF}),
 ('while three people were missing', 'three', 'exact', 3, 'other', 'Emilia-Romagna officials', None, {'aliases': ER_OFF}),
 ('that 5,000 people had been evacuated', '5,000', 'exact', 5000, 'fled', 'Ravenna Mayor Michele de Pascale', 'Ravenna', {'aliases': DEPASCALE}),
])


if __name__ == '__main__':
    build_set(D)
