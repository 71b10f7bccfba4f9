"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

MOI = ['the interior ministry', 'interior ministry', 'Serbian interior ministry', 'Serbia\'s interior ministry', 'police', 'officials']
MILIC = ['Veselin Milic', 'Milic', 'Belgrade police chief Veselin Milic', 'Belgrade police chief', 'police']
D['serbia-belgrade-vladislav-ribnikar-school-shooting-eight-children-guard-killed-urdupoint-afp-2023'] = (
 'https://www.urdupoint.com/en/miscellaneous/nine-dead-seven-wounded-in-belgrade-school-s-1686410.html',
 'Nine dead, seven wounded in Belgrade school shooting (UrduPoint, AFP copy, 4 May 2023; title from the address, the date from the stored page and the dateline)', [
 ('Eight students and a security guard were killed', 'Eight', 'exact', 8, 'killed', 'officials', 'Belgrade', {'aliases': ['officials', 'police']}),
 ('"Eight children', 'Eight', 'exact', 8, 'children', 'the interior ministry', None, {'aliases': MOI}),
 ('while six children', 'six', 'exact', 6, 'children', 'the interior ministry', None, {'aliases': MOI}),
 ('and one schoolteacher', 'one', 'exact', 1, 'injured', 'the interior ministry', None, {'aliases': MOI}),
 ('as seven girls', 'seven', 'exact', 7, 'children', 'Veselin Milic', 'Belgrade', {'aliases': MILIC}),
 ('and one boy', 'one', 'exact', 1, 'children', 'Veselin Milic', 'Belgrade', {'aliases': MILIC}),
])

RASHID = ['Abdur Rashid', 'Dr Abdur Rashid', 'Rashid', 'Mastung District Health Officer Dr Abdur Rashid', 'Mastung District Health Officer', 'District Health Officer']
CHQ = ['a Civil Hospital Quetta spokesperson', 'Civil Hospital Quetta spokesperson', 'Civil Hospital Quetta', 'the spokesperson', 'spokesperson']
D['pakistan-mastung-eid-miladun-nabi-procession-suicide-blast-kills-55-aaj-news-2023'] = (
 'https://english.aaj.tv/news/30335278',
 'Suicide bombing at Mastung Eid Miladun Nabi procession kills 55 (Aaj News, 29 September 2023; the date from the crisis, the blast of Friday 29 September)', [
 ('procession kills 55', '55', 'exact', 55, 'killed', None, 'Mastung'),
 ('At least 55 devotees', 'At least 55', 'at_least', 55, 'killed', None, 'Mastung'),
 ('and several injured', 'several', 'vague', 'several', 'injured', None, 'Mastung'),
 ('initial reports said 20 people', '20', 'exact', 20, 'killed', None, None),
 ('At least 52 people', 'At least 52', 'at_least', 52, 'killed', 'Abdur Rashid', 'Mastung', {'aliases': RASHID}),
 ('and 55 others were wounded', '55', 'exact', 55, 'injured', 'Abdur Rashid', 'Mastung', {'aliases': RASHID}),
 ('that at least 55 people', 'at least 55', 'at_least', 55, 'killed', 'Civil Hospital Quetta spokesperson', None, {'aliases': CHQ}),
 ('after two wounded persons', 'two', 'exact', 2, 'killed', 'Civil Hospital Quetta spokesperson', None, {'aliases': CHQ}),
 ('At least 60 people were injured', 'At least 60', 'at_least', 60, 'injured', 'Civil Hospital Quetta spokesperson', None, {'aliases': CHQ}),
 ('The condition of eight', 'eight', 'exact', 8, 'injured', 'Civil Hospital Quetta spokesperson', None, {'aliases': CHQ}),
 ('adding that six were', 'six', 'exact', 6, 'injured', 'Civil Hospital Quetta spokesperson', None, {'aliases': CHQ}),
])

D['haiti-pont-sonde-gran-grif-massacre-more-than-70-killed-6000-flee-ap-ajc-2024'] = (
 'https://www.ajc.com/news/nation-world/thousands-survived-a-brutal-gang-attack-in-haiti-that-killed-70-now-they-face-an-uncertain-future/JDYSGA7AQZHWVM5FODJC2SLWPM/',
 'Thousands survived a brutal gang attack in Haiti that killed 70. Now they face an uncertain future (AP, on the Atlanta Journal-Constitution, October 2024; title from the address, the month from the crisis, the attack of Thursday 3 October)', [
 ('dozens of gang members', 'dozens', 'vague', 'dozens', 'fighters', None, 'Pont-Sondé'),
 ('leaving more than 70 bodies', 'more than 70', 'more_than', 70, 'killed', None, None),
 ('Thousands now face', 'Thousands', 'vague', 'thousands', 'other', None, 'Haiti'),
 ('joined more than 6,000 other survivors', 'more than 6,000', 'more_than', 6000, 'fled', None, None),
 ('Thousands walked west', 'Thousands', 'vague', 'thousands', 'fled', None, 'Saint-Marc'),
])

