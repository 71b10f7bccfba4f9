"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

AUTH_MX = ['authorities', 'investigators', 'Guanajuato state prosecutor', 'state prosecutor', 'the state prosecutor\'s office', 'state prosecutor\'s office', 'Navigio Agustin Gallardo Romero', 'Gallardo', 'prosecutors']
D['mexico-guanajuato-salvatierra-posada-massacre-11-killed-14-wounded-ap-ctv-2023'] = (
 'https://www.ctvnews.ca/world/group-turned-away-at-mexican-holiday-party-returned-with-gunmen-killing-11-investigators-say-1.6694695',
 'Group turned away at Mexican holiday party returned with gunmen killing 11, investigators say (AP, on CTV News, 19 December 2023; the date from the stored date line and the crisis, the massacre of Sunday 17 December 2023 at a posada in Salvatierra, Guanajuato)', [
 ('gunmen killing 11', '11', 'exact', 11, 'killed', 'investigators', None, {'aliases': AUTH_MX}),
 ('who killed 11 and', '11', 'exact', 11, 'killed', 'authorities', 'Mexico', {'aliases': AUTH_MX}),
 ('and wounded 14', '14', 'exact', 14, 'injured', 'authorities', 'Mexico', {'aliases': AUTH_MX}),
 ('said nine men', 'nine', 'exact', 9, 'killed', 'Navigio Agustin Gallardo Romero', None, {'aliases': AUTH_MX}),
 ('and two women were killed', 'two', 'exact', 2, 'killed', 'Navigio Agustin Gallardo Romero', None, {'aliases': AUTH_MX}),
 ('down to 11 Monday', '11', 'exact', 11, 'killed', 'The state prosecutor\'s office', None, {'aliases': AUTH_MX}),
 ('night from 12', '12', 'exact', 12, 'killed', 'The state prosecutor\'s office', None, {'aliases': AUTH_MX}),
])


if __name__ == '__main__':
    build_set(D)
