"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

PHIYEGA = ['Riah Phiyega', 'Police Commissioner Riah Phiyega', 'Police Commissioner', 'Phiyega', 'She', 'South African police', 'police']
MTHETHWA = ['Nathi Mthethwa', 'Police Minister Nathi Mthethwa', 'Police Minister', 'Mthethwa', 'Mr Mthethwa']
D['south-africa-marikana-mine-shooting-toll-34-irish-times-2012'] = (
 'https://www.irishtimes.com/news/south-african-mine-death-toll-hits-34-1.731316',
 'South African mine death toll hits 34 (The Irish Times, 17 August 2012)', [
 ('death toll hits 34', '34', 'exact', 34, 'killed', None, 'South Africa'),
 ('after 34 workers', '34', 'exact', 34, 'killed', None, 'Marikana'),
 ('that 78 people were injured', '78', 'exact', 78, 'injured', 'Riah Phiyega', None, {'aliases': PHIYEGA}),
 ('and 259 arrested', '259', 'exact', 259, 'other', 'Riah Phiyega', None, {'aliases': PHIYEGA}),
 ('confirmed at least 30 people', 'at least 30', 'at_least', 30, 'killed', 'Nathi Mthethwa', None, {'aliases': MTHETHWA}),
 ('when 3,000 striking', '3,000', 'exact', 3000, 'other', None, None),
])


if __name__ == '__main__':
    build_set(D)
