"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

GOV_DA = ['the governor', 'governor', 'Governor Sergei Melikov', 'Sergei Melikov', 'Melikov', 'head of the Dagestan Republic']
NG_RU = ['Russia’s National Guard', "Russia's National Guard", 'National Guard', 'Rosgvardia']
NAC_RU = ['The Anti-Terrorist Committee', 'Anti-Terrorist Committee', 'National Antiterrorist Committee', 'NAC']
D['russia-dagestan-derbent-makhachkala-attacks-over-15-police-killed-times-of-israel-2024'] = (
 'https://www.timesofisrael.com/priest-at-least-6-cops-killed-in-attacks-on-synagogues-churches-in-russias-dagestan/',
 'Over 15 Russian cops, civilians killed in attacks on synagogues, churches in Dagestan (The Times of Israel, 24 June 2024; the date from the crisis, the attacks of Sunday 23 June and the days of mourning from Monday)', [
 ('Over 15 Russian cops', 'Over 15', 'more_than', 15, 'killed', None, 'Dagestan'),
 ('killing over 15 police officers', 'over 15', 'more_than', 15, 'personnel', 'the governor', 'Dagestan', {'aliases': GOV_DA}),
 ('and several civilians', 'several', 'vague', 'several', 'killed', 'the governor', 'Dagestan', {'aliases': GOV_DA}),
 ('said one of its officers', 'one', 'exact', 1, 'personnel', 'Russia’s National Guard', 'Derbent', {'aliases': NG_RU}),
 ('and several others wounded', 'several', 'vague', 'several', 'injured', 'Russia’s National Guard', 'Derbent', {'aliases': NG_RU}),
 ('said five gunmen', 'five', 'exact', 5, 'fighters', 'The Anti-Terrorist Committee', None, {'aliases': NAC_RU}),
 ('said six “bandits”', 'six', 'exact', 6, 'fighters', 'Governor Sergei Melikov', None, {'aliases': GOV_DA}),
])


D['india-kashmir-pahalgam-baisaran-attack-26-killed-17-injured-news-himachal-2025'] = (
 'https://thenewshimachal.com/2025/04/26-tourists-killed-in-pahalgam-terror-attack-victims-targeted-after-being-identified-by-religion/',
 '26 tourists killed in Pahalgam terror attack, victims targeted after being identified by religion (The News Himachal, 26 April 2025 by its date line; title from the address)', [
 ('; 17 injured', '17', 'exact', 17, 'injured', None, None),
 ('two foreigners among the dead', 'two', 'exact', 2, 'killed', None, None),
 ('26 people — mostly tourists', '26', 'exact', 26, 'killed', None, 'Baisaran Valley'),
 ('are two foreign nationals', 'two', 'exact', 2, 'killed', None, None, {'partOf': '26'}),
 ('and two locals', 'two', 'exact', 2, 'killed', None, None, {'partOf': '26'}),
 ('At least 17 others', 'At least 17', 'at_least', 17, 'injured', None, None),
 ('Two critically injured', 'Two', 'exact', 2, 'injured', None, None, {'partOf': 'At least 17'}),
])


PGO_UZ = ["the chief prosecutor's office", "chief prosecutor's office", "Uzbekistan's chief prosecutor's office", 'Prosecutor General’s Office', "Prosecutor General's Office", 'General Prosecutor’s Office', 'Uzbekistan', 'spokesman Khayet Shamsuddinov', 'Khayet Shamsuddinov', 'Shamsuddinov']
UZ = ['Uzbekistan', 'Uzbek authorities', "the chief prosecutor's office", "chief prosecutor's office", 'Prosecutor General’s Office', "Prosecutor General's Office"]
SHAM = ['spokesman Khayet Shamsuddinov', 'Khayet Shamsuddinov', 'Shamsuddinov', "the chief prosecutor's office", "chief prosecutor's office", 'Prosecutor General’s Office', "Prosecutor General's Office"]
D['uzbekistan-karakalpakstan-nukus-unrest-toll-rises-to-21-urdupoint-sputnik-2022'] = (
 'https://www.urdupoint.com/en/world/uzbekistan-says-death-toll-in-karakalpakstan-1538039.html',
 'Uzbekistan Says Death Toll In Karakalpakstan Unrest Reaches 21 (UrduPoint, Sputnik copy, 18 July 2022)', [
 ('Unrest Reaches 21', '21', 'exact', 21, 'killed', 'Uzbekistan', 'Karakalpakstan', {'aliases': UZ}),
 ('rose to 21 from 18', '21', 'exact', 21, 'killed', "the chief prosecutor's office", 'Karakalpakstan', {'occ': 1, 'aliases': PGO_UZ}),
 ('rose to 21 from 18', '18', 'exact', 18, 'killed', "the chief prosecutor's office", 'Karakalpakstan', {'occ': 1, 'aliases': PGO_UZ}),
 ('rose to 21 from 18', '21', 'exact', 21, 'killed', "the chief prosecutor's office", 'Karakalpakstan', {'occ': 2, 'aliases': PGO_UZ}),
 ('rose to 21 from 18', '18', 'exact', 18, 'killed', "the chief prosecutor's office", 'Karakalpakstan', {'occ': 2, 'aliases': PGO_UZ}),
 ('three more citizens died', 'three', 'exact', 3, 'killed', 'spokesman Khayet Shamsuddinov', None, {'aliases': SHAM}),
 ('Sixteen people remain', 'Sixteen', 'exact', 16, 'injured', None, 'Nukus'),
 ('said 274 people', '274', 'exact', 274, 'injured', 'Shamsuddinov', None, {'aliases': SHAM}),
 ('including 141 police', '141', 'exact', 141, 'personnel', 'Shamsuddinov', None, {'aliases': SHAM, 'partOf': '274'}),
])


