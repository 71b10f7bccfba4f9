"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

POLICE_NO = ['police', 'Police', 'Norwegian police']
MAELAND = ['Oystein Maeland', 'police director Oystein Maeland', 'Maeland', 'police director', 'police']
D['norway-utoya-island-camp-massacre-claims-80-cbc-2011'] = (
 'https://www.cbc.ca/news/world/norway-island-camp-massacre-claims-80-1.1031038',
 'Norway island camp massacre claims 80 (CBC News, 23 July 2011)', [
 ('massacre claims 80', '80', 'exact', 80, 'killed', None, 'Norway'),
 ('killed at least 80 people', 'at least 80', 'at_least', 80, 'killed', 'police', 'Norway', {'aliases': POLICE_NO}),
 ('death toll at 10', '10', 'exact', 10, 'killed', 'Police', 'Utoya Island', {'aliases': POLICE_NO}),
 ('seven people dead', 'seven', 'exact', 7, 'killed', 'police', 'Oslo', {'aliases': POLICE_NO}),
 ('nine or 10 seriously', 'nine or 10', 'range', (9, 10), 'injured', 'police', 'Oslo', {'aliases': POLICE_NO}),
 ('at least 80 killed at Utoya', 'at least 80', 'at_least', 80, 'killed', 'Oystein Maeland', 'Utoya', {'aliases': MAELAND}),
])

BAZA = ['the Baza news service', 'Baza news service', 'Baza', 'a Russian news outlet', 'Russian news outlet']
OUTLET_RU = ['a Russian news outlet', 'Russian news outlet', 'Baza', 'the Baza news service', 'Baza news service']
INV_RU = ['Russian investigators', 'investigators', 'Investigative Committee', 'Russian Investigative Committee']
D['russia-crocus-city-hall-attack-95-missing-reuters-lbc-2024'] = (
 'https://www.lbcgroup.tv/news/world-news/762636/after-the-moscow-attack-almost-100-people-remain-missing/en',
 'After the Moscow attack, almost 100 people remain missing (Reuters copy on LBCI, 27 March 2024)', [
 ('almost 100 people', 'almost 100', 'about', 100, 'other', None, 'Moscow'),
 ('As many as 95 people', 'As many as 95', 'up_to', 95, 'other', 'a Russian news outlet', 'Moscow', {'aliases': OUTLET_RU}),
 ('at 140 dead', '140', 'exact', 140, 'killed', None, 'Crocus City Hall'),
 ('and 182 wounded', '182', 'exact', 182, 'injured', None, 'Crocus City Hall'),
 ('said 95 more people', '95', 'exact', 95, 'other', 'the Baza news service', None, {'aliases': BAZA}),
 ('by four shooters', 'four', 'exact', 4, 'fighters', 'Russian investigators', None, {'aliases': INV_RU}),
 ('full house of 6,200 people', '6,200', 'exact', 6200, 'other', None, None),
 ('More than 200 people could', 'More than 200', 'more_than', 200, 'trapped', 'Baza', None, {'aliases': BAZA}),
])

UNHCR_GM = ['the UN Refugee Agency', 'UN Refugee Agency', 'UNHCR', 'the agency', 'the statement', 'UN body', 'The UN body', 'the UN body', 'United Nations High Commissioner for Refugees']
D['gambia-political-crisis-45000-flee-to-senegal-unhcr-peninsula-2017'] = (
 'https://thepeninsulaqatar.com/article/21/01/2017/Around-45,000-people-flee-Gambia-to-Senegal-UN-body',
 'Around 45,000 people flee Gambia to Senegal: UN body (Anadolu copy in The Peninsula, Ankara, 21 January 2017)', [
 ('Around 45,000 people flee', 'Around 45,000', 'about', 45000, 'fled', 'UN body', 'Gambia', {'aliases': UNHCR_GM}),
 ('About 45,000 people', 'About 45,000', 'about', 45000, 'fled', 'the UN Refugee Agency', 'Senegal', {'aliases': UNHCR_GM}),
 ('Around 75 percent', 'Around 75 percent', 'about', 75, 'children', 'the UN Refugee Agency', None, {'aliases': UNHCR_GM, 'pct': True}),
 ('at least 800 people', 'at least 800', 'at_least', 800, 'fled', 'the UN Refugee Agency', 'Guinea-Bissau', {'aliases': UNHCR_GM}),
 ('about 8,000 refugees', 'about 8,000', 'about', 8000, 'refugees', 'the UN Refugee Agency', 'Gambia', {'aliases': UNHCR_GM}),
])

