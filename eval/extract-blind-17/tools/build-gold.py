"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

UNHCR_KA = ['the head of the UN refugee agency UNHCR', 'UNHCR', 'the UN refugee agency', 'UN refugee agency', 'Filippo Grandi', 'UNHCR chief Filippo Grandi', 'Yerevan', 'Armenian government']
ARM_GOV = ['The Armenian government', 'Armenian government', 'the Armenian government', 'Yerevan', 'Armenia']
D['armenia-nagorno-karabakh-exodus-over-100000-flee-dw-2023'] = (
 'https://lfwp.net/dw/en/nagorno-karabakh-over-100000-flee-to-armenia/a-66969667',
 'Nagorno-Karabakh: Over 100,000 flee to Armenia (DW, 30 September 2023, stored through a mirror of dw.com)', [
 ('Over 100,000 flee', 'Over 100,000', 'more_than', 100000, 'fled', None, 'Armenia'),
 ('More than 100,000 refugees', 'More than 100,000', 'more_than', 100000, 'refugees', 'the head of the UN refugee agency UNHCR', 'Armenia', {'aliases': UNHCR_KA}),
 ('prompting thousands of ethnic', 'thousands', 'vague', 'thousands', 'fled', None, 'Nagorno-Karabakh'),
 ('figure at 100,417', '100,417', 'exact', 100417, 'refugees', 'The Armenian government', 'Nagorno-Karabakh', {'aliases': ARM_GOV, 'partOf': '120,000'}),
 ('estimated population of 120,000', '120,000', 'estimated', 120000, 'population', 'The Armenian government', 'Nagorno-Karabakh', {'aliases': ARM_GOV}),
])

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


if __name__ == '__main__':
    build_set(D)
