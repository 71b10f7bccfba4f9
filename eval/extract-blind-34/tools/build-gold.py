"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

PH_BK = ['police and health officials', 'police', 'health officials', 'officials']
HAMEED = ['Dr Abdul Hameed', 'Abdul Hameed', 'Hameed', 'Barkhan District Health Officer', 'District Health Officer', 'health officials']
D['pakistan-balochistan-barkhan-rakhni-market-ied-blast-five-killed-13-wounded-tdminews-2023'] = (
 'https://tdminews.com/?p=219158',
 'Five killed, 13 wounded in blast in Rakhni market, Barkhan (tdminews.com, 2023; the stored page starts at the body and its address names no headline, so the title is taken from the lead; the year from the crisis, the IED blast of a Sunday morning in the Rakhni market, Barkhan, Balochistan, after the talks with the TTP broke down in November 2022)', [
 ('Five people were killed', 'Five', 'exact', 5, 'killed', 'police and health officials', 'Barkhan', {'aliases': PH_BK}),
 ('and 13 wounded', '13', 'exact', 13, 'injured', 'police and health officials', 'Barkhan', {'aliases': PH_BK}),
 ('increased to five', 'five', 'exact', 5, 'killed', 'Dr Abdul Hameed', None, {'aliases': HAMEED}),
 ('while 13 are injured', '13', 'exact', 13, 'injured', 'Dr Abdul Hameed', None, {'aliases': HAMEED}),
 ('of eight injured', 'eight', 'exact', 8, 'injured', 'Dr Abdul Hameed', None, {'aliases': HAMEED, 'partOf': '13'}),
])

OFF_CO = ['officials', 'a police official', 'police official', 'police']
D['colombia-cordoba-uraba-farc-ambush-seven-police-killed-five-wounded-pti-business-standard-2014'] = (
 'https://business-standard.com/article/pti-stories/seven-police-dead-in-colombia-ambush-114091700075_1.html',
 'Seven police dead in Colombia ambush (PTI, on Business Standard, 17 September 2014; the stored page starts at the body, so the title is taken from the address; the date from the address; the crisis, the ambush reported "yesterday" by a police official in the department of Cordoba)', [
 ('Seven police officers were killed', 'Seven', 'exact', 7, 'personnel', 'officials', 'Colombia', {'aliases': OFF_CO}),
 ('and five wounded', 'five', 'exact', 5, 'injured', 'officials', 'Colombia', {'aliases': OFF_CO}),
 ('killed 220,000 people', '220,000', 'exact', 220000, 'killed', None, None),
 ('more than five million to flee', 'more than five million', 'more_than', 5000000, 'fled', None, None),
])

CHEEMA = ['a top police official', 'top police official', 'Abdul Razzaq Cheema', 'Cheema', 'Mr Cheema', "Quetta's Deputy Inspector-General (DIG) of police", 'Deputy Inspector-General', 'DIG', 'police', 'the police']
D['pakistan-quetta-bacha-khan-chowk-police-vehicle-blast-five-killed-38-injured-pti-ndtv-2019'] = (
 'https://www.ndtv.com/world-news/5-killed-38-injured-in-blast-targeting-police-vehicle-in-balochistan-2077941',
 '5 killed, 38 injured in blast targeting police vehicle in Balochistan (PTI copy, on NDTV, 31 July 2019; the stored page starts at its standfirst, so the title is taken from the address; the date from the stored date line and the crisis, the blast of Tuesday 30 July 2019 at Bacha Khan Chowk, Quetta)', [
 ('has killed five people', 'five', 'exact', 5, 'killed', 'a top police official', 'Balochistan', {'aliases': CHEEMA}),
 ('including two Pakistani security personnel', 'two', 'exact', 2, 'personnel', 'a top police official', 'Balochistan', {'aliases': CHEEMA, 'partOf': 'five'}),
 ('injured 38 others', '38', 'exact', 38, 'injured', 'a top police official', 'Balochistan', {'aliases': CHEEMA}),
 ('Five people, including', 'Five', 'exact', 5, 'killed', None, None),
 ('including two cops', 'two', 'exact', 2, 'personnel', None, None, {'partOf': 'Five'}),
 ('and 38 others injured', '38', 'exact', 38, 'injured', None, None),
 ('Three people died', 'Three', 'exact', 3, 'killed', 'the police', None, {'aliases': CHEEMA}),
 ('at least six of them', 'at least six', 'at_least', 6, 'injured', None, None, {'partOf': '38'}),
])

