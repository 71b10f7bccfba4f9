"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

HRW = ['Human Rights Watch', 'HRW']
WIT_ML = ['Witnesses', 'witnesses', 'Human Rights Watch', 'HRW']
DUFKA = ['Corinne Dufka', 'Sahel director at Human Rights Watch', 'Dufka', 'Human Rights Watch', 'HRW']
D['mali-ogossagou-second-massacre-over-35-killed-hrw-2020'] = (
 'https://cdhrvta.org/mali-army-un-fail-to-stop-massacre',
 'Mali: Army, UN Fail to Stop Massacre (Human Rights Watch release, Bamako, 2020, stored on cdhrvta.org)', [
 ('massacred over 35 villagers', 'over 35', 'more_than', 35, 'killed', 'Human Rights Watch', 'Mali', {'aliases': HRW}),
 ('massacre of 150 people', '150', 'exact', 150, 'killed', 'Human Rights Watch', 'Ogossagou', {'aliases': HRW}),
 ('and four children were', 'four', 'exact', 4, 'children', 'Human Rights Watch', None, {'aliases': HRW}),
 ('and 19 villagers', '19', 'exact', 19, 'other', 'Human Rights Watch', None, {'aliases': HRW}),
 ('names of 20 Dogon men', '20', 'exact', 20, 'fighters', 'Witnesses', 'Ogossagou', {'aliases': WIT_ML}),
 ('mutilated dozens of civilians', 'dozens', 'vague', 'dozens', 'killed', 'Corinne Dufka', None, {'aliases': DUFKA}),
])

POLICE_GT = ['police', 'Police', 'The Metropolitan Police', 'Metropolitan Police', 'the Met', 'Met', 'Scotland Yard']
MET = ['The Metropolitan Police', 'Metropolitan Police', 'the Met', 'The Met', 'Met', 'police', 'Police']
CUNDY = ['Stuart Cundy', 'Metropolitan Police Commander Stuart Cundy', 'Police Commander Cundy', 'Commander Stuart Cundy', 'Cundy', 'Metropolitan Police', 'the Met', 'police']
OFFICERS = ['Officers', 'officers', 'police', 'Metropolitan Police', 'the Met']
D['uk-grenfell-tower-fire-around-80-dead-or-missing-itv-2017'] = (
 'https://www.itv.com/news/2017-07-10/grenfell-tower-fire-around-80-people-dead-or-missing-say-police',
 "Grenfell Tower Fire: 'Around 80 people' dead or missing say police (ITV News, 10 July 2017)", [
 ("'Around 80 people'", 'Around 80', 'about', 80, 'other', 'police', 'Grenfell Tower', {'aliases': POLICE_GT}),
 ('"around 80 people" are', 'around 80', 'about', 80, 'other', 'The Metropolitan Police', 'Grenfell Tower', {'aliases': MET}),
 ('that 350 people were living', '350', 'exact', 350, 'population', 'the Met', 'Grenfell Tower', {'aliases': MET}),
 ('that 255 escaped', '255', 'exact', 255, 'fled', 'the Met', 'Grenfell Tower', {'aliases': MET, 'partOf': '350'}),
 ('that 14 people were not', '14', 'exact', 14, 'other', 'Stuart Cundy', 'Grenfell Tower', {'aliases': CUNDY, 'partOf': '350'}),
 ('at about 80 people', 'about 80', 'about', 80, 'killed', 'Stuart Cundy', 'Grenfell Tower', {'aliases': CUNDY}),
 ('figure of "around 80" people', 'around 80', 'about', 80, 'other', 'Police Commander Cundy', None, {'aliases': CUNDY}),
 ('recovered ten bodies', 'ten', 'exact', 10, 'killed', 'The Metropolitan police', None, {'aliases': MET}),
 ('Six bodies were recovered', 'Six', 'exact', 6, 'killed', None, None),
 ('between 100 and 600 people', 'between 100 and 600', 'range', (100, 600), 'other', 'Officers', None, {'aliases': OFFICERS}),
])

