"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

SHABAAB = ['Al-Shabaab', 'Al Shabaab', 'al-Shabab']
MUSAB = ['Sheikh Abdiasis Abu Musab', 'Abdiasis Abu Musab', 'Mr Musab', 'Musab', 'Al-Shabaab’s military operations spokesman', 'Al-Shabaab']
KDF = ['Kenyan Defence Forces', 'Kenya Defence Forces', 'KDF', 'A KDF statement', 'KDF statement', 'Colonel Paul Njugunam', 'Paul Njuguna']
D['kenya-somalia-kulbiyow-al-shabaab-base-attack-57-claimed-nine-kdf-owp-2017'] = (
 'https://theowp.org/al-shabaab-attack-on-kenyan-soldiers-leaves-dozens-dead/?share=email',
 'Al-Shabaab attack on Kenyan soldiers leaves dozens dead (The Organization for World Peace, January 2017; the date from the crisis, the attack of Friday 27 January 2017 on the Kulbiyow base)', [
 ('leaves dozens dead', 'dozens', 'vague', 'dozens', 'personnel', None, None),
 ('deaths of 57 Kenyan soldiers', '57', 'exact', 57, 'personnel', 'Al-Shabaab', 'Kulbiyow', {'aliases': SHABAAB}),
 ('the two fighters', 'two', 'exact', 2, 'fighters', 'Sheikh Abdiasis Abu Musab', None, {'aliases': MUSAB}),
 ('claim of 57 military deaths', '57', 'exact', 57, 'personnel', 'Al-Shabaab', None, {'aliases': SHABAAB}),
 ('“scores” of', 'scores', 'vague', 'scores', 'fighters', 'Kenyan Defence Forces', None, {'aliases': KDF}),
 ('deaths at nine', 'nine', 'exact', 9, 'killed', 'A KDF statement', None, {'aliases': KDF}),
 ('with 70 Al-Shabaab militants', '70', 'exact', 70, 'fighters', 'A KDF statement', None, {'aliases': KDF}),
 ('roughly 120 Kenyan soldiers', 'roughly 120', 'about', 120, 'personnel', None, None),
 ('killed more than 150 soldiers', 'more than 150', 'more_than', 150, 'personnel', None, 'El Adde'),
])

EYE_ADEN = ['eyewitnesses and medics', 'eyewitnesses', 'medics']
YAMANI = ['Niyar Yamani', 'Yamani', 'An emergency room doctor working in Aden', 'emergency room doctor', 'doctor']
D['yemen-aden-security-chief-home-suicide-car-bomb-four-guards-killed-12-wounded-eagle-news-2016'] = (
 'https://eaglenews.ph/car-bomb-in-yemeni-port-city-kills-four-injures-others',
 'Car bomb in Yemeni port city kills four, injures others (Eagle News, wire copy, 17 January 2016; the stored page starts at the body, so the title is taken from the address; the date from the text, Sunday (January 17), and the crisis, the bombing of Sunday 17 January 2016 in Aden)', [
 ('Four people were killed', 'Four', 'exact', 4, 'killed', 'eyewitnesses and medics', 'Aden', {'aliases': EYE_ADEN}),
 ('several others injured', 'several', 'vague', 'several', 'injured', 'eyewitnesses and medics', 'Aden', {'aliases': EYE_ADEN}),
 ('The four men killed were guards', 'four', 'exact', 4, 'personnel', None, None),
 ('said 12 injured people', '12', 'exact', 12, 'injured', 'An emergency room doctor working in Aden', 'Aden', {'aliases': YAMANI}),
 ('12 were wounded', '12', 'exact', 12, 'injured', 'Niyar Yamani', None, {'aliases': YAMANI}),
 ('including two critically', 'two', 'exact', 2, 'injured', 'Niyar Yamani', None, {'aliases': YAMANI, 'partOf': '12'}),
 ('killed around 6,000 people', 'around 6,000', 'about', 6000, 'killed', None, 'Yemen'),
])