D['brazil-rio-de-janeiro-vila-cruzeiro-police-raid-at-least-21-killed-seven-injured-al-mayadeen-2022'] = (
 'https://english.almayadeen.net/news/miscellaneous/brazil:-at-least-21-killed-during-police-raid-in-rio-favela',
 'Brazil: At least 21 killed during police raid in Rio favela (Al Mayadeen English, 24 May 2022; the date from the crisis, the raid of Tuesday 24 May 2022 on Vila Cruzeiro, Rio de Janeiro)', [
 ('At least 21 killed', 'At least 21', 'at_least', 21, 'killed', None, 'Rio'),
 ('killed more than 20 people', 'more than 20', 'more_than', 20, 'killed', 'authorities', 'Vila Cruzeiro', {'aliases': ['authorities', 'police']}),
 ('at least 21 people were killed', 'at least 21', 'at_least', 21, 'killed', None, 'Rio de Janeiro'),
 ('and seven were injured', 'seven', 'exact', 7, 'injured', None, 'Rio de Janeiro'),
 ('the death of 28 people', '28', 'exact', 28, 'killed', None, 'Jacarezinho'),
])

AUTH_RO_BG = ['Romanian and Bulgarian authorities', 'authorities', 'Romanian authorities', 'Bulgarian authorities']
OPREA = ['Gabriel Oprea', 'Oprea', "Romania's Interior Minister Gabriel Oprea", 'Interior Minister', 'interior minister']
D['romania-bulgaria-arges-gabrovo-floods-kill-three-four-missing-afp-naharnet-2014'] = (
 'https://naharnet.com/stories/en/141163-east-europe-flooding-kills-three-displaces-hundreds',
 'East Europe Flooding Kills Three, Displaces Hundreds (AFP copy, on Naharnet, 2014; the year from the crisis, the flash floods in Arges and Gorj, Romania, and Gabrovo, Bulgaria, while Gabriel Oprea was Romania\'s interior minister and Victor Ponta its prime minister)', [
 ('Kills Three', 'Three', 'exact', 3, 'killed', None, 'East Europe'),
 ('Displaces Hundreds', 'Hundreds', 'vague', 'hundreds', 'displaced', None, 'East Europe'),
 ('has killed three people', 'three', 'exact', 3, 'killed', 'Romanian and Bulgarian authorities', 'eastern Europe', {'aliases': AUTH_RO_BG}),
 ('a further four missing', 'four', 'exact', 4, 'other', 'Romanian and Bulgarian authorities', 'eastern Europe', {'aliases': AUTH_RO_BG}),
 ('more than 400 people were rescued', 'more than 400', 'more_than', 400, 'other', 'Gabriel Oprea', None, {'aliases': OPREA}),
 ('More than 2,000 police and firefighters', 'More than 2,000', 'more_than', 2000, 'personnel', 'Gabriel Oprea', None, {'aliases': OPREA}),
 ('Three hundred people who had been evacuated', 'Three hundred', 'exact', 300, 'fled', None, 'Novaci'),
])

