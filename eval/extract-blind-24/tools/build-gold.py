"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

MORA = ['Yuri Mora', 'Mora', 'the spokesman for Honduras’s national police investigation agency', 'national police investigation agency', 'police']
EMP = ['employees there', 'employees', 'hospital employees']
D['honduras-tamara-womens-prison-riot-at-least-41-dead-al-jazeera-2023'] = (
 'https://www.aljazeera.com/news/2023/6/20/more-than-40-women-killed-in-honduran-prison-riot',
 'More than 40 women killed in Honduran prison riot (Al Jazeera, 20 June 2023)', [
 ('More than 40 women', 'More than 40', 'more_than', 40, 'killed', None, None),
 ('left at least 41 women dead', 'at least 41', 'at_least', 41, 'killed', None, 'Honduras'),
 ('At least seven female inmates', 'At least seven', 'at_least', 7, 'injured', 'employees there', 'Tegucigalpa', {'aliases': EMP}),
 ('they have counted 41', '41', 'exact', 41, 'killed', 'Yuri Mora', None, {'aliases': MORA}),
 ('Dozens of anxious', 'Dozens', 'vague', 'dozens', 'other', None, None),
])

IG = ['Sunderaj P', 'Inspector General of Police, Bastar range, Sunderaj P', 'Inspector General of Police', 'the IG', 'IG', 'police']
CGREC = ['Chhattisgarh government records', 'Chhattisgarh government', 'government records']
D['india-chhattisgarh-bastar-maoist-ied-ambush-two-caf-killed-indian-defense-news-2020'] = (
 'http://www.indiandefensenews.in/2020/03/maoists-ambush-police-team.html',
 'Maoists ambush police team (Indian Defense News, March 2020; title and month from the address)', [
 ('Two Chhattisgarh Armed Forces (CAF) personnel were killed', 'Two', 'exact', 2, 'personnel', 'police', 'Bastar'),
 ('“Two Jawans of CAF', 'Two', 'exact', 2, 'personnel', 'Sunderaj P', 'Bastar', {'aliases': IG}),
 ('while one other CRPF Jawan', 'one', 'exact', 1, 'personnel', 'Sunderaj P', 'Bastar', {'aliases': IG}),
 ('records, 25 security personnel', '25', 'exact', 25, 'personnel', 'Chhattisgarh government records', 'Chhattisgarh', {'aliases': CGREC}),
 ('while 81 Maoists', '81', 'exact', 81, 'fighters', 'Chhattisgarh government records', 'Chhattisgarh', {'aliases': CGREC}),
 ('period, 57 civilians', '57', 'exact', 57, 'killed', None, None),
])

RAK = ['Vit Rakusan', 'Rakusan', 'Czech Interior Minister Vit Rakusan', 'Czech Interior Minister', 'Martin Vondrasek', 'Vondrasek', 'police chief Martin Vondrasek', 'police']
VON = ['Martin Vondrasek', 'Vondrasek', 'police chief Martin Vondrasek', 'police chief', 'police', 'Police']
D['czechia-prague-charles-university-shooting-14-killed-25-wounded-rferl-2023'] = (
 'https://www.rferl.org/a/prague-mass-shooting-dead-charles-university/32742238.html',
 'Prague mass shooting at Charles University (RFE/RL, 21 December 2023; title from the address, the date from the stored page)', [
 ('A gunman killed 14 people', '14', 'exact', 14, 'killed', 'Vit Rakusan', 'Prague', {'aliases': RAK}),
 ('wounded dozens of others', 'dozens', 'vague', 'dozens', 'injured', 'Vit Rakusan', 'Prague', {'aliases': RAK}),
 ('said more than 15 people', 'more than 15', 'more_than', 15, 'killed', 'Police', None, {'aliases': ['police', 'Czech police', 'Prague police']}),
 ('there were 14 victims', '14', 'exact', 14, 'killed', 'Martin Vondrasek', None, {'aliases': VON}),
 ('while 25 people were wounded', '25', 'exact', 25, 'injured', 'Martin Vondrasek', None, {'aliases': VON}),
 ('including 10 seriously', '10', 'exact', 10, 'injured', 'Martin Vondrasek', None, {'aliases': VON, 'partOf': '25'}),
])

