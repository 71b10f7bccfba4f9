"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

STC = ['Save the Children', 'Save the children', 'Save the Children International', 'Helle Thorning-Schmidt', 'the statement', 'a statement']
WHO = ['the World Health Organization', 'World Health Organization', 'WHO']
AAH = ['Action Against Hunger', 'aid groups']
D['yemen-saada-ritaf-rural-hospital-air-strike-seven-killed-four-children-save-the-children-afp-spacewar-2019'] = (
 'https://www.spacewar.com/afp/190326213633.6mj6rc2j.html',
 'Seven killed in Yemen air strike: Save the children (AFP, on SpaceWar.com, 26 March 2019; the date from the dateline "Dubai, March 26 (AFP) Mar 26, 2019" and the crisis, the air strike of Tuesday 26 March 2019 near Ritaf rural hospital, Saada province)', [
 ('Seven killed in Yemen', 'Seven', 'exact', 7, 'killed', 'Save the children', 'Yemen', {'aliases': STC}),
 ('At least seven people', 'At least seven', 'at_least', 7, 'killed', 'Save the children', 'Yemen', {'aliases': STC}),
 ('including four children', 'four', 'exact', 4, 'children', 'Save the children', 'Yemen', {'aliases': STC, 'partOf': 'At least seven'}),
 ('and eight injured', 'eight', 'exact', 8, 'injured', 'Save the children', 'Yemen', {'aliases': STC}),
 ('"Four children were', 'Four', 'exact', 4, 'children', 'Save the Children', 'Yemen', {'aliases': STC, 'partOf': 'seven'}),
 ('among seven people killed', 'seven', 'exact', 7, 'killed', 'Save the Children', 'Yemen', {'aliases': STC}),
 ('"Two other adults', 'Two', 'exact', 2, 'other', 'Save the Children', None, {'aliases': STC}),
 ('Around 10,000 people', 'Around 10,000', 'about', 10000, 'killed', 'the World Health Organization', None, {'aliases': WHO}),
 ('more than 60,000 wounded', 'more than 60,000', 'more_than', 60000, 'injured', 'the World Health Organization', None, {'aliases': WHO}),
 ('at more than 57,000', 'more than 57,000', 'more_than', 57000, 'killed', 'Action Against Hunger', None, {'aliases': AAH}),
])

DULAY = ['police', 'Federico Dulay', 'Dulay', 'North Cotabato provincial Police Chief Federico Dulay', 'provincial Police Chief']
D['philippines-north-cotabato-makilala-town-festival-bomb-at-least-12-killed-20-wounded-tacurong-five-ap-cbs'] = (
 'https://www.cbsnews.com/news/bomb-kills-at-least-12-in-philippines',
 'Bomb Kills At Least 12 In Philippines (AP copy, on CBS News; undated on the stored page; the crisis, the bomb at a town festival in Makilala, North Cotabato, and the market bomb in Tacurong the same Tuesday)', [
 ('Kills At Least 12', 'At Least 12', 'at_least', 12, 'killed', None, 'Philippines'),
 ('At least 12 people', 'At least 12', 'at_least', 12, 'killed', 'police', 'Philippines', {'aliases': DULAY}),
 ('another 20 wounded', '20', 'exact', 20, 'injured', 'police', 'Philippines', {'aliases': DULAY}),
 ('Ten other people died', 'Ten', 'exact', 10, 'killed', None, None),
 ('injured five people', 'five', 'exact', 5, 'injured', None, 'Tacurong'),
 ('by two unidentified men', 'two', 'exact', 2, 'fighters', None, None),
])


if __name__ == '__main__':
    build_set(D)
