"""Builds <slug>.txt and <slug>.gold.json from hand annotations (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


RSF = ['Rapid Support Forces', 'RSF']
ACTIVISTS = ['pro-democracy activist group', 'Madani Resistance Committee']
MALI_ARMY = ['Malian army', 'army', 'general staff']
HRW = ['Human Rights Watch', 'HRW', 'NGO Human Rights Watch']
US_OFFICIALS = ['U.S. officials', 'US officials']
TALIBAN = ['Taliban official', 'A Taliban official']
HOSPITAL = ['surgical hospital run by an Italian charity', 'surgical hospital', 'Italian charity']
BAIG = ['Dr Wasim Baig', 'Wasim Baig', 'Quetta Trauma Centre']
KASI = ['Dr Arbab Kamran Kasi', 'Arbab Kamran Kasi', 'Managing Director of the trauma centre']
SHAFQAAT = ['Quetta Division Commissioner Hamza Shafqaat', 'Hamza Shafqaat', 'Shafqaat', 'Quetta Division Commissioner']
UNHCR_CI = ['UNHCR spokesperson', 'UNHCR']
MRTV = ['MRTV state television', 'MRTV', 'state television']
OCHA = ['UN Office for the Coordination of Humanitarian Affairs', 'OCHA']
ARMY_IN = ['Army', 'the Army']
SOUMAILA = ['Ambdilwahedou Soumaila', 'Soumaila', 'mayor of Mayotte’s capital Mamoudzou']
RETAILLEAU = ['Bruno Retailleau', 'Retailleau', 'his office']
DIPLOMATS = ['multiple Arab diplomats', 'Arab diplomats', 'AFP']
SAUDI = ['Saudi authorities']
ANTE_MORTEM = ['ante mortem offices of the National Police and Civil Guard', 'ante mortem offices', 'National Police', 'Civil Guard']
CECOPI = ['CECOPI', 'Integrated Operational Coordination Centre']

D = {}
D['sudan-wad-al-noura-rsf-attack-nowviba-2024'] = (
 'https://nowviba.com/templates/article/Sudanese-RSF-paramilitaries-clash-with-the-army--leaving-at-least-100-people-dead/6429',
 'Sudanese RSF paramilitaries clash with the army, leaving at least 100 people dead (nowviba, June 2024; title from the page address)', [
 ('deaths of at least 100', 'at least 100', 'at_least', 100, 'killed', 'pro-democracy activist group', 'Sudan', {'aliases': ACTIVISTS}),
 ('left 150 people dead', '150', 'exact', 150, 'killed', None, 'Wad al-Noura'),
 ('and 200 injured', '200', 'exact', 200, 'injured', None, 'Wad al-Noura'),
 ('burying more than 120', 'more than 120', 'more_than', 120, 'killed', 'witness', 'Wad al-Noura', {'aliases': ['One witness']}),
 ('eight of their fighters', 'eight', 'exact', 8, 'fighters', 'RSF', 'Wad al-Noura', {'aliases': RSF}),
 ('several others injured', 'several', 'vague', 'several', 'injured', 'RSF', 'Wad al-Noura', {'aliases': RSF}),
 ('displaced over 7 million', 'over 7 million', 'more_than', 7000000, 'displaced', None, None),
])
D['mali-moura-massacre-army-and-hrw-tolls-time-news-2022'] = (
 'https://time.news/?p=358322',
 'Mali: what we know about the alleged Moura massacre (time.news, April 2022)', [
 ('elimination of 203 jihadists', '203', 'exact', 203, 'fighters', 'Malian army', 'Moura', {'aliases': MALI_ARMY}),
 ('execution of 300 civilians', '300', 'exact', 300, 'killed', 'Human Rights Watch', 'Moura', {'aliases': HRW}),
 ('several thousand inhabitants', 'several thousand', 'vague', 'several thousand', 'population', 'general staff', 'Moura', {'aliases': MALI_ARMY}),
 ('Apart from 203', '203', 'exact', 203, 'fighters', 'general staff', None, {'aliases': MALI_ARMY}),
 ('51 others were captured', '51', 'exact', 51, 'fighters', 'general staff', None, {'aliases': MALI_ARMY}),
])
D['india-manipur-meiteis-back-from-myanmar-nenow-2023'] = (
 'https://nenow.in/north-east-news/manipur/manipur-crisis-188-displaced-meiteis-returned-from-myanmar-sheltered-relief-camp-kakching.html',
 'Manipur crisis: 188 displaced Meiteis returned from Myanmar sheltered relief camp Kakching (Northeast Now, 28 August 2023; title from the page address)', [
 ('total of 188', '188', 'exact', 188, 'displaced', None, 'Kakching'),
 ('These 188', '188', 'exact', 188, 'fled', None, 'Myanmar'),
 ('over 500 people', 'over 500', 'more_than', 500, 'fled', None, 'Moreh'),
 ('Over 400 Meiteis', 'Over 400', 'more_than', 400, 'refugees', None, 'Manipur'),
 ('Over 150 individuals', 'Over 150', 'more_than', 150, 'killed', None, 'Manipur'),
 ('over 60, 000', 'over 60, 000', 'more_than', 60000, 'displaced', None, 'Manipur'),
])
D['afghanistan-kabul-airport-gate-bombing-infobalkans-2021'] = (
 'https://infobalkans.com/2021/08/25/civilians-us-troops-among-dozens-killed-kabul-airport-attack',
 'Civilians, US troops among dozens killed in Kabul airport attack (infobalkans, August 2021)', [
 ('among dozens killed', 'dozens', 'vague', 'dozens', 'killed', None, 'Kabul'),
 ('increased to 12', '12', 'exact', 12, 'personnel', 'U.S. officials', 'Kabul', {'aliases': US_OFFICIALS}),
 ('showed dozens of bodies', 'dozens', 'vague', 'dozens', 'killed', None, None),
 ('at least 13 people', 'at least 13', 'at_least', 13, 'killed', 'Taliban official', None, {'aliases': TALIBAN}),
 ('and 52 were wounded', '52', 'exact', 52, 'injured', 'Taliban official', None, {'aliases': TALIBAN}),
 ('alone was treating more than 60', 'more than 60', 'more_than', 60, 'injured', 'surgical hospital run by an Italian charity', None, {'aliases': HOSPITAL}),
 ('it was treating more than 60', 'more than 60', 'more_than', 60, 'injured', 'surgical hospital run by an Italian charity', None, {'aliases': HOSPITAL}),
])
D['pakistan-quetta-railway-station-bombing-tribune-india-2024'] = (
 'https://tribuneindia.com/news/world/14-soldiers-among-27-killed-in-pakistan-railway-station-blast',
 '14 soldiers among 27 killed in Pakistan railway station blast (The Tribune, India, November 2024)', [
 ('14 soldiers among', '14', 'exact', 14, 'personnel', None, 'Pakistan', {'partOf': '27'}),
 ('among 27 killed', '27', 'exact', 27, 'killed', None, 'Pakistan'),
 ('At least 27 people', 'At least 27', 'at_least', 27, 'killed', 'officials', 'Balochistan'),
 ('including 14 security forces', '14', 'exact', 14, 'personnel', 'officials', 'Balochistan', {'partOf': 'At least 27'}),
 ('62 others injured', '62', 'exact', 62, 'injured', 'officials', 'Balochistan'),
 ('around 100 people', 'around 100', 'about', 100, 'other', None, 'Quetta'),
 ('received 27 bodies', '27', 'exact', 27, 'killed', 'Wasim Baig', 'Quetta', {'aliases': BAIG}),
 ('at least 62 people', 'at least 62', 'at_least', 62, 'injured', 'Wasim Baig', 'Quetta', {'aliases': BAIG}),
 ('several wounded individuals', 'several', 'vague', 'several', 'injured', 'Arbab Kamran Kasi', None, {'aliases': KASI}),
 ('around 14 members', 'around 14', 'about', 14, 'personnel', 'Hamza Shafqaat', None, {'aliases': SHAFQAAT}),
 ('dozens more among', 'dozens', 'vague', 'dozens', 'injured', 'Hamza Shafqaat', None, {'aliases': SHAFQAAT}),
])
D['cote-divoire-refugees-liberia-ghana-togo-unhcr-2011'] = (
 'http://ionglobaltrends.com/2011/04/cote-divoire-exodus-into-neighbouring.html',
 "Côte d'Ivoire exodus into neighbouring ... (UNHCR briefing notes, April 2011, republished by ionglobaltrends; title from the page address, which cuts it)", [
 ('thousands of refugees', 'thousands', 'vague', 'thousands', 'refugees', 'UNHCR spokesperson', "Côte d'Ivoire", {'aliases': UNHCR_CI}),
 ('Close to 150,000', 'Close to 150,000', 'about', 150000, 'refugees', 'UNHCR spokesperson', 'West Africa', {'aliases': UNHCR_CI}),
 ('(135,000)', '135,000', 'exact', 135000, 'refugees', 'UNHCR spokesperson', 'Liberia', {'aliases': UNHCR_CI}),
 ('over 4,500 Ivorians', 'over 4,500', 'more_than', 4500, 'fled', 'UNHCR spokesperson', 'Maryland', {'aliases': UNHCR_CI}),
 ('Two refugees', 'Two', 'exact', 2, 'injured', 'UNHCR spokesperson', 'Maryland', {'aliases': UNHCR_CI}),
 ('over 800 people', 'over 800', 'more_than', 800, 'killed', 'UNHCR spokesperson', 'Douékoué', {'aliases': UNHCR_CI}),
 ('Some 2,000', 'Some 2,000', 'about', 2000, 'fled', 'UNHCR spokesperson', 'Ghana', {'aliases': UNHCR_CI}),
 ('total there to 7,200', '7,200', 'exact', 7200, 'refugees', 'UNHCR spokesperson', 'Ghana', {'aliases': UNHCR_CI}),
 ('446 refugees', '446', 'exact', 446, 'refugees', 'UNHCR spokesperson', 'Ghana', {'aliases': UNHCR_CI}),
 ('some 200 Ivorians', 'some 200', 'about', 200, 'fled', 'UNHCR spokesperson', 'Togo', {'aliases': UNHCR_CI}),
 ('total to 2,300', '2,300', 'exact', 2300, 'refugees', 'UNHCR spokesperson', 'Togo', {'aliases': UNHCR_CI}),
])
D['myanmar-cyclone-mocha-official-toll-yahoo-2023'] = (
 'https://au.sports.yahoo.com/myanmars-death-toll-cyclone-mocha-082854728.html',
 "Myanmar's death toll from Cyclone Mocha reaches 145 (Yahoo News Australia, May 2023)", [
 ('reaches 145', '145', 'exact', 145, 'killed', None, 'Myanmar'),
 ('at least 145', 'at least 145', 'at_least', 145, 'killed', 'state television', 'Myanmar', {'aliases': MRTV}),
 ('including 117 members', '117', 'exact', 117, 'killed', 'state television', 'Myanmar', {'aliases': MRTV, 'partOf': 'at least 145'}),
 ('surpassing 400', 'surpassing 400', 'more_than', 400, 'killed', None, None),
 ('"Millions of people', 'Millions', 'vague', 'millions', 'population', 'UN Office for the Coordination of Humanitarian Affairs', None, {'aliases': OCHA}),
 ('four soldiers', 'four', 'exact', 4, 'personnel', 'MRTV', 'Rakhine', {'aliases': MRTV}),
 ('24 local residents', '24', 'exact', 24, 'killed', 'MRTV', 'Rakhine', {'aliases': MRTV}),
 ('the 117 Rohingya', '117', 'exact', 117, 'killed', 'MRTV', 'Rakhine', {'aliases': MRTV}),
 ('evacuated 63,302', '63,302', 'exact', 63302, 'fled', 'MRTV', None, {'aliases': MRTV, 'partOf': '125,789'}),
 ('the 125,789 Rohingya', '125,789', 'exact', 125789, 'displaced', 'MRTV', None, {'aliases': MRTV}),
])
D['india-wayanad-landslides-second-day-new-indian-express-2024'] = (
 'https://www.newindianexpress.com/states/kerala/2024/Jul/31/day-2-wayanad-landslides-over-170-dead-225-missing-army-recovers-89-bodies-rescues-1000-people',
 'Day 2 Wayanad landslides: over 170 dead, 225 missing, Army recovers 89 bodies, rescues 1000 people (The New Indian Express, 31 July 2024; title from the page address)', [
 ('risen to 174', '174', 'exact', 174, 'killed', None, 'Wayanad'),
 ('at least 225', 'at least 225', 'at_least', 225, 'other', None, 'Wayanad'),
 ('Hundreds have been injured', 'Hundreds', 'vague', 'hundreds', 'injured', None, 'Wayanad'),
 ('thousands have been displaced', 'thousands', 'vague', 'thousands', 'displaced', None, 'Wayanad'),
 ('With hundreds trapped', 'hundreds', 'vague', 'hundreds', 'trapped', None, None),
 ('around 89 bodies', 'around 89', 'about', 89, 'killed', 'Army', None, {'aliases': ARMY_IN}),
 ('nearly 1,000 people', 'nearly 1,000', 'about', 1000, 'other', 'Army', None, {'aliases': ARMY_IN}),
 ('several people may', 'several', 'vague', 'several', 'trapped', None, None),
])
D['mayotte-cyclone-chido-first-toll-pioneernewz-2024'] = (
 'https://pioneernewz.com/at-least-14-killed-as-cyclone-chido-devastates-mayotte-2',
 'At least 14 killed as cyclone Chido devastates Mayotte (pioneernewz, December 2024; title from the page address)', [
 ('At least 14 people', 'At least 14', 'at_least', 14, 'killed', 'authorities', 'Mayotte'),
 ('The toll of 14', '14', 'exact', 14, 'killed', 'security source', None, {'aliases': ['a security source']}),
 ('Nine people', 'Nine', 'exact', 9, 'injured', 'Ambdilwahedou Soumaila', 'Mamoudzou', {'aliases': SOUMAILA}),
 ('246 more', '246', 'exact', 246, 'injured', 'Ambdilwahedou Soumaila', 'Mamoudzou', {'aliases': SOUMAILA}),
 ('320,000 residents', '320,000', 'exact', 320000, 'population', None, 'Mayotte'),
 ('alongside 160 soldiers', '160', 'exact', 160, 'personnel', 'Bruno Retailleau', 'Mayotte', {'aliases': RETAILLEAU}),
 ('the 110 already', '110', 'exact', 110, 'personnel', 'Bruno Retailleau', 'Mayotte', {'aliases': RETAILLEAU}),
])
D['rwanda-marburg-who-outbreak-news-october-2024'] = (
 'https://healthandfamily.in/?p=48780',
 'Marburg virus disease – Rwanda (WHO Disease Outbreak News, 25 October 2024, republished by healthandfamily.in)', [
 ('two additional', 'two', 'exact', 2, 'other', None, 'Rwanda'),
 ('total of 64', '64', 'exact', 64, 'other', None, 'Rwanda'),
 ('including 15 deaths', '15', 'exact', 15, 'killed', None, 'Rwanda', {'partOf': '64'}),
 ('CFR: 23.4%', '23.4%', 'exact', 23.4, 'other', None, 'Rwanda', {'pct': True}),
 ('70% of the 62', '70%', 'exact', 70, 'other', None, 'Rwanda', {'pct': True}),
 ('of the 62 initially', '62', 'exact', 62, 'other', None, 'Rwanda'),
 ('and 48%', '48%', 'exact', 48, 'other', None, 'Rwanda', {'pct': True}),
 ('over 82%', 'over 82%', 'more_than', 82, 'other', None, 'Kigali', {'pct': True}),
 ('with 26 cases', '26', 'exact', 26, 'other', None, None),
 ('and 23 cases', '23', 'exact', 23, 'other', None, None),
 ('with 12 and one', '12', 'exact', 12, 'other', None, None),
 ('12 and one cases', 'one', 'exact', 1, 'other', None, None),
 ('46 confirmed cases', '46', 'exact', 46, 'other', None, None),
 ('and three cases', 'three', 'exact', 3, 'other', None, None),
 ('The 62 confirmed', '62', 'exact', 62, 'other', None, None),
])
D['saudi-arabia-hajj-heat-deaths-fnnewsglobal-2024'] = (
 'https://fnnewsglobal.com/world/article/443699',
 'At least 550 Hajj pilgrims confirmed dead in Mecca, most from the heat (FN News Global, June 2024; the stored page has no headline, this title describes it)', [
 ('At least 550 people among', 'At least 550', 'at_least', 550, 'killed', None, 'Mecca'),
 ('at least 550 people, including', 'at least 550', 'at_least', 550, 'killed', 'Arab diplomats', None, {'aliases': DIPLOMATS}),
 ('at least 323', 'at least 323', 'at_least', 323, 'killed', 'Arab diplomats', None, {'aliases': DIPLOMATS, 'partOf': 'at least 550'}),
 ('and 60 Jordanians', '60', 'exact', 60, 'killed', 'Arab diplomats', None, {'aliases': DIPLOMATS, 'partOf': 'at least 550'}),
 ('is 577', '577', 'exact', 577, 'killed', 'AFP', None, {'aliases': ['AFP’s tally']}),
 ('for one Egyptian', 'one', 'exact', 1, 'killed', 'diplomat', None, {'aliases': ['A diplomat']}),
 ('about 1.8 million', 'about 1.8 million', 'about', 1800000, 'other', 'Saudi authorities', None, {'aliases': SAUDI}),
 ('and 1.6 million', '1.6 million', 'exact', 1600000, 'other', 'Saudi authorities', None, {'aliases': SAUDI, 'partOf': 'about 1.8 million'}),
 ('more than 2,000 pilgrims', 'more than 2,000', 'more_than', 2000, 'other', 'Saudi authorities', None, {'aliases': SAUDI}),
])
D['spain-valencia-floods-missing-valencialife-2024'] = (
 'https://valencialife.es/89-confirmed-missing-after-valencia-flooding',
 '89 confirmed missing after Valencia flooding (Valencia Life, November 2024)', [
 ('89 confirmed missing', '89', 'exact', 89, 'other', None, 'Valencia'),
 ('confirm 89 people', '89', 'exact', 89, 'other', 'Officials', 'Valencia'),
 ('unchanged at 211', '211', 'exact', 211, 'killed', None, 'Valencia'),
 ('there are 89 active', '89', 'exact', 89, 'other', 'Officials', 'Valencia'),
 ('on 195 deceased', '195', 'exact', 195, 'killed', 'ante mortem offices of the National Police and Civil Guard', None, {'aliases': ANTE_MORTEM}),
 ('with 133 of those', '133', 'exact', 133, 'killed', 'ante mortem offices of the National Police and Civil Guard', None, {'aliases': ANTE_MORTEM, 'partOf': '195'}),
 ('these 89 active', '89', 'exact', 89, 'other', 'officials', None),
 ('the 62 deceased', '62', 'exact', 62, 'killed', 'officials', None, {'partOf': '195'}),
 ('remains at 211', '211', 'exact', 211, 'killed', 'CECOPI', None, {'aliases': CECOPI}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-4: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
