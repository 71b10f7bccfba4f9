"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

RBA = ['the state-run broadcaster', 'state-run broadcaster', 'state broadcaster', 'the state broadcaster', 'Rwanda Broadcasting Agency', 'RBA']
HAB = ['François Habitegeko', 'Habitegeko', 'governor of Rwanda’s Western Province', 'governor']
URC = ['Uganda Red Cross', 'the Uganda Red Cross', 'Red Cross', 'the Red Cross']
D['rwanda-western-northern-provinces-floods-landslides-at-least-109-killed-businesslive-reuters-2023'] = (
 'https://www.businesslive.co.za/bd/world/africa/2023-05-03-deadly-floods-and-landslides-ravage-rwanda/',
 'Deadly floods and landslides ravage Rwanda (Business Day, BusinessLIVE, Reuters copy, 3 May 2023; the date from the address)', [
 ('At least 109 have been killed', 'At least 109', 'at_least', 109, 'killed', None, None),
 ('has killed at least 109 people', 'at least 109', 'at_least', 109, 'killed', 'the state-run broadcaster', 'Rwanda', {'aliases': RBA}),
 ('stood at 95 in the province', '95', 'exact', 95, 'killed', 'François Habitegeko', 'Western Province', {'aliases': HAB}),
 ('toll of 109 included', '109', 'exact', 109, 'killed', 'the state broadcaster', None, {'aliases': RBA}),
 ('Rutsiro with 26 dead', '26', 'exact', 26, 'killed', 'François Habitegeko', 'Rutsiro', {'aliases': HAB, 'partOf': '95'}),
 ('Nyabihu with 19', '19', 'exact', 19, 'killed', 'François Habitegeko', 'Nyabihu', {'aliases': HAB, 'partOf': '95'}),
 ('and 18 each in Rubavu', '18', 'exact', 18, 'killed', 'François Habitegeko', None, {'aliases': HAB, 'partOf': '95'}),
 ('six people died overnight', 'six', 'exact', 6, 'killed', 'Uganda Red Cross', 'Kisoro', {'aliases': URC}),
 ('Five of the dead', 'Five', 'exact', 5, 'killed', 'the Red Cross', None, {'aliases': URC, 'partOf': 'six'}),
])

MARTIN = ['Ekwalle Martin', 'Martin', 'mayor Ekwalle Martin', 'mayor']
LAO = ['a local administrative official', 'local administrative official', 'the source']
ICG = ['International Crisis Group', 'the International Crisis Group', 'International Crisis Group (ICG)', 'ICG']
D['cameroon-southwest-obonyi-ii-separatist-attack-24-dead-62-wounded-trt-world-2022'] = (
 'https://trtworld.com/africa/gunmen-kill-dozens-of-civilians-in-anglophone-cameroon-57597',
 'Gunmen kill dozens of civilians in anglophone Cameroon (TRT World, 31 May 2022; the date from the crisis, the attack of Sunday 29 May reported by the mayor on Tuesday)', [
 ('Gunmen kill dozens of civilians', 'dozens', 'vague', 'dozens', 'killed', None, 'Cameroon'),
 ('At least 24 civilians were killed', 'At least 24', 'at_least', 24, 'killed', None, None),
 ('Twenty-four civilians have been killed', 'Twenty-four', 'exact', 24, 'killed', None, 'Cameroon'),
 ('around 60 wounded', 'around 60', 'about', 60, 'injured', None, 'Cameroon'),
 ('The toll is 24 dead', '24', 'exact', 24, 'killed', 'Ekwalle Martin', None, {'aliases': MARTIN}),
 ('at least 62 wounded', 'at least 62', 'at_least', 62, 'injured', 'Ekwalle Martin', None, {'aliases': MARTIN}),
 ('at least 15 civilians', 'at least 15', 'at_least', 15, 'killed', 'a local administrative official', None, {'aliases': LAO}),
 ('more than 6,000 lives', 'more than 6,000', 'more_than', 6000, 'killed', 'International Crisis Group', None, {'aliases': ICG}),
 ('displaced around a million people', 'around a million', 'about', 1000000, 'displaced', 'International Crisis Group', None, {'aliases': ICG}),
])

WMC = ['Westmincom', 'The Westmincom', 'Western Mindanao Command', 'The Western Mindanao Command', 'military', 'the military']
MIJ = ['Graciano Mijares', 'Mijares', 'Autonomous Region in Muslim Mindanao police chief Graciano Mijares', 'police chief', 'ARMM police', 'police']
BES = ['Gerry Besana', 'Besana', 'Lieutenant Colonel Gerry Besana', 'ARMM military spokesman Lieutenant Colonel Gerry Besana', 'ARMM military spokesman', 'military']
D['philippines-jolo-sulu-cathedral-twin-bombing-toll-rises-to-27-philstar-2019'] = (
 'https://www.philstar.com/nation/2019/01/27/1888558/death-toll-jolo-cathedral-twin-bombing-rises-27',
 'Death toll in Jolo cathedral twin bombing rises to 27 (The Philippine Star, 27 January 2019, Update 6 of 28 January)', [
 ('bombing rises to 27', '27', 'exact', 27, 'killed', None, 'Jolo'),
 ('At least 27 people were killed', 'At least 27', 'at_least', 27, 'killed', 'the military', 'Jolo', {'aliases': ['military', 'the military', 'Western Mindanao Command', 'Westmincom']}),
 ('showed that 17 died', '17', 'exact', 17, 'killed', 'Westmincom', None, {'aliases': WMC}),
 ('while 57 were wounded', '57', 'exact', 57, 'injured', 'Westmincom', None, {'aliases': WMC}),
 ('rose to 27 while', '27', 'exact', 27, 'killed', 'Graciano Mijares', None, {'aliases': MIJ}),
 ('while 77 people', '77', 'exact', 77, 'injured', 'Graciano Mijares', None, {'aliases': MIJ}),
 ('number of 83 people wounded', '83', 'exact', 83, 'injured', 'Gerry Besana', None, {'aliases': BES}),
 ('along with five soldiers', 'five', 'exact', 5, 'personnel', None, None),
])

