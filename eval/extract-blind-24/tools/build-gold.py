"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

MORA = ['Yuri Mora', 'Mora', 'the spokesman for Honduras’s national police investigation agency', 'national police investigation agency', 'police']
EMP = ['employees there', 'employees', 'hospital employees']
D['honduras-tamara-womens-prison-riot-at-least-41-dead-al-jazeera-2023'] = (
 'https://www.aljazeera.com/news/2023/6/20/more-than-40-women-killed-in-honduran-prison-riot',
 'More than 40 women killed in Honduran prison riot (Al Jazeera, 20 June 2023)', [
 ('More than 40 women', 'More than 40', 'more_than', 40, 'killed', None, None),
 ('left at least 41 women dead', 'at least 41', 'at_least', 41, 'killed', None, 'Honduras'),
 ('At least seven female inmates', 'At least seven', 'at_least', 7, 'injured', 'employees there', 'Tegucigalpa', {'aliases': EMP}),
 ('they have counted 41', '41', 'exact', 41, 'killed', 'Yuri Mora', None, {'aliases': MORA}),
 ('Dozens of anxious', 'Dozens', 'vague', 'dozens', 'other', None, None),
])


if __name__ == '__main__':
    build_set(D)
