"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

ARUWAN = ['Samuel Aruwan', 'Aruwan', 'state security commissioner', 'State security commissioner']
D['nigeria-kaduna-madamai-gunmen-kill-34-al-jazeera-2021'] = (
 'https://www.aljazeera.com/news/2021/9/27/gunmen-kill-34-people-in-northwest-nigeria',
 'Gunmen kill 34 people in northwest Nigeria (Al Jazeera, 27 September 2021; the stored page starts at the standfirst, title from the address)', [
 ('At least 34 people were killed', 'At least 34', 'at_least', 34, 'killed', None, 'Kaduna'),
 ('and seven wounded', 'seven', 'exact', 7, 'injured', None, 'Kaduna'),
 ('34 residents have been confirmed dead', '34', 'exact', 34, 'killed', 'Samuel Aruwan', 'Madamai', {'aliases': ARUWAN}),
 ('Seven others sustained injuries', 'Seven', 'exact', 7, 'injured', 'Samuel Aruwan', 'Madamai', {'aliases': ARUWAN}),
 ('two suspects were being questioned', 'two', 'exact', 2, 'other', 'Samuel Aruwan', None, {'aliases': ARUWAN}),
])


if __name__ == '__main__':
    build_set(D)