MED = ['medics', 'medics and local authorities', 'local authorities', 'medics who spoke to Kurdistan 24']
D['iraq-kurdistan-zakho-parakhe-resort-turkish-shelling-eight-tourists-killed-kurdistan24-2022'] = (
 'https://www.kurdistan24.net/en/story/28998-Turkish-bombardment-kills-8,-injures-several-tourists-in-Zakho',
 'Turkish bombardment kills 8, injures several tourists in Zakho (Kurdistan 24, 20 July 2022; the date from the stored page)', [
 ('bombardment kills 8', '8', 'exact', 8, 'killed', None, 'Zakho'),
 ('injures several tourists', 'several', 'vague', 'several', 'injured', None, 'Zakho'),
 ('killed eight Arab tourists', 'eight', 'exact', 8, 'killed', 'medics', 'Parakhe', {'aliases': MED}),
 ('injured two dozen more', 'two dozen', 'about', 24, 'injured', 'medics', 'Parakhe', {'aliases': MED}),
 ('At least eight tourists', 'At least eight', 'at_least', 8, 'killed', 'medics', None, {'aliases': MED}),
 ('More than 20 others', 'More than 20', 'more_than', 20, 'injured', 'medics', None, {'aliases': MED}),
])

KIM = ['Kim Mi Sung', 'Kim', 'an official at a nonprofit organization that promotes tourism in Itaewon']
OFF = ['officials', 'South Korean officials']
MOIS = ['Ministry of the Interior and Safety', 'The Ministry of the Interior and Safety', 'interior ministry', 'officials']
D['south-korea-seoul-itaewon-halloween-crowd-crush-153-killed-ap-arkansas-democrat-gazette-2022'] = (
 'https://www.arkansasonline.com/news/2022/oct/31/seoul-mourns-over-150-crushed-to-death/',
 'Seoul mourns over 150 crushed to death (The Associated Press, in the Arkansas Democrat-Gazette, 31 October 2022; title from the address, the date from the stored page)', [
 ('killed more than 150 people', 'more than 150', 'more_than', 150, 'killed', None, 'Seoul'),
 ('CPR on 10 people', '10', 'exact', 10, 'other', 'Kim Mi Sung', 'Itaewon', {'aliases': KIM}),
 ('Nine of them were declared dead', 'Nine', 'exact', 9, 'killed', 'Kim Mi Sung', 'Itaewon', {'aliases': KIM, 'partOf': '10'}),
 ('153 people were killed', '153', 'exact', 153, 'killed', 'officials', None, {'aliases': OFF}),
 ('133 were injured', '133', 'exact', 133, 'injured', 'officials', None, {'aliases': OFF}),
 ('-- 97 --', '97', 'exact', 97, 'killed', 'officials', None, {'aliases': OFF, 'partOf': '153'}),
 ('More than 80% of the dead', 'More than 80%', 'more_than', 80, 'killed', 'officials', None, {'aliases': OFF, 'pct': True, 'partOf': '153'}),
 ('at least four were teenagers', 'at least four', 'at_least', 4, 'killed', 'officials', None, {'aliases': OFF, 'partOf': '153'}),
 ('as 37 of the injured', '37', 'exact', 37, 'injured', 'Ministry of the Interior and Safety', None, {'aliases': MOIS}),
])

MOPH = ['Ministry of Public Health of Lebanon', 'The Ministry of Public Health of Lebanon', 'the Ministry of Public Health (MoPH) of Lebanon', 'Ministry of Public Health', 'MoPH']
D['lebanon-cholera-first-outbreak-since-1993-18-confirmed-cases-who-outbreak-news-healthandfamily-2022'] = (
 'https://healthandfamily.in/?p=18093',
 'Cholera – Lebanon (WHO Disease Outbreak News, 19 October 2022, republished by healthandfamily.in; the stored page has no headline, the title is the bulletin\'s subject, the date from the stored page)', [
 ('WHO on 6 October 2022 of two laboratory culture-confirmed', 'two', 'exact', 2, 'other', 'Ministry of Public Health of Lebanon', 'Lebanon', {'aliases': MOPH}),
 ('a total of 18 cases', '18', 'exact', 18, 'other', None, 'Lebanon'),
 ('including two probable deaths', 'two', 'exact', 2, 'killed', None, 'Lebanon', {'partOf': '18'}),
 ('(CFR 11.1%)', '11.1%', 'exact', 11.1, 'other', None, 'Lebanon', {'pct': True}),
 ('notified WHO of two laboratory-confirmed', 'two', 'exact', 2, 'other', 'Ministry of Public Health of Lebanon', 'Lebanon', {'aliases': MOPH}),
 ('identified 10 additional cases', '10', 'exact', 10, 'other', None, None),
 ('an additional two cases', 'two', 'exact', 2, 'other', None, 'Halba'),
 ('an additional four cases', 'four', 'exact', 4, 'other', None, 'Aarsal'),
])


if __name__ == '__main__':
    build_set(D)