LOCAL_MAUI = ['local officials', 'officials', 'Maui County officials', 'Maui officials']
BISSEN = ['Richard Bissen', 'Maui County Mayor Richard Bissen', 'Bissen', 'Maui County Mayor', 'he', 'He']
D['usa-maui-wildfires-850-still-missing-washington-post-yomiuri-2023'] = (
 'https://japannews.yomiuri.co.jp/news-services/washingtonpost/20230822-131291/',
 'More than 800 People Still Listed as Missing from Maui Wildfires (The Washington Post, on The Japan News by Yomiuri, 22 August 2023)', [
 ('More than 800 People', 'More than 800', 'more_than', 800, 'other', None, 'Maui'),
 ('Some 850 people', 'Some 850', 'about', 850, 'other', 'local officials', 'Maui', {'aliases': LOCAL_MAUI}),
 ('stood at 114', '114', 'exact', 114, 'killed', None, None),
 ('Twenty-seven of the dead', 'Twenty-seven', 'exact', 27, 'killed', None, None, {'partOf': '114'}),
 ('only 11 victims', '11', 'exact', 11, 'killed', None, None, {'partOf': 'Twenty-seven'}),
 ('more than 2,000 people', 'more than 2,000', 'more_than', 2000, 'other', 'Richard Bissen', None, {'aliases': BISSEN}),
 ('among the 850 individuals', '850', 'exact', 850, 'other', 'Richard Bissen', None, {'aliases': BISSEN}),
])

D['china-henan-zhengzhou-floods-toll-25-global-times-2021'] = (
 'https://www.globaltimes.cn/page/202107/1229199.shtml',
 'Update: Death toll reaches 25 from severe flooding in Central China\u2019s Henan (Global Times, 21 July 2021)', [
 ('Death toll reaches 25', '25', 'exact', 25, 'killed', None, 'Henan'),
 ('climbed to 25', '25', 'exact', 25, 'killed', None, 'Zhengzhou'),
 ('with 7 missing', '7', 'exact', 7, 'other', None, 'Zhengzhou'),
 ('1.24 million were affected', '1.24 million', 'exact', 1240000, 'other', None, 'Henan'),
 ('and 160,000 were evacuated', '160,000', 'exact', 160000, 'fled', None, 'Henan'),
 ('12 died and', '12', 'exact', 12, 'killed', None, 'Zhengzhou', {'partOf': '25'}),
 ('and 5 were injured', '5', 'exact', 5, 'injured', None, 'Zhengzhou'),
 ('At least six in the county', 'At least six', 'at_least', 6, 'killed', None, 'Gongyi county'),
 ('Some 600 critically ill patients', 'Some 600', 'about', 600, 'other', None, None),
])

