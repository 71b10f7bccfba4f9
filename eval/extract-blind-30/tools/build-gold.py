"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

AUTH_BAQ = ['authorities', 'police', 'metropolitan police', 'Mariano de la Cruz Botero', 'Botero']
D['colombia-barranquilla-san-jose-police-station-bombing-at-least-three-officers-killed-14-wounded-everything-pk-2018'] = (
 'https://everything.pk/news-detail-620047--colombia-bomb-attack-kills-at-least-three-policemen-wounds-14.html',
 'Colombia bomb attack kills at least three policemen, wounds 14 (everything.pk, wire copy, 27 January 2018; the date from the crisis, the bombing of Saturday 27 January 2018 in Barranquilla)', [
 ('kills at least three policemen', 'at least three', 'at_least', 3, 'personnel', None, 'Colombia'),
 ('wounds 14', '14', 'exact', 14, 'injured', None, 'Colombia'),
 ('At least three police officers', 'At least three', 'at_least', 3, 'personnel', 'authorities', 'Barranquilla', {'aliases': AUTH_BAQ}),
 ('and 14 wounded on Saturday', '14', 'exact', 14, 'injured', 'authorities', 'Barranquilla', {'aliases': AUTH_BAQ}),
])


if __name__ == '__main__':
    build_set(D)
