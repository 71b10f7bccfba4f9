"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

THAI = ['the health ministry', 'health ministry', 'The health ministry, police and provincial government officials', 'police', 'provincial government officials']
D['thailand-na-klang-nursery-attack-two-dozen-children-at-least-36-dead-afp-cambodianess-2022'] = (
 'https://cambodianess.com/article/families-mourn-thai-nursery-dead-ahead-of-kings-visit',
 'Families mourn Thai nursery dead ahead of king\'s visit (AFP, on Cambodianess, 7 October 2022; the date from the photo caption and "gathered Friday" after the attack of Thursday 6 October)', [
 ('murdered two dozen children', 'two dozen', 'about', 24, 'children', None, 'Na Klang'),
 ('at least 36 people dead', 'at least 36', 'at_least', 36, 'killed', None, None),
 ('scores of preschool children', 'scores', 'vague', 'scores', 'children', None, None),
 ('Tanontong\'s two three-year-old grandsons', 'two', 'exact', 2, 'children', None, None),
 ('a death toll of 36', '36', 'exact', 36, 'killed', 'The health ministry', None, {'aliases': THAI}),
])


if __name__ == '__main__':
    build_set(D)
