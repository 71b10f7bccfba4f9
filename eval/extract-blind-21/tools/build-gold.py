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


if __name__ == '__main__':
    build_set(D)
