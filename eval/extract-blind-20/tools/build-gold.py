"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

AUTH_IQ = ['Iraqi authorities', 'authorities', 'Iraqi officials', 'Iraqi government']
D['iraq-baghdad-karrada-truck-bombing-toll-149-irish-times-2016'] = (
 'https://www.irishtimes.com/news/world/middle-east/baghdad-death-toll-rises-as-new-security-measures-ordered-1.2709383',
 'Baghdad death toll rises as new security measures ordered (The Irish Times, 4 July 2016; the date from the crisis, the day after the bombing of Sunday 3 July)', [
 ('149 people dead', '149', 'exact', 149, 'killed', None, 'Karrada'),
 ('and 192 injured', '192', 'exact', 192, 'injured', None, 'Karrada'),
 ('has risen to 149, Iraqi', '149', 'exact', 149, 'killed', 'Iraqi authorities', 'Baghdad', {'aliases': AUTH_IQ}),
 ('At least 192 people', 'At least 192', 'at_least', 192, 'injured', None, 'Baghdad'),
 ('were 15 children', '15', 'exact', 15, 'children', None, None),
 ('and six policemen', 'six', 'exact', 6, 'personnel', None, None),
 ('with a dozen people', 'a dozen', 'about', 12, 'other', None, None),
 ('killing five people', 'five', 'exact', 5, 'killed', None, None),
])


if __name__ == '__main__':
    build_set(D)
