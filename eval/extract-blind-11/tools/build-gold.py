"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


XINHUA_CN = ['The official Xinhua news agency', 'official Xinhua news agency', 'Xinhua news agency', 'Xinhua']
STATS_CN = ['government statistics', 'statistics', 'government']

D = {}
D['china-urumqi-riots-toll-184-ethnic-detail-reuters-2009'] = (
 'https://www.reuters.com/article/us-china-xinjiang/china-raises-xinjiang-death-toll-adds-ethnic-detail-idUSTRE56907020090711',
 'China raises Xinjiang death toll, adds ethnic detail (Reuters, 11 July 2009)', [
 ('said 184 people', '184', 'exact', 184, 'killed', 'The official Xinhua news agency', 'Urumqi', {'aliases': XINHUA_CN}),
 ('137 of those killed', '137', 'exact', 137, 'killed', 'The official Xinhua news agency', 'Urumqi', {'aliases': XINHUA_CN, 'partOf': '184'}),
 ('1.3 billion population', '1.3 billion', 'exact', 1300000000, 'population', 'The official Xinhua news agency', 'China', {'aliases': XINHUA_CN}),
 ('toll was 156', '156', 'exact', 156, 'killed', None, 'Urumqi'),
 ('included 46 Uighurs', '46', 'exact', 46, 'killed', None, 'Xinjiang', {'partOf': '184'}),
 ('46 percent', '46 percent', 'exact', 46, 'population', 'government statistics', 'Xinjiang', {'aliases': STATS_CN, 'pct': True}),
 ('21.3 million people', '21.3 million', 'exact', 21300000, 'population', 'government statistics', 'Xinjiang', {'aliases': STATS_CN}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-11: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
