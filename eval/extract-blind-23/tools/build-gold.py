"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

KURTI = ['Albin Kurti', 'Kurti', 'Mr Kurti', 'Kosovo’s prime minister', 'prime minister']
KP = ['Kosovo police', 'police', 'Police']
D['kosovo-banjska-monastery-siege-30-gunmen-officer-killed-irish-times-2023'] = (
 'https://www.irishtimes.com/world/europe/2023/09/24/police-in-kosovo-surround-30-gunmen-in-monastery-after-officer-killed/',
 'Police in Kosovo surround 30 gunmen in monastery after officer killed (The Irish Times, 24 September 2023)', [
 ('surround 30 gunmen', '30', 'exact', 30, 'fighters', None, 'Kosovo'),
 ('killing one officer', 'one', 'exact', 1, 'personnel', 'Albin Kurti', 'Banjska', {'aliases': KURTI}),
 ('at least 30 armed gunmen', 'at least 30', 'at_least', 30, 'fighters', None, 'Banjska'),
 ('take two injured police officers', 'two', 'exact', 2, 'personnel', 'Kosovo police', 'Mitrovica', {'aliases': KP}),
 ('one of them was dead', 'one', 'exact', 1, 'personnel', 'Kosovo police', 'Mitrovica', {'aliases': KP, 'partOf': 'two'}),
])


D['mexico-chiapas-cartel-violence-600-flee-to-guatemala-mexico-daily-post-2024'] = (
 'https://mexicodailypost.news/2024/07/27/guatemala-is-organizing-to-welcome-some-600-mexicans-who-have-crossed-the-border-due-to-violence-in-chiapas/',
 'Guatemala is organizing to welcome some 600 Mexicans who have crossed the border due to violence in Chiapas (Mexico Daily Post, 27 July 2024)', [
 ('some 600 Mexicans', 'some 600', 'about', 600, 'refugees', None, 'Guatemala'),
 ('the nearly 600 Mexicans', 'nearly 600', 'about', 600, 'refugees', None, 'Chiapas'),
 ('forced dozens of families', 'dozens', 'vague', 'dozens', 'refugees', None, 'Mexico'),
])


NP_POL = ['police', 'Nepal police', 'Nepal Police', 'Xinhua', 'Xinhua news agency']
ADH = ['Nawaraj Adhikari', 'Adhikari', 'District Police Range Kathmandu', 'Xinhua']
D['nepal-floods-landslides-toll-hits-148-dhading-buses-hans-india-2024'] = (
 'https://www.thehansindia.com/news/international/nepal-death-toll-from-floods-landslides-hits-148-910676',
 'Nepal: Death toll from floods, landslides hits 148 (The Hans India, Xinhua copy, 29 September 2024; the date from the crisis, the rains of Friday 27 and Saturday 28 September)', [
 ('landslides hits 148', '148', 'exact', 148, 'killed', None, 'Nepal'),
 ('A total of 148 people', '148', 'exact', 148, 'killed', 'police', 'Nepal', {'aliases': NP_POL}),
 ('left 101 injured', '101', 'exact', 101, 'injured', 'Nepal police', None, {'aliases': NP_POL}),
 ('and 55 others missing', '55', 'exact', 55, 'other', 'Nepal police', None, {'aliases': NP_POL}),
 ('noting 3,661 victims', '3,661', 'exact', 3661, 'other', 'Nepal police', None, {'aliases': NP_POL}),
 ('Thirty-five bodies', 'Thirty-five', 'exact', 35, 'killed', 'Nawaraj Adhikari', 'Jyaple Khola', {'aliases': ADH}),
 ('leaving hundreds of people', 'hundreds', 'vague', 'hundreds', 'other', 'police', None, {'aliases': NP_POL}),
])