XINHUA = ['Xinhua', 'the official Xinhua news agency', 'Xinhua news agency', 'CCTV', 'state broadcaster CCTV']
NAGANO = ['the Nagano prefecture government', 'Nagano prefecture government', 'Nagano prefecture', 'officials']
D['china-sichuan-kangding-and-japan-nagano-hakuba-earthquakes-42-children-hurt-al-jazeera-2014'] = (
 'http://www.aljazeera.com/news/asia-pacific/2014/11/earthquakes-strike-china-japan-20141123520295245.html',
 'Earthquakes strike China and Japan (Al Jazeera, 23 November 2014; the date from the address and the crises, the Kangding earthquake of Saturday 22 November 2014 in Sichuan and the Nagano earthquake of the same evening)', [
 ('kills at least four and', 'at least four', 'at_least', 4, 'killed', None, 'China'),
 ('injures scores', 'scores', 'vague', 'scores', 'injured', None, 'China'),
 ('dozens of injuries', 'dozens', 'vague', 'dozens', 'injured', None, 'Japan'),
 ('killing at least four people', 'at least four', 'at_least', 4, 'killed', 'officials', 'China'),
 ('scores of others', 'scores', 'vague', 'scores', 'injured', 'officials', 'China'),
 ('At least 54 were injured', 'At least 54', 'at_least', 54, 'injured', None, 'Kangding'),
 ('injured 42 children', '42', 'exact', 42, 'children', 'Xinhua', 'Tagong', {'aliases': XINHUA}),
 ('dozens of people were injured', 'dozens', 'vague', 'dozens', 'injured', None, 'Japan'),
 ('injured 39 people', '39', 'exact', 39, 'injured', 'Officials', None),
 ('including seven severe cases', 'seven', 'exact', 7, 'injured', 'Officials', None, {'partOf': '39'}),
 ('and 17 people injured', '17', 'exact', 17, 'injured', 'the Nagano prefecture government', 'Hakuba', {'aliases': NAGANO}),
])

TIMBAL = ['Mark Timbal', 'Timbal', 'NDRRMC spokesman Mark Timbal', 'NDRRMC spokesman', 'NDRRMC', 'The National Disaster Risk Reduction and Management Council', 'National Disaster Risk Reduction and Management Council']
D['philippines-typhoon-molave-at-least-nine-dead-12-missing-70000-in-evacuation-centres-bangkok-post-2020'] = (
 'https://www.bangkokpost.com/world/2009135/typhoon-kills-at-least-9-in-philippines-before-heading-to-vietnam',
 'Typhoon kills at least 9 in Philippines before heading to Vietnam (Bangkok Post, wire copy, 27 October 2020; the date from the text, the typhoon exiting on Tuesday, and the crisis, Typhoon Molave, which struck the Philippines on Sunday 25 October 2020)', [
 ('kills at least 9 in', 'at least 9', 'at_least', 9, 'killed', None, 'Philippines'),
 ('affected more than 900,000', 'more than 900,000', 'more_than', 900000, 'other', None, 'Philippines'),
 ('Thousands are still sheltering', 'Thousands', 'vague', 'thousands', 'displaced', None, None),
 ('At least three of the deaths', 'At least three', 'at_least', 3, 'killed', 'Mark Timbal', None, {'aliases': TIMBAL}),
 ('Twelve people, mostly fishermen', 'Twelve', 'exact', 12, 'other', None, None),
 ('More than 70,000 people remain', 'More than 70,000', 'more_than', 70000, 'displaced', None, None),
])

NDMO_FJ = ['the National Disaster Management Office', 'National Disaster Management Office', 'NDMO', 'Fiji National Disaster Management Office']
D['fiji-cyclone-tino-two-missing-more-than-3000-in-shelters-global-village-space-2020'] = (
 'https://www.globalvillagespace.com/cyclone-tino-wreaks-havoc-in-fiji-displacing-3000-to-shelters/',
 'Cyclone Tino wreaks havoc in Fiji, displacing 3,000 to shelters (Global Village Space, wire copy, January 2020; the stored page shows only the site\'s date banner of the day it was stored, so the date is from the crisis, Tropical Cyclone Tino of Friday 17 and Saturday 18 January 2020)', [
 ('displacing 3,000 to shelters', '3,000', 'exact', 3000, 'displaced', None, 'Fiji'),
 ('sent thousands to evacuation centres', 'thousands', 'vague', 'thousands', 'fled', None, None),
 ('two people were missing', 'two', 'exact', 2, 'other', None, 'Fiji'),
 ('more than 3,000 fled', 'more than 3,000', 'more_than', 3000, 'fled', None, 'Fiji'),
 ('thousands of displaced people', 'thousands', 'vague', 'thousands', 'displaced', None, 'Fiji'),
 ('said 3,115 sought', '3,115', 'exact', 3115, 'displaced', 'the National Disaster Management Office', 'Fiji', {'aliases': NDMO_FJ}),
])