IOM_BE = ['IOM Caribbean', 'IOM', 'International Organization for Migration', 'the International Organization for Migration']
PAHO = ['PAHO', 'Pan American Health Organization', 'the Pan American Health Organization']
D['grenada-st-vincent-hurricane-beryl-iom-situation-report-2-2024'] = (
 'https://reliefweb.int/report/grenada/iom-caribbean-hurricane-beryl-situation-report-no-2-8-july-2024',
 'IOM Caribbean: Hurricane Beryl - Situation Report No. 2 (8 July 2024) (IOM, on ReliefWeb)', [
 ('PAHO, 5 fatalities', '5', 'exact', 5, 'killed', 'PAHO', 'St. Vincent and the Grenadines', {'aliases': PAHO}),
 ('been 6 confirmed deaths', '6', 'exact', 6, 'killed', 'IOM Caribbean', 'Grenada', {'aliases': IOM_BE}),
 ('27 injuries', '27', 'exact', 27, 'injured', 'IOM Caribbean', 'Grenada', {'aliases': IOM_BE}),
 ('and 2 individuals', '2', 'exact', 2, 'other', 'IOM Caribbean', 'Grenada', {'aliases': IOM_BE}),
])


SI_POL = ['The Slovenian police', 'Slovenian police', 'police', 'the police']
D['slovenia-floods-landslides-four-dead-dravograd-110-evacuated-dw-breakinglatest-2023'] = (
 'https://www.breakinglatest.news/news/floods-cause-huge-damage-in-slovenia-dw-05-08-2023/',
 'Floods cause huge damage in Slovenia (DW, 5 August 2023, stored on Breaking Latest News; title and date from the address)', [
 ('in four deaths', 'four', 'exact', 4, 'killed', 'The Slovenian police', None, {'aliases': SI_POL}),
 ('three people had probably died', 'three', 'exact', 3, 'killed', None, None, {'partOf': 'four'}),
 ('Two of the fatalities', 'Two', 'exact', 2, 'killed', None, None, {'partOf': 'three'}),
 ('Five more Dutch people', 'Five', 'exact', 5, 'other', None, 'Slovenia'),
 ('Austria, 110 people', '110', 'exact', 110, 'fled', None, 'Dravograd'),
 ('including 30 tourists', '30', 'exact', 30, 'fled', None, 'Dravograd', {'partOf': '110'}),
])


HC_AF = ['Health Cluster', 'the Health Cluster', 'Afghanistan Health Cluster', 'WHO', 'World Health Organization', 'WHO Team']
D['afghanistan-kunar-earthquake-over-2205-deaths-health-cluster-sitrep-4-2025'] = (
 'https://healthcluster.who.int/publications/m/item/afghanistan-earthquake-health-cluster-situation-report-4-(14-september-2025)',
 'Afghanistan earthquake: Health Cluster situation report #4 (14 September 2025) (Health Cluster, WHO)', [
 ('• Over 2,205 deaths', 'Over 2,205', 'more_than', 2205, 'killed', 'Health Cluster', None, {'aliases': HC_AF}),
 ('• Over 3,640 injuries', 'Over 3,640', 'more_than', 3640, 'injured', 'Health Cluster', None, {'aliases': HC_AF}),
 ('• 6.8 million people', '6.8 million', 'exact', 6800000, 'population', 'Health Cluster', None, {'aliases': HC_AF}),
])


if __name__ == '__main__':
    build_set(D)