D['greece-thessaly-storm-daniel-floods-at-least-10-dead-karditsa-trapped-efe-la-prensa-latina-2023'] = (
 'https://www.laprensalatina.com/storm-daniel-causes-deadly-floods-in-greece/',
 'Storm Daniel causes deadly floods in Greece (EFE, on La Prensa Latina, 8 September 2023; the date from the dateline)', [
 ('At least 10 people', 'At least 10', 'at_least', 10, 'killed', 'officials', 'Greece'),
 ('as four people were still missing', 'four', 'exact', 4, 'other', 'Authorities', None, {'aliases': ['authorities', 'officials']}),
 ('hundreds of people in villages', 'hundreds', 'vague', 'hundreds', 'trapped', None, 'Karditsa'),
 ('Four people are still missing', 'Four', 'exact', 4, 'other', None, 'Magnesia'),
 ('Thousands of residents and tourists', 'Thousands', 'vague', 'thousands', 'other', 'AMNA', None, {'aliases': ['the state agency AMNA', 'state agency AMNA']}),
 ('More than 1,800 people', 'More than 1,800', 'more_than', 1800, 'other', 'firefighters', None, {'aliases': ['fire department', 'fire brigade']}),
 ('which thousands of people live', 'thousands', 'vague', 'thousands', 'population', None, 'Thessaly'),
])

WFP = ['World Food Programme', 'the World Food Programme', 'WFP', 'UN food agency', 'the UN agency']
DERAZ = ['Rana Deraz', 'Deraz', 'a communications officer for the UN agency in Afghanistan', 'World Food Programme', 'WFP', 'the UN agency']
IOM = ['International Organization for Migration', 'the International Organization for Migration', 'IOM', 'The UN migration agency', 'UN migration agency']
QANI = ['Abdul Mateen Qani', 'Qani', 'spokesman for the interior ministry', 'the interior ministry', 'interior ministry']
D['afghanistan-baghlan-flash-floods-more-than-300-killed-wfp-iom-afp-nation-2024'] = (
 'https://www.nation.com.pk/12-May-2024/more-than-300-dead-in-afghanistan-flash-floods',
 'More than 300 dead in Afghanistan flash floods (AFP, in The Nation, 12 May 2024; title from the address, the date from the address and the stored page)', [
 ('More than 300 people were killed', 'More than 300', 'more_than', 300, 'killed', 'World Food Programme', 'Afghanistan', {'aliases': WFP}),
 ('with more than 300 people killed there alone', 'more than 300', 'more_than', 300, 'killed', 'WFP', 'Baghlan', {'aliases': WFP}),
 ('there are 311 fatalities', '311', 'exact', 311, 'killed', 'Rana Deraz', 'Baghlan', {'aliases': DERAZ}),
 ('there were 218 deaths', '218', 'exact', 218, 'killed', 'International Organization for Migration', 'Baghlan', {'aliases': IOM}),
 ('told AFP that 131 people', '131', 'exact', 131, 'killed', 'Abdul Mateen Qani', 'Baghlan', {'aliases': QANI}),
 ('Another 20 people', '20', 'exact', 20, 'killed', 'Abdul Mateen Qani', 'Takhar', {'aliases': QANI}),
 ('and two in neighbouring Badakhshan', 'two', 'exact', 2, 'killed', 'Abdul Mateen Qani', 'Badakhshan', {'aliases': QANI}),
])

CAPW = ['Chief Adviser’s Press Wing', 'the Chief Adviser’s Press Wing', 'Chief Adviser\'s Press Wing', 'Press Wing', 'Chief Adviser']
D['bangladesh-feni-cumilla-flash-floods-12-districts-36-lakh-trapped-alkaram-2024'] = (
 'https://alkaram.info/?p=3258',
 'Flash floods wreak havoc in 12 dists (alkaram.info, uncredited copy of a Bangladeshi daily\'s report, August 2024; the month from the crisis, the eastern floods of late August 2024 under the interim government\'s Chief Adviser)', [
 ('caught millions of people', 'millions', 'vague', 'millions', 'other', None, None),
 ('At least five people drowned', 'At least five', 'at_least', 5, 'killed', None, None),
 ('and 10 others went missing', '10', 'exact', 10, 'other', None, None),
 ('more than 36.45 lakh people', 'more than 36.45 lakh', 'more_than', 3645000, 'trapped', 'Chief Adviser’s Press Wing', None, {'aliases': CAPW}),
 ('Three people drowned in Ramu', 'Three', 'exact', 3, 'killed', None, 'Ramu'),
 ('and one each in Feni', 'one', 'exact', 1, 'killed', None, None),
 ('The government said 10 people', '10', 'exact', 10, 'other', 'The government', 'Cumilla', {'aliases': ['government', 'the government']}),
 ('over 300,000 people were stranded', 'over 300,000', 'more_than', 300000, 'other', None, 'Feni'),
])


if __name__ == '__main__':
    build_set(D)