WFP = ['WFP', 'World Food Programme', 'WFP Colombia', 'WFP office']
D['colombia-choco-alto-baudo-cauca-displacement-wfp-sitrep-1-2009'] = (
 'https://reliefweb.int/report/colombia/wfp-colombia-humanitarian-situation-report-01-12-mar-2009',
 'WFP Colombia Humanitarian Situation Report 01 - 12 Mar 2009 (WFP, on ReliefWeb; title and date from the address)', [
 ('more than 900 persons', 'more than 900', 'more_than', 900, 'displaced', 'WFP', 'Alto Baudo', {'aliases': WFP}),
 ('some 3,000 people are blockaded', 'some 3,000', 'about', 3000, 'other', 'Indigenous leaders', None),
 ('Apparently eight members', 'eight', 'exact', 8, 'other', 'WFP', None, {'aliases': WFP}),
 ('Cauca, 116 afro Colombian families', '116', 'exact', 116, 'other', 'WFP', 'Lopez de Micay', {'aliases': WFP}),
 ('currently 576 persons displaced', '576', 'exact', 576, 'displaced', 'the municipality', 'López de Micay'),
 ('among which 161 are children', '161', 'exact', 161, 'children', 'the municipality', 'López de Micay', {'partOf': '576'}),
])


D['peru-dengue-alert-lima-callao-43121-cases-42-deaths-outbreak-news-today-2023'] = (
 'https://outbreaknewstoday.com/peru-epidemiological-alert-issued-for-lima-and-callao-due-to-increasing-dengue-72527/',
 'Peru: Epidemiological alert issued for Lima and Callao due to increasing dengue (Outbreak News Today, April 2023; title from the address, the month from the crisis, the alert of 14 April)', [
 ('level, until April 13, 43,121', '43,121', 'exact', 43121, 'other', None, None),
 ('include 42 deaths', '42', 'exact', 42, 'killed', None, None),
 ('of which 34 are confirmed', '34', 'exact', 34, 'killed', None, None, {'partOf': '42'}),
 ('and 8 are under investigation', '8', 'exact', 8, 'killed', None, None, {'partOf': '42'}),
 ('Ucayali (9)', '9', 'exact', 9, 'killed', None, 'Ucayali', {'partOf': '42'}),
 ('San Martín (8)', '8', 'exact', 8, 'killed', None, 'San Martín', {'partOf': '42'}),
 ('Piura (7)', '7', 'exact', 7, 'killed', None, 'Piura', {'partOf': '42'}),
 ('Ica (6)', '6', 'exact', 6, 'killed', None, 'Ica', {'partOf': '42'}),
 ('Junín (4)', '4', 'exact', 4, 'killed', None, 'Junín', {'partOf': '42'}),
 ('Amazonas (2)', '2', 'exact', 2, 'killed', None, 'Amazonas', {'partOf': '42'}),
 ('Cajamarca (1)', '1', 'exact', 1, 'killed', None, 'Cajamarca', {'partOf': '42'}),
 ('Loreto (1)', '1', 'exact', 1, 'killed', None, 'Loreto', {'partOf': '42'}),
 ('Madre de Dios (1)', '1', 'exact', 1, 'killed', None, 'Madre de Dios', {'partOf': '42'}),
 ('Huánuco (1)', '1', 'exact', 1, 'killed', None, 'Huánuco', {'partOf': '42'}),
 ('Cusco (1)', '1', 'exact', 1, 'killed', None, 'Cusco', {'partOf': '42'}),
 ('Lambayeque (1)', '1', 'exact', 1, 'killed', None, 'Lambayeque', {'partOf': '42'}),
 ('rate of 0.10%', '0.10%', 'exact', 0.1, 'killed', None, None, {'pct': True}),
])


MINSALUD = ['MinSalud', 'Ministry of Health', 'the Ministry of Health', 'Colombian Ministry of Health', 'ACAPS']
D['colombia-tolima-yellow-fever-outbreak-acaps-thematic-report-2025'] = (
 'https://reliefweb.int/report/colombia/acaps-thematic-report-colombia-yellow-fever-outbreak-tolima-05-february-2025',
 'ACAPS Thematic Report - Colombia: Yellow fever outbreak in Tolima (05 February 2025) (ACAPS, on ReliefWeb)', [
 ('confirmation of eight cases', 'eight', 'exact', 8, 'other', 'MinSalud', 'Tolima', {'aliases': MINSALUD}),
 ('there were 12 confirmed cases', '12', 'exact', 12, 'other', 'MinSalud', 'Tolima', {'aliases': MINSALUD}),
])


if __name__ == '__main__':
    build_set(D)
