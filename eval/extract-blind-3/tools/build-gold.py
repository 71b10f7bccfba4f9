"""Builds <slug>.txt and <slug>.gold.json from hand annotations (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


ISHIKAWA = ['Ishikawa prefectural authorities', 'prefectural government', 'Ishikawa']
NDRRMC = ['NDRRMC']
ROMUALDEZ = ['Tacloban Mayor Alfred Romualdez', 'Romualdez', 'Tacloban mayor']
AQUINO = ['Aquino', 'President Benigno Aquino']
UNHCR_TZ = ['UN refugee']
EDWARDS = ['UNHCR spokesman Arian Edwards', 'Edwards', 'UNHCR', 'spokesman']
CIVIL_DEFENSE = ['Civil Defense of Rio Grande do Sul', 'state Civil Defense', 'latest bulletin']
HONCHARENKO = ['Kramatorsk mayor Oleksander Honcharenko', 'mayor of Kramatorsk', 'Honcharenko']
ZELENSKY = ['Ukrainian president Volodymyr Zelensky', 'Zelensky']
MOPH = ['Ministry of Health', 'Lebanese Ministry of Public Health']
COUNCIL = ["Council of Ministers", "Lebanese Presidency's Council of Ministers"]
SOURCES_BF = ['sources', 'security, humanitarian and local sources contacted by Le Monde']
COLLECTIF = ['collective']
MSF = ['MSF', 'international medical organisation Médecins Sans Frontières']
YAXLEY = ['UNHCR spokesperson Charlie Yaxley', 'Yaxley', 'UNHCR', 'UN Refugee Agency']

D = {}
D['japan-noto-peninsula-earthquake-yomiuri-2024'] = (
 'https://japannews.yomiuri.co.jp/society/noto-peninsula-earthquake/20240109-160795/',
 'Japan’s Noto Peninsula Quake Death Toll Exceeds 200 (The Yomiuri Shimbun, 9 January 2024)', [
 ('Exceeds 200', 'Exceeds 200', 'more_than', 200, 'killed', None, 'Noto Peninsula'),
 ('climbed to 202', '202', 'exact', 202, 'killed', 'Ishikawa prefectural government', 'Noto Peninsula', {'aliases': ISHIKAWA}),
 ('reduced to 102', '102', 'exact', 102, 'other', 'Ishikawa prefectural government', 'Ishikawa', {'aliases': ISHIKAWA}),
 ('Of the 202 deaths', '202', 'exact', 202, 'killed', None, None),
 ('91 were in Suzu', '91', 'exact', 91, 'killed', None, 'Suzu', {'partOf': '202'}),
 ('81 were in Wajima', '81', 'exact', 81, 'killed', None, 'Wajima', {'partOf': '202'}),
 ('20 were in Anamizu', '20', 'exact', 20, 'killed', None, 'Anamizu', {'partOf': '202'}),
 ('five were in Nanao', 'five', 'exact', 5, 'killed', None, 'Nanao', {'partOf': '202'}),
 ('had two deaths each', 'two', 'exact', 2, 'killed', None, 'Shika', {'partOf': '202'}),
 ('one death was confirmed in Hakui', 'one', 'exact', 1, 'killed', None, 'Hakui', {'partOf': '202'}),
 ('About 28,000', 'About 28,000', 'about', 28000, 'displaced', None, None),
 ('about 150 police officers', 'about 150', 'about', 150, 'other', None, 'Wajima'),
 ('Only 15 took shelter', '15', 'exact', 15, 'displaced', None, 'Kanazawa'),
])
D['philippines-typhoon-haiyan-toll-abs-cbn-2013'] = (
 'https://news.abs-cbn.com/nation/11/15/13/typhoon-death-toll-nears-4000-ndrrmc',
 'Typhoon death toll nears 4,000: NDRRMC (ABS-CBN News, 15 November 2013)', [
 ('nears 4,000', 'nears 4,000', 'about', 4000, 'killed', 'NDRRMC', None),
 ('says 4,000 dead', '4,000', 'exact', 4000, 'killed', 'Alfred Romualdez', 'Tacloban', {'aliases': ROMUALDEZ}),
 ('reached 3,621', '3,621', 'exact', 3621, 'killed', 'National Disaster Risk Reduction and Management Council', None, {'aliases': NDRRMC}),
 ('at 4,000, up', '4,000', 'estimated', 4000, 'killed', 'Tacloban City Hall', 'Tacloban', {'aliases': ['notice board in Tacloban City Hall']}),
 ('from 2,000 a day', '2,000', 'exact', 2000, 'killed', 'Tacloban City Hall', 'Tacloban', {'aliases': ['notice board in Tacloban City Hall']}),
 ('between 10,000 and 12,000', 'between 10,000 and 12,000', 'range', (10000, 12000), 'population', 'Alfred Romualdez', None, {'aliases': ROMUALDEZ}),
 ('2,000 or 2,500', '2,000 or 2,500', 'range', (2000, 2500), 'killed', 'Benigno Aquino', None, {'aliases': AQUINO}),
 ('at 4,460', '4,460', 'exact', 4460, 'killed', 'United Nations', None),
])
D['uganda-ebola-sudan-virus-mubende-echo-2022'] = (
 'https://reliefweb.int/report/uganda/uganda-ebola-outbreak-update-dg-echo-ministry-health-who-ngo-media-echo-daily-flash-26-september-2022',
 'Uganda – Ebola outbreak update (ECHO Daily Flash, 26 September 2022)', [
 ('reports 36 Ebola', '36', 'exact', 36, 'other', 'Minister of Health', 'Mubende'),
 ('18 confirmed', '18', 'exact', 18, 'other', 'Minister of Health', 'Mubende', {'partOf': '36'}),
 ('18 suspected', '18', 'exact', 18, 'other', 'Minister of Health', 'Mubende', {'partOf': '36'}),
 ('23 cumulative deaths', '23', 'exact', 23, 'killed', 'Minister of Health', 'Mubende'),
 ('4 confirmed', '4', 'exact', 4, 'killed', 'Minister of Health', 'Mubende', {'partOf': '23'}),
 ('19 probable', '19', 'exact', 19, 'killed', 'Minister of Health', 'Mubende', {'partOf': '23'}),
 ('399 contact', '399', 'exact', 399, 'other', None, 'Mubende'),
 ('104 under', '104', 'exact', 104, 'other', None, 'Mubende', {'partOf': '399'}),
])
D['tanzania-kagunga-cholera-burundian-refugees-unhcr-2015'] = (
 'https://webarchive.archive.unhcr.org/20160218003522mp_/http://www.unhcr.org/555f013e9.html',
 'Cholera epidemic claims 31 lives in Tanzania, including 29 Burundian refugees (UNHCR News Stories, 22 May 2015)', [
 ('claims 31 lives', '31', 'exact', 31, 'killed', None, 'Tanzania'),
 ('including 29 Burundian', '29', 'exact', 29, 'killed', None, 'Tanzania', {'partOf': '31'}),
 ('killed two local', 'two', 'exact', 2, 'killed', 'UNHCR', 'Kagunga', {'aliases': UNHCR_TZ}),
 ('and 29 Burundian', '29', 'exact', 29, 'killed', 'UNHCR', 'Kagunga', {'aliases': UNHCR_TZ}),
 ('thousands of Burundians', 'thousands', 'vague', 'thousands', 'fled', 'Arian Edwards', None, {'aliases': EDWARDS}),
 ('some 3,000 cases', 'some 3,000', 'about', 3000, 'other', 'Arian Edwards', 'Kagunga', {'aliases': EDWARDS}),
 ('300-400 new cases', '300-400', 'range', (300, 400), 'other', 'Arian Edwards', 'Kagunga', {'aliases': EDWARDS}),
])
D['brazil-rio-grande-do-sul-floods-civil-defense-2024'] = (
 'https://brazil.postsen.com/local/600949/Civil-Defense-releases-names-of-dead-and-missing-people-in-RS%3B-see-list.html',
 'Civil Defense releases names of dead and missing people in RS (Brazil Posts, 9 May 2024)', [
 ('6pm, 107 deaths', '107', 'exact', 107, 'killed', 'Civil Defense', None, {'aliases': CIVIL_DEFENSE}),
 ('reaches 134', '134', 'exact', 134, 'other', None, None),
 ('more than 163 thousand', 'more than 163 thousand', 'more_than', 163000, 'displaced', 'Civil Defense', 'Rio Grande do Sul', {'aliases': CIVIL_DEFENSE}),
 ('to 327,105', '327,105', 'exact', 327105, 'displaced', 'Civil Defense', 'Rio Grande do Sul', {'aliases': CIVIL_DEFENSE}),
 ('1.74 million', '1.74 million', 'exact', 1740000, 'other', None, 'Rio Grande do Sul'),
])
D['ukraine-kramatorsk-station-rocket-attack-2022'] = (
 'https://inews.co.uk/news/ukraine-war-kramatorsk-train-station-russia-rocket-attack-deaths-1564134',
 'Ukraine: Children among dead in rocket attack at Kramatorsk train station used by refugees fleeing war (i news, 8 April 2022)', [
 ('Around 4,000 people were at the railway', 'Around 4,000', 'about', 4000, 'other', 'officials', None),
 ('Dozens of people', 'Dozens', 'vague', 'dozens', 'killed', None, 'Ukraine'),
 ('at least five children', 'at least five', 'at_least', 5, 'children', None, 'Ukraine'),
 ('saying that 40', '40', 'exact', 40, 'killed', 'Oleksander Honcharenko', 'Kramatorsk', {'aliases': HONCHARENKO}),
 ('figure at 50', '50', 'exact', 50, 'killed', 'director of the Donestsk region', 'Kramatorsk'),
 ('further 100', '100', 'exact', 100, 'injured', 'Volodymyr Zelensky', 'Kramatorsk', {'aliases': ZELENSKY}),
 ('Around 4,000 people were at the train', 'Around 4,000', 'about', 4000, 'other', 'Oleksander Honcharenko', 'Kramatorsk', {'aliases': HONCHARENKO}),
])
D['lebanon-israeli-attacks-health-ministry-toll-2024'] = (
 'https://viralnews.memeiros.com/2024/11/at-least-59-killed-in-24-hours-in-more.html',
 'At Least 59 Killed In 24 Hours In More Than 100 Israeli Attacks In Lebanon (November 2024)', [
 ('At Least 59', 'At Least 59', 'at_least', 59, 'killed', None, 'Lebanon'),
 ('More Than 100', 'More Than 100', 'more_than', 100, 'airstrikes', None, 'Lebanon'),
 ('the 59 dead', '59', 'exact', 59, 'killed', 'Lebanese Ministry of Public Health', None, {'aliases': MOPH}),
 ('182 people', '182', 'exact', 182, 'injured', 'Lebanese Ministry of Public Health', None, {'aliases': MOPH}),
 ('3,445 dead', '3,445', 'exact', 3445, 'killed', 'Lebanese Ministry of Public Health', None, {'aliases': MOPH}),
 ('223 of whom', '223', 'exact', 223, 'children', 'Lebanese Ministry of Public Health', None, {'aliases': MOPH, 'partOf': '3,445'}),
 ('666 were women', '666', 'exact', 666, 'killed', 'Lebanese Ministry of Public Health', None, {'aliases': MOPH, 'partOf': '3,445'}),
 ('14,599 injured', '14,599', 'exact', 14599, 'injured', 'Lebanese Ministry of Public Health', None, {'aliases': MOPH}),
 ('116 airstrikes', '116', 'exact', 116, 'airstrikes', "Lebanese Presidency's Council of Ministers", 'Lebanon', {'aliases': COUNCIL}),
 ('with 50 attacks', '50', 'exact', 50, 'airstrikes', "Lebanese Presidency's Council of Ministers", 'Nabatiye', {'aliases': COUNCIL, 'partOf': '116'}),
 ('at least 15 rescuers', 'at least 15', 'at_least', 15, 'killed', None, 'Baalbek-Hermel'),
 ('13 more dead', '13', 'exact', 13, 'killed', None, 'Baalbek-Hermel'),
 ('208 members', '208', 'exact', 208, 'killed', 'Ministry of Health', None, {'aliases': ['Lebanese Ministry of Public Health']}),
 ('reached 187,816', '187,816', 'exact', 187816, 'displaced', None, None),
 ('1.2 million people', '1.2 million', 'estimated', 1200000, 'fled', 'Lebanese government', 'Lebanon'),
 ('381,277 Syrian', '381,277', 'exact', 381277, 'fled', 'General Security', 'Syria'),
 ('215,856 Lebanese', '215,856', 'exact', 215856, 'fled', 'General Security', 'Syria'),
])
D['burkina-faso-barsalogho-trench-massacre-le-monde-2024'] = (
 'https://am1.news/usconservative/topic/lemonde/6-slug-burkina-faso-civilians-pay-ruling-junta-s-anti-jihadist-strategy-with-their-lives',
 "Burkina Faso: civilians pay for the ruling junta's anti-jihadist strategy with their lives (Le Monde, August 2024)", [
 ('lost eight members', 'eight', 'exact', 8, 'killed', 'a resident', 'Barsalogho', {'aliases': ['resident']}),
 ('dozens of assailants', 'dozens', 'vague', 'dozens', 'fighters', None, None),
 ('machine-gunned hundreds of men', 'hundreds', 'vague', 'hundreds', 'killed', None, None),
 ('dozens of jihadists', 'dozens', 'vague', 'dozens', 'fighters', None, None),
 ('several hundred civilians', 'several hundred', 'vague', 'several hundred', 'killed', 'security, humanitarian and local sources', None, {'aliases': SOURCES_BF}),
 ('over 110 bodies', 'over 110', 'more_than', 110, 'killed', None, None),
 ('"at least 400."', 'at least 400', 'at_least', 400, 'killed', 'Collectif Justice Pour Barsalgho', None, {'aliases': COLLECTIF}),
])
D['afghanistan-kunduz-syria-azaz-msf-hospitals-2015'] = (
 'https://www.safeguardinghealth.org/tags/hospital-attack',
 'Hospital Attack: MSF on Azaz, Syria (7 December 2015) and Kunduz, Afghanistan (3 October 2015) (Safeguarding Health in Conflict Coalition)', [
 ('more than half a million', 'more than half a million', 'more_than', 500000, 'other', 'Médecins Sans Frontières', 'Azaz', {'aliases': MSF}),
 ('twelve staff members', 'twelve', 'exact', 12, 'killed', None, 'Kunduz'),
 ('ten patients', 'ten', 'exact', 10, 'killed', None, 'Kunduz'),
 ('three children', 'three', 'exact', 3, 'children', None, 'Kunduz', {'partOf': 'ten'}),
 ('37 people', '37', 'exact', 37, 'injured', None, 'Kunduz'),
 ('19 staff members', '19', 'exact', 19, 'injured', None, 'Kunduz', {'partOf': '37'}),
])
D['nigeria-baga-refugees-chad-unhcr-2019'] = (
 'http://www.africaupdates.com/News/News.aspx?NewsId=9083',
 'Thousands Of Nigerian Refugees Seek Safety In Chad (UNHCR briefing, 22 January 2019, via Africa Updates)', [
 ('Thousands Of Nigerian', 'Thousands', 'vague', 'thousands', 'refugees', None, 'Chad'),
 ('An estimated 6,000 refugees have fled Nigeria\'s restive Borno State since 26 December\n', 'An estimated 6,000', 'estimated', 6000, 'refugees', None, 'Borno State'),
 ('forced thousands of people', 'thousands', 'vague', 'thousands', 'fled', 'Charlie Yaxley', 'Lake Chad', {'aliases': YAXLEY}),
 ('An estimated 6,000 refugees have fled Nigeria\'s restive Borno State since 26 December,', 'An estimated 6,000', 'estimated', 6000, 'refugees', 'Charlie Yaxley', 'Borno State', {'aliases': YAXLEY}),
 ('some 55 per cent', 'some 55 per cent', 'about', 55, 'children', 'Charlie Yaxley', None, {'aliases': YAXLEY, 'pct': True}),
 ('some 4,200 refugees', 'some 4,200', 'about', 4200, 'refugees', 'Charlie Yaxley', 'Dar-es-Salam', {'aliases': YAXLEY}),
 ('some 11,300', 'some 11,300', 'about', 11300, 'refugees', 'Charlie Yaxley', 'Dar-es-Salam', {'aliases': YAXLEY}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-3: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
