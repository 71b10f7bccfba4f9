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


if __name__ == '__main__':
    build_set(D)