PM_CM = ['the Prime Minister', 'Prime Minister', 'Joseph Dion Ngute', 'Dion Ngute', 'Ngute', 'the government']
WHO = ['the World Health Organisation', 'World Health Organisation', 'World Health Organization', 'WHO', 'the UN agency']
D['cameroon-cholera-140-deaths-7287-cases-since-october-2021-prime-minister-africanews-2022'] = (
 'https://www.africanews.com/2022/05/26/cholera-kills-140-people-in-seven-months-in-cameroon',
 'Cholera kills 140 people in seven months in Cameroon (Africanews, 26 May 2022; the stored page has no headline, so the title is taken from the address; the date from the address)', [
 ('140 people in Cameroon', '140', 'exact', 140, 'killed', 'the Prime Minister', 'Cameroon', {'aliases': PM_CM}),
 ('more than 7,000 cases', 'more than 7,000', 'more_than', 7000, 'other', 'the Prime Minister', 'Cameroon', {'aliases': PM_CM}),
 ('7,287 notified cases', '7,287', 'exact', 7287, 'other', 'Joseph Dion Ngute', None, {'aliases': PM_CM}),
 ('including 140 deaths', '140', 'exact', 140, 'killed', 'Joseph Dion Ngute', None, {'aliases': PM_CM, 'partOf': '7,287'}),
 ('62 deaths with', '62', 'exact', 62, 'killed', None, None, {'partOf': 'nearly 2,100'}),
 ('nearly 2,100 cases', 'nearly 2,100', 'about', 2100, 'other', None, None),
 ('killed 66 people in Cameroon', '66', 'exact', 66, 'killed', None, 'Cameroon'),
 ('1.3 to 4 million cases', '1.3 to 4 million', 'range', (1300000, 4000000), 'other', 'the World Health Organisation', None, {'aliases': WHO}),
 ('21,000 to 143,000 deaths', '21,000 to 143,000', 'range', (21000, 143000), 'killed', 'the World Health Organisation', None, {'aliases': WHO}),
])

POL_YALA = ['the police', 'police', 'Yala Police Colonel Poomphet Phiphatphetpoom', 'Poomphet Phiphatphetpoom', 'Poomphet']
D['thailand-yala-market-motorcycle-bomb-37-injured-narathiwat-ambush-eight-soldiers-dead-twocircles-2008'] = (
 'https://twocircles.net/2008jan15/bomb_blast_injures_37_thailands_troubled_south.html',
 'Bomb blast injures 37 in Thailand’s troubled south (TwoCircles.net, wire copy, 15 January 2008; the date from the address and the text, the bomb of Tuesday morning in Yala)', [
 ('injures 37 in', '37', 'exact', 37, 'injured', None, 'Thailand'),
 ('injuring 37 civilians', '37', 'exact', 37, 'injured', 'the police', 'Yala', {'aliases': POL_YALA}),
 ('six of whom', 'six', 'exact', 6, 'injured', 'the police', 'Yala', {'aliases': POL_YALA, 'partOf': '37'}),
 ('left eight soldiers dead', 'eight', 'exact', 8, 'personnel', None, 'Narathiwat'),
])

POL_HIL = ['police', 'police spokesman Capt. Muthanna Khaled', 'Capt. Muthanna Khaled', 'Muthanna Khaled', 'Khaled']
POL_WIT = ['Police and witnesses', 'police', 'witnesses']
TV_BAG = ['Baghdad television stations', 'television stations']
D['iraq-hillah-maktabat-market-twin-suicide-bombing-at-least-45-killed-150-wounded-ap-monterey-herald-2007'] = (
 'https://www.montereyherald.com/2007/02/02/suicide-bombers-kill-45-in-market/',
 'Suicide bombers kill 45 in market (AP, on The Monterey County Herald, 2 February 2007; the stored page has no headline, so the title is taken from the address; the date from the address and the crisis, the bombing of Thursday 1 February 2007 in Hillah)', [
 ('A pair of suicide bombers', 'A pair', 'exact', 2, 'fighters', 'police', None, {'aliases': POL_HIL}),
 ('killing at least 45 people', 'at least 45', 'at_least', 45, 'killed', 'police', None, {'aliases': POL_HIL}),
 ('wounding 150', '150', 'exact', 150, 'injured', 'police', None, {'aliases': POL_HIL}),
 ('killed at least 17 others', 'at least 17', 'at_least', 17, 'killed', None, 'Baghdad'),
 ('more than 100 people were killed', 'more than 100', 'more_than', 100, 'killed', None, None),
 ('the two bombers strolled', 'two', 'exact', 2, 'fighters', 'Police and witnesses', 'Hillah', {'aliases': POL_WIT}),
 ('as high as 57', 'as high as 57', 'up_to', 57, 'killed', 'Baghdad television stations', None, {'aliases': TV_BAG}),
])


if __name__ == '__main__':
    build_set(D)