RASIKH = ['a provincial official', 'provincial official', 'official', 'Marouf Rasikh', 'Rasikh', 'provincial spokesman', 'provincial spokesman Marouf Rasikh']
D['afghanistan-badakhshan-arghanj-khowa-avalanche-kills-35-afp-terradaily-2010'] = (
 'http://terradaily.com/reports/Afghan_avalanche_kills_35_people_official_999.html',
 'Afghan avalanche kills 35 people: official (AFP, on TerraDaily, 23 March 2010; the date from the dateline "Kunduz, Afghanistan (AFP) March 23, 2010"; the crisis, the avalanche of 2 March 2010 in Arghanj Khowa district, Badakhshan)', [
 ('kills 35 people', '35', 'exact', 35, 'killed', 'official', None, {'aliases': RASIKH}),
 ('ago, killing 35 people', '35', 'exact', 35, 'killed', 'a provincial official', 'Afghanistan', {'aliases': RASIKH}),
 ('district killing 35 people', '35', 'exact', 35, 'killed', 'Marouf Rasikh', 'Arghanj Khowa', {'aliases': RASIKH}),
])

SANCHEZ = ['Julio Sanchez', 'Sanchez', 'Volunteer fire brigade spokesman Julio Sanchez', 'volunteer fire brigade', 'fire brigade', 'The Telegraph', 'Telegraph']
D['guatemala-santa-catarina-pinula-el-cambray-landslide-more-than-100-dead-300-missing-latin-one-2015'] = (
 'https://latinone.com/amp/articles/24812/20151005/guatemala-landslide-death-toll-more-100-over-300-bodies-still.htm',
 'Guatemala Landslide Death Toll More Than 100; Over 300 Bodies Still Missing (Latin One, 5 October 2015; the date from the address and the crisis, the landslide of Thursday 1 October 2015 on El Cambray II, Santa Catarina Pinula)', [
 ('Death Toll More Than 100', 'More Than 100', 'more_than', 100, 'killed', None, 'Guatemala'),
 ('Over 300 Bodies', 'Over 300', 'more_than', 300, 'other', None, 'Guatemala'),
 ('More than 100 people were killed', 'More than 100', 'more_than', 100, 'killed', None, 'Guatemala'),
 ('over 300 are still missing', 'over 300', 'more_than', 300, 'other', None, 'Guatemala'),
 ('at least 131 individuals', 'at least 131', 'at_least', 131, 'killed', 'Julio Sanchez', None, {'aliases': SANCHEZ}),
 ('with several young children', 'several', 'vague', 'several', 'children', 'Julio Sanchez', None, {'aliases': SANCHEZ, 'partOf': 'at least 131'}),
 ('the hundreds of missing', 'hundreds', 'vague', 'hundreds', 'other', None, None),
])

D['india-orissa-rayagada-koraput-kalahandi-cholera-deaths-reach-115-scienceinfo-2007'] = (
 'https://scienceinfo.net/cholera-epidemic-raging-in-eastern-india.html',
 'Cholera epidemic raging in eastern India (scienceinfo.net; the page gives no date; the year from the crisis, the cholera outbreak of 2007 that began in Kashipur, Rayagada district, Orissa)', [
 ('has reached 115 people', '115', 'exact', 115, 'killed', 'local authorities', 'Orissa', {'aliases': ['local authorities', 'authorities']}),
 ('35 people have died', '35', 'exact', 35, 'killed', None, None),
 ('more than 2,000 people were hospitalized', 'more than 2,000', 'more_than', 2000, 'other', 'local officials', None, {'aliases': ['local officials', 'officials']}),
 ('higher than 200 people', 'higher than 200', 'more_than', 200, 'killed', 'unofficial sources', None),
 ('at least 64 people died here', 'at least 64', 'at_least', 64, 'killed', 'A senior regional health official', 'Kashipur', {'aliases': ['A senior regional health official', 'senior regional health official', 'regional health official', 'health official']}),
 ('at least 31 cases', 'at least 31', 'at_least', 31, 'other', 'Health officials', None, {'aliases': ['Health officials', 'health officials']}),
])


if __name__ == '__main__':
    build_set(D)