NHK = ['national broadcaster NHK', 'NHK']
FDMA = ['the Fire and Disaster Management Agency', 'Fire and Disaster Management Agency', 'Officials', 'officials']
D['japan-typhoon-hagibis-at-least-23-dead-16-missing-breakingnews-bd-2019'] = (
 'https://en.breakingnews.com.bd/environment-tourism/article/2800',
 'Typhoon Hagibis, at least 23 dead, 16 missing (breakingnews.com.bd, 13 October 2019)', [
 ('at least 23 dead', 'at least 23', 'at_least', 23, 'killed', None, None),
 ('16 missing', '16', 'exact', 16, 'other', None, None),
 ('sent tens of thousands of troops', 'tens of thousands', 'vague', 'tens of thousands', 'personnel', None, 'Japan'),
 ('which killed 23 people', '23', 'exact', 23, 'killed', None, 'Japan'),
 ('Sixteen people are missing', 'Sixteen', 'exact', 16, 'other', None, None),
 ('More than 120 people were injured', 'More than 120', 'more_than', 120, 'injured', 'national broadcaster NHK', None, {'aliases': NHK}),
 ('about 5.9 million people', 'about 5.9 million', 'about', 5900000, 'other', 'the Fire and Disaster Management Agency', None, {'aliases': FDMA}),
])


UNHCR_LA = ['UNHCR', 'the UN Refugee Agency', 'UN Refugee Agency', 'UNHCR, the UN Refugee Agency', 'the UN refugee agency', 'United Nations High Commissioner for Refugees']
D['somalia-ethiopia-laascaanood-clashes-60000-seek-refuge-unhcr-somaliland-com-2023'] = (
 'https://somaliland.com/news/somaliland/somali-civilians-flee-laascaanood-clashes-seeking-refuge-in-ethiopia-unhcr',
 'Somali Civilians Flee Laascaanood Clashes, Seeking Refuge in Ethiopia- UNHCR (UNHCR briefing on Somaliland.com, February 2023)', [
 ('Over 60,000 Somalis', 'Over 60,000', 'more_than', 60000, 'refugees', 'UNHCR', 'Somali region', {'aliases': UNHCR_LA}),
 ('over 1,000 new arrivals', 'over 1,000', 'more_than', 1000, 'refugees', 'UNHCR', None, {'aliases': UNHCR_LA}),
 ('over 1,000 vulnerable families', 'over 1,000', 'more_than', 1000, 'other', 'UNHCR', None, {'aliases': UNHCR_LA}),
 ('another 9,000 families', '9,000', 'exact', 9000, 'other', 'UNHCR', None, {'aliases': UNHCR_LA}),
 ('over 185,000 people', 'over 185,000', 'more_than', 185000, 'displaced', 'UNHCR', 'Laascaanood', {'aliases': UNHCR_LA}),
])

SALGADO = ['Evelyn Salgado', 'Gov. Evelyn Salgado', 'the governor of hard-hit Guerrero', 'governor of Guerrero', 'the governor', 'Guerrero governor']
AUTH_MX = ['authorities', 'Mexican authorities', 'the government', 'Mexican government']
D['mexico-hurricane-otis-toll-43-missing-36-ap-columbian-2023'] = (
 'https://www.columbian.com/news/2023/oct/29/hurricane-otis-death-toll-rises-to-43-missing-now-number-36-as-search-and-recovery-work-continues/',
 'Hurricane Otis death toll rises to 43, missing now number 36 as search and recovery work continues (The Associated Press, in The Columbian, 29 October 2023)', [
 ('rises to 43', '43', 'exact', 43, 'killed', None, None),
 ('missing now number 36', '36', 'exact', 36, 'other', None, None),
 ('At least 43 people died', 'At least 43', 'at_least', 43, 'killed', 'the governor of hard-hit Guerrero', 'Mexico', {'aliases': SALGADO}),
 ('rose to 36 from', '36', 'exact', 36, 'other', 'Gov. Evelyn Salgado', None, {'aliases': SALGADO}),
 ('from 10 a day', '10', 'exact', 10, 'other', 'Gov. Evelyn Salgado', None, {'aliases': SALGADO}),
 ('toll to 39 on Saturday', '39', 'exact', 39, 'killed', 'authorities', None, {'aliases': AUTH_MX}),
 ('with hundreds of families', 'hundreds', 'vague', 'hundreds', 'other', None, None),
])

D['india-pulwama-crpf-convoy-bombing-18-killed-ndtv-2019'] = (
 'https://www.ndtv.com/india-news/car-with-explosives-rammed-crpf-bus-jaish-claims-attack-10-points-1993668',
 'Car with explosives rammed CRPF bus, Jaish claims attack: 10 points (NDTV, 14 February 2019; title from the address)', [
 ('At least 18 personnel', 'At least 18', 'at_least', 18, 'personnel', None, 'Pulwama'),
 ('and 40 injured', '40', 'exact', 40, 'personnel', None, 'Pulwama'),
 ('Some 2,500 soldiers', 'Some 2,500', 'about', 2500, 'personnel', None, 'Awantipora'),
 ('in which 19 soldiers', '19', 'exact', 19, 'personnel', None, 'Uri'),
])


if __name__ == '__main__':
    build_set(D)