PRADO = ['Marisol Prado', 'Prado', 'Chile’s Forensic Medical Service', 'Forensic Medical Service']
RIPA = ['Macarena Ripamonti', 'Ripamonti', 'Viña del Mar\'s Mayor Macarena Ripamonti', 'Mayor Macarena Ripamonti', 'mayor']
D['chile-valparaiso-vina-del-mar-wildfires-toll-123-hundreds-missing-ap-yahoo-2024'] = (
 'https://www.yahoo.com/news/survivors-chile-wildfires-search-debris-172900725.html',
 'Hundreds of people are missing as the death toll from Chile\'s wildfires reaches 123 (AP, on Yahoo News, 5 February 2024; the date from the crisis, the Monday after the fires began on Friday 2 February)', [
 ('Hundreds of people are missing', 'Hundreds', 'vague', 'hundreds', 'other', None, 'Chile'),
 ('wildfires reaches 123', '123', 'exact', 123, 'killed', None, 'Chile'),
 ('raised the death toll to 123', '123', 'exact', 123, 'killed', 'officials', 'Chile'),
 ('Hundreds of people remain missing', 'Hundreds', 'vague', 'hundreds', 'other', None, 'Chile'),
 ('An additional 10 victims', '10', 'exact', 10, 'killed', 'Marisol Prado', None, {'aliases': PRADO}),
 ('at least 370 people', 'at least 370', 'at_least', 370, 'other', 'Macarena Ripamonti', 'Viña del Mar', {'aliases': RIPA}),
 ('about 300,000 residents', 'about 300,000', 'about', 300000, 'population', 'Macarena Ripamonti', 'Viña del Mar', {'aliases': RIPA}),
])

MARIC = ['Ljudevit Maric', 'Maric', 'policeman Ljudevit Maric', 'police spokesperson from Mostar', 'police', 'klix.ba']
D['bosnia-jablanica-floods-mudslide-at-least-18-dead-aussiedlerbote-2024'] = (
 'https://aussiedlerbote.de/en/tragic-incident-results-in-16-fatalities-due-to-mudslide-in-bosnia-and-herzegovina',
 'Tragic incident results in 16 fatalities due to mudslide in Bosnia and Herzegovina (Aussiedlerbote, 4 October 2024; the date from the crisis, the floods of the night of Thursday 3 to Friday 4 October)', [
 ('results in 16 fatalities', '16', 'exact', 16, 'killed', None, 'Bosnia and Herzegovina'),
 ('At least 18 lives', 'At least 18', 'at_least', 18, 'killed', None, 'Bosnia-Herzegovina'),
 ('16 of these deaths', '16', 'exact', 16, 'killed', 'Ljudevit Maric', 'Jablanica', {'aliases': MARIC, 'partOf': 'At least 18'}),
 ('An additional two lives', 'two', 'exact', 2, 'killed', None, 'Fojnica', {'partOf': 'At least 18'}),
 ('home to 4,000 residents', '4,000', 'exact', 4000, 'population', 'rescue services', 'Jablanica'),
])

TAMANG = ['Prem Singh Tamang', 'Tamang', 'Chief Minister Prem Singh Tamang', 'Chief Minister']
SSDMA = ['Sikkim State Disaster Management Authority', 'SSDMA', 'the Sikkim State Disaster Management Authority (SSDMA)']
D['india-sikkim-lhonak-lake-flash-flood-toll-21-103-missing-assam-tribune-2023'] = (
 'https://assamtribune.com/north-east/sikkim-flash-flood-toll-rises-to-21-searches-on-for-103-missing-people-1498249',
 'Sikkim flash flood toll rises to 21, searches on for 103 missing people (The Assam Tribune, 6 October 2023; title from the address, the date from the stored page and the dateline)', [
 ('mounted to 21', '21', 'exact', 21, 'killed', 'officials', 'Sikkim'),
 ('Of the 23 army personnel', '23', 'exact', 23, 'personnel', 'Prem Singh Tamang', 'Bardang', {'aliases': TAMANG}),
 ('the bodies of seven', 'seven', 'exact', 7, 'personnel', 'Prem Singh Tamang', 'Bardang', {'aliases': TAMANG, 'partOf': '23'}),
 ('while one was rescued', 'one', 'exact', 1, 'personnel', 'Prem Singh Tamang', 'Bardang', {'aliases': TAMANG, 'partOf': '23'}),
 ('search is on for 15 missing jawans', '15', 'exact', 15, 'personnel', 'Prem Singh Tamang', 'Bardang', {'aliases': TAMANG, 'partOf': '23'}),
 ('A total of 103 people, including', '103', 'exact', 103, 'other', None, 'North Sikkim'),
 ('including the 15 jawans', '15', 'exact', 15, 'personnel', None, 'North Sikkim', {'partOf': '103'}),
 ('So far, 2,411 people', '2,411', 'exact', 2411, 'other', 'Sikkim State Disaster Management Authority', None, {'aliases': SSDMA}),
 ('Altogether, 7,644 people', '7,644', 'exact', 7644, 'displaced', None, None),
 ('six were reported in Gangtok', 'six', 'exact', 6, 'killed', None, 'Gangtok'),
 ('and four each in Mangan', 'four', 'exact', 4, 'killed', None, None),
 ('A total of 103 people were missing', '103', 'exact', 103, 'other', None, None),
 ('Of them, 59', '59', 'exact', 59, 'other', None, 'Pakyong', {'partOf': '103'}),
 ('22 in Gangtok', '22', 'exact', 22, 'other', None, 'Gangtok', {'partOf': '103'}),
 ('17 in Mangan', '17', 'exact', 17, 'other', None, 'Mangan', {'partOf': '103'}),
 ('five in Namchi', 'five', 'exact', 5, 'other', None, 'Namchi', {'partOf': '103'}),
])


if __name__ == '__main__':
    build_set(D)
