"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

STATE_IR = ['Iranian state media', 'state media', 'Iranian state media and the emergency services', 'the emergency services', 'emergency services']
IRNA = ['official IRNA news agency', 'IRNA', 'IRNA news agency']
RC_IR = ['Iran’s Red Crescent', "Iran's Red Crescent", 'Red Crescent', 'Iranian Red Crescent']
D['iran-kerman-soleimani-memorial-blasts-103-killed-baaghi-tv-2024'] = (
 'https://en.baaghitv.com/more-than-100-killed-in-iran-blasts-near-soleimanis-tomb-during-ceremony',
 'More than 100 killed in Iran blasts near Soleimani\'s tomb during ceremony (Baaghi TV, 3 January 2024; title from the address, the date from the crisis, the blasts of Wednesday 3 January)', [
 ('At least 100 people', 'At least 100', 'at_least', 100, 'killed', None, None),
 ('more than 100 others wounded', 'more than 100', 'more_than', 100, 'injured', None, None),
 ('At least 103 people', 'At least 103', 'at_least', 103, 'killed', 'Iranian state media', None, {'aliases': STATE_IR}),
 ('blasts and 141 others', '141', 'exact', 141, 'injured', 'Iranian state media', None, {'aliases': STATE_IR}),
 ('rose to 103 following', '103', 'exact', 103, 'killed', 'official IRNA news agency', None, {'aliases': IRNA}),
 ('Another 141 people', '141', 'exact', 141, 'injured', 'IRNA', None, {'aliases': IRNA}),
 ('were three paramedics', 'three', 'exact', 3, 'personnel', 'Iran’s Red Crescent', None, {'aliases': RC_IR}),
])


if __name__ == '__main__':
    build_set(D)