TV_IQ = ['Television reports', 'television reports', 'TV reports', 'television']
OFF_IQ = ['officials', 'Iraqi officials', 'In Iraq, officials']
MAYOR_DB = ['Nasseh Moulla Hassan', "the town's mayor Nasseh Moulla Hassan", "the town's mayor", 'mayor', 'AFP']
D['iran-iraq-kermanshah-halabja-earthquake-over-200-dead-domain-b-2017'] = (
 'https://domain-b.com/amp/environment-1/quake-in-iran-iraq-border-leaves-over-200-dead-thousands-injured',
 'Quake in Iran-Iraq border leaves over 200 dead, thousands injured (domain-b.com, 13 November 2017)', [
 ('leaves over 200 dead', 'over 200', 'more_than', 200, 'killed', None, 'Iran-Iraq border'),
 ('dead, thousands injured', 'thousands', 'vague', 'thousands', 'injured', None, 'Iran-Iraq border'),
 ('left over 200 people dead', 'over 200', 'more_than', 200, 'killed', None, 'Iran-Iraq border'),
 ('thousands others injured', 'thousands', 'vague', 'thousands', 'injured', None, 'Iran-Iraq border'),
 ('thousands left their homes', 'thousands', 'vague', 'thousands', 'fled', 'Television reports', None, {'aliases': TV_IQ}),
 ('find dozens trapped', 'dozens', 'vague', 'dozens', 'trapped', 'Television reports', None, {'aliases': TV_IQ}),
 ('said six people died', 'six', 'exact', 6, 'killed', 'officials', 'Sulaimaniyah province', {'aliases': OFF_IQ}),
 ('about 150 others', 'about 150', 'about', 150, 'injured', 'officials', 'Sulaimaniyah province', {'aliases': OFF_IQ}),
 ('"Four people were killed', 'Four', 'exact', 4, 'killed', 'Nasseh Moulla Hassan', 'Darbandikhan', {'aliases': MAYOR_DB}),
])

IHR = ['Iran Human Rights', 'the Norway-based Iran Human Rights', 'Norway-based Iran Human Rights', 'a human rights group', 'human rights group', 'rights group', 'IHR']
AUTH_IR = ['Authorities', 'authorities', 'Iranian authorities', 'The Iranian authorities', 'They']
RIGHTS_IR = ['rights groups', 'human rights groups']
D['iran-mahsa-amini-protests-185-killed-19-children-reuters-newshub-2022'] = (
 'https://www.newshub.co.nz/home/world/2022/10/protests-grip-iran-as-rights-group-says-19-children-killed.html',
 'Protests grip Iran as rights group says 19 children killed (Reuters copy on Newshub, 10 October 2022)', [
 ('says 19 children', '19', 'exact', 19, 'children', 'rights group', 'Iran', {'aliases': IHR}),
 ('at least 185 people, including children', 'at least 185', 'at_least', 185, 'killed', 'a human rights group', 'Iran', {'aliases': IHR}),
 ('"At least 185 people', 'At least 185', 'at_least', 185, 'killed', 'Iran Human Rights', 'Iran', {'aliases': IHR}),
 ('including at least 19 children', 'at least 19', 'at_least', 19, 'children', 'Iran Human Rights', 'Iran', {'aliases': IHR, 'partOf': 'At least 185'}),
 ('at least 20 members of the security forces', 'at least 20', 'at_least', 20, 'personnel', 'Authorities', None, {'aliases': AUTH_IR}),
 ('with hundreds of high school girls', 'hundreds', 'vague', 'hundreds', 'other', 'rights groups', 'Iran', {'aliases': RIGHTS_IR}),
])

D['drc-measles-epidemic-310000-cases-6000-deaths-msf-2019'] = (
 'https://www.doctorswithoutborders.org/latest/drc-more-resources-urgently-needed-tackle-largest-measles-epidemic-world',
 'DRC: More resources urgently needed to tackle largest measles epidemic in the world (MSF / Doctors Without Borders, 2019)', [
 ('More than 310,000 people', 'More than 310,000', 'more_than', 310000, 'other', None, 'Democratic Republic of Congo'),
 ('at least 6,000 have died', 'at least 6,000', 'at_least', 6000, 'killed', None, 'Democratic Republic of Congo', {'partOf': 'More than 310,000'}),
 ('more than 2,196 deaths', 'more than 2,196', 'more_than', 2196, 'killed', None, 'Democratic Republic of Congo'),
])


if __name__ == '__main__':
    build_set(D)
