"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

MOI = ['the interior ministry', 'interior ministry', 'Serbian interior ministry', 'Serbia\'s interior ministry', 'police', 'officials']
MILIC = ['Veselin Milic', 'Milic', 'Belgrade police chief Veselin Milic', 'Belgrade police chief', 'police']
D['serbia-belgrade-vladislav-ribnikar-school-shooting-eight-children-guard-killed-urdupoint-afp-2023'] = (
 'https://www.urdupoint.com/en/miscellaneous/nine-dead-seven-wounded-in-belgrade-school-s-1686410.html',
 'Nine dead, seven wounded in Belgrade school shooting (UrduPoint, AFP copy, 4 May 2023; title from the address, the date from the stored page and the dateline)', [
 ('Eight students and a security guard were killed', 'Eight', 'exact', 8, 'killed', 'officials', 'Belgrade', {'aliases': ['officials', 'police']}),
 ('"Eight children', 'Eight', 'exact', 8, 'children', 'the interior ministry', None, {'aliases': MOI}),
 ('while six children', 'six', 'exact', 6, 'children', 'the interior ministry', None, {'aliases': MOI}),
 ('and one schoolteacher', 'one', 'exact', 1, 'injured', 'the interior ministry', None, {'aliases': MOI}),
 ('as seven girls', 'seven', 'exact', 7, 'children', 'Veselin Milic', 'Belgrade', {'aliases': MILIC}),
 ('and one boy', 'one', 'exact', 1, 'children', 'Veselin Milic', 'Belgrade', {'aliases': MILIC}),
])


if __name__ == '__main__':
    build_set(D)
