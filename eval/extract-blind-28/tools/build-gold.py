"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

BRDJANIN = ['Zoran Brđanin', 'Brđanin', 'Montenegrin Police Chief Zoran Brđanin', 'Montenegrin Police Chief', 'Police Chief', 'police']
D['montenegro-cetinje-medovina-mass-shooting-at-least-11-killed-two-children-roundnews-2022'] = (
 'https://www.roundnews.com/world/europe/68100-atrocious-shooting-in-cetinje-montenegro.html',
 'Atrocious shooting in Cetinje, Montenegro (Roundnews, August 2022; the month from the crisis, the shooting of Friday 12 August 2022)', [
 ('At least 11 people were killed', 'At least 11', 'at_least', 11, 'killed', None, 'Cetinje'),
 ('including two children, in a deadly', 'two', 'exact', 2, 'children', None, 'Cetinje', {'partOf': 'At least 11'}),
 ('“He killed two children', 'two', 'exact', 2, 'children', 'Zoran Brđanin', 'Cetinje', {'aliases': BRDJANIN}),
 ('Four of the wounded', 'Four', 'exact', 4, 'injured', None, 'Cetinje'),
 ('while two others were sent', 'two', 'exact', 2, 'injured', None, None),
])


if __name__ == '__main__':
    build_set(D)
