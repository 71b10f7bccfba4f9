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


ALVAREZ = ['Alex Alvarez', 'Alvarez', 'Assistant Tabasco state Attorney General Alex Alvarez', 'Assistant Tabasco state Attorney General']
D['mexico-tabasco-villahermosa-gunmen-ambush-prosecutor-bystander-killed-13-injured-fox-news-2009'] = (
 'https://www.foxnews.com/story/mexican-gunmen-ambush-senior-state-prosecutor',
 'Mexican Gunmen Ambush Senior State Prosecutor (Fox News, wire copy, 2009; the year from the crisis, the toll of Felipe Calderon\'s crackdown and the attacks it names, not from the page)', [
 ('and 13 other people were injured', '13', 'exact', 13, 'injured', 'police', None),
 ('including six officers', 'six', 'exact', 6, 'personnel', 'police', None, {'partOf': '13'}),
 ('his four bodyguards', 'four', 'exact', 4, 'injured', 'Alex Alvarez', 'Villahermosa', {'aliases': ALVAREZ}),
 ('a city of about 330,000 people', 'about 330,000', 'about', 330000, 'population', 'Alex Alvarez', 'Villahermosa', {'aliases': ALVAREZ}),
 ('his wife, two children', 'two', 'exact', 2, 'children', None, 'Villahermosa'),
 ('and four others in their home', 'four', 'exact', 4, 'killed', None, 'Villahermosa'),
 ('and 10 members of his family', '10', 'exact', 10, 'killed', None, None),
 ('including five children', 'five', 'exact', 5, 'children', None, None, {'partOf': '10'}),
 ('More than 10,750 people', 'More than 10,750', 'more_than', 10750, 'killed', None, None),
 ('sending more than 45,000 troops', 'more than 45,000', 'more_than', 45000, 'personnel', None, None),
])


if __name__ == '__main__':
    build_set(D)
