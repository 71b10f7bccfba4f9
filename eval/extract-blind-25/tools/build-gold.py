"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

ARUWAN = ['Samuel Aruwan', 'Aruwan', 'state security commissioner', 'State security commissioner']
D['nigeria-kaduna-madamai-gunmen-kill-34-al-jazeera-2021'] = (
 'https://www.aljazeera.com/news/2021/9/27/gunmen-kill-34-people-in-northwest-nigeria',
 'Gunmen kill 34 people in northwest Nigeria (Al Jazeera, 27 September 2021; the stored page starts at the standfirst, title from the address)', [
 ('At least 34 people were killed', 'At least 34', 'at_least', 34, 'killed', None, 'Kaduna'),
 ('and seven wounded', 'seven', 'exact', 7, 'injured', None, 'Kaduna'),
 ('34 residents have been confirmed dead', '34', 'exact', 34, 'killed', 'Samuel Aruwan', 'Madamai', {'aliases': ARUWAN}),
 ('Seven others sustained injuries', 'Seven', 'exact', 7, 'injured', 'Samuel Aruwan', 'Madamai', {'aliases': ARUWAN}),
 ('two suspects were being questioned', 'two', 'exact', 2, 'other', 'Samuel Aruwan', None, {'aliases': ARUWAN}),
])

LOCAL = ['local officials', 'local official', 'a local official']
OFFDOC = ['an official and a doctor', 'an official', 'official', 'a doctor', 'doctor']
LOCAL1 = ['a local official', 'local official', 'local officials', 'AFP', 'AFP news agency']
DOCTOR = ['a doctor', 'doctor', 'A doctor at Al Thawra hospital', 'Al Thawra hospital']
D['yemen-daleh-coalition-air-strikes-kill-16-seven-children-trt-world-2019'] = (
 'https://www.trtworld.com/article/12729055',
 'Yemen air strikes kill at least 16 people – local officials (TRT World, AFP and Reuters copy, 24 September 2019)', [
 ('kill at least 16 people', 'at least 16', 'at_least', 16, 'killed', 'local officials', 'Yemen', {'aliases': LOCAL}),
 ('Seven children are among', 'Seven', 'exact', 7, 'children', 'an official and a doctor', 'Yemen', {'aliases': OFFDOC}),
 ('Seven children were among', 'Seven', 'exact', 7, 'children', 'an official and a doctor', 'Yemen', {'aliases': OFFDOC, 'partOf': '16'}),
 ('among 16 people killed', '16', 'exact', 16, 'killed', 'an official and a doctor', 'Yemen', {'aliases': OFFDOC}),
 ('"Sixteen people', 'Sixteen', 'exact', 16, 'killed', 'a local official', 'Daleh', {'aliases': LOCAL1}),
 ('and nine others injured', 'nine', 'exact', 9, 'injured', 'a local official', 'Daleh', {'aliases': LOCAL1}),
 ('said seven children', 'seven', 'exact', 7, 'children', 'a doctor', 'Ibb', {'aliases': DOCTOR}),
 ('and four women were among the dead', 'four', 'exact', 4, 'killed', 'a doctor', 'Ibb', {'aliases': DOCTOR}),
 ('Tens of thousands of people', 'Tens of thousands', 'vague', 'tens of thousands', 'killed', None, None),
 ('displaced millions', 'millions', 'vague', 'millions', 'displaced', None, None),
 ('left 24.1 million', '24.1 million', 'exact', 24100000, 'other', None, None),
])

BANDO = ['William Bando', 'Bando', 'Hela provincial administrator', 'AFP']
D['papua-new-guinea-hela-karida-tribal-massacre-24-dead-bss-afp-2019'] = (
 'http://www.bssnews.net/?p=239294',
 'Twenty-four dead in tribal fighting in Papua New Guinea’s Hela province (BSS, AFP copy, Port Moresby, 10 July 2019; the stored page has no headline, this title is taken from the lead)', [
 ('Twenty-four people have died', 'Twenty-four', 'exact', 24, 'killed', None, 'Papua New Guinea'),
 ('including two pregnant women', 'two', 'exact', 2, 'killed', None, 'Papua New Guinea', {'partOf': 'Twenty-four'}),
 ('at least 24 people had been killed', 'at least 24', 'at_least', 24, 'killed', 'Local officials', 'Hela'),
 ('“Twenty-four people are confirmed dead', 'Twenty-four', 'exact', 24, 'killed', 'William Bando', 'Hela', {'aliases': BANDO}),
 ('at least 100 police', 'at least 100', 'at_least', 100, 'personnel', 'William Bando', None, {'aliases': BANDO}),
 ('some 40 local officers', 'some 40', 'about', 40, 'personnel', 'William Bando', None, {'aliases': BANDO}),
 ('shot six women', 'six', 'exact', 6, 'killed', None, 'Karida'),
 ('and eight children', 'eight', 'exact', 8, 'children', None, 'Karida'),
 ('as well as two pregnant women', 'two', 'exact', 2, 'killed', None, 'Karida'),
 ('corpses of two children', 'two', 'exact', 2, 'children', 'local police', None),
])

MIYAHARA = ['Naosaka Miyahara', 'Miyahara', 'local disaster management official']
D['japan-kumamoto-kuma-river-floods-15-feared-dead-senjuen-japan-times-2020'] = (
 'https://www.japantimes.co.jp/news/2020/07/04/national/rain-evacuation-kumamoto-kagoshima/',
 'At least 15 feared dead in Kyushu as rain triggers floods and landslides in Kumamoto and Kagoshima (The Japan Times, 4 July 2020; the stored page starts at the body, title from the lead and the address)', [
 ('At least 15 people in Kyushu', 'At least 15', 'at_least', 15, 'killed', None, 'Kyushu'),
 ('nine were missing', 'nine', 'exact', 9, 'other', None, 'Kyushu'),
 ('one was seriously injured', 'one', 'exact', 1, 'injured', None, 'Kyushu'),
 ('some 203,200 residents', 'some 203,200', 'about', 203200, 'other', None, None),
 ('in 92,200 households', '92,200', 'exact', 92200, 'other', None, None),
 ('14 people were found', '14', 'exact', 14, 'killed', 'local officials', 'Senjuen'),
 ('13 people were unaccounted for', '13', 'exact', 13, 'other', 'Naosaka Miyahara', None, {'aliases': MIYAHARA}),
])

IRCS = ['Iranian Red Crescent', 'Relief and Rescue Organisation of the Iranian Red Crescent', 'Relief and Rescue Organisation',
        'Red Crescent', 'The National Society', 'National Society']
D['iran-flash-floods-ten-provinces-11-dead-iranian-red-crescent-reliefweb'] = (
 'https://reliefweb.int:443/report/iran-islamic-republic/11-dead-after-flash-floods-iran',
 '11 dead after flash floods in Iran (Iranian Red Crescent, on ReliefWeb; the stored page starts at the body and gives no date, title from the address)', [
 ('at least 11 people have been killed', 'at least 11', 'at_least', 11, 'killed', 'Relief and Rescue Organisation of the Iranian Red Crescent', 'Iran', {'aliases': IRCS}),
 ('30 injured', '30', 'exact', 30, 'injured', 'Relief and Rescue Organisation of the Iranian Red Crescent', 'Iran', {'aliases': IRCS}),
 ('12 persons listed as missing', '12', 'exact', 12, 'other', 'Relief and Rescue Organisation of the Iranian Red Crescent', 'Iran', {'aliases': IRCS}),
 ('by 365 relief workers', '365', 'exact', 365, 'other', 'Iranian Red Crescent', None, {'aliases': IRCS}),
 ('So far 630 people', '630', 'exact', 630, 'displaced', 'Iranian Red Crescent', None, {'aliases': IRCS}),
 ('and 6,000 people received', '6,000', 'exact', 6000, 'other', 'Iranian Red Crescent', None, {'aliases': IRCS}),
])

MOH_UG = ['Ministry of Health', 'the Ministry of Health', 'Ministry of Health in Uganda', 'Uganda Ministry of Health']
MWEBESA = ['Henry Mwebesa', 'Dr. Henry Mwebesa', 'Mwebesa', 'Acting Director General Health Services', 'Ministry of Health']
D['uganda-kampala-cholera-chad-measles-meningitis-outbreak-news-today-2018'] = (
 'http://outbreaknewstoday.com/cholera-outbreak-kampala-chad-reports-increases-measles-meningitis-19259/',
 'Cholera outbreak in Kampala, Chad reports increases in measles, meningitis (Outbreak News Today, May 2018; the stored page has no headline, title from the address, the month from the crisis, the declaration of 4 May and the counts "as of 20 May")', [
 ('over 8 (eight) cases', 'over 8', 'more_than', 8, 'other', 'Ministry of Health', None, {'aliases': MOH_UG}),
 ('admitted seven patients', 'seven', 'exact', 7, 'other', 'Henry Mwebesa', None, {'aliases': MWEBESA}),
 ('400 measles cases', '400', 'exact', 400, 'other', None, None),
 ('including 14 deaths', '14', 'exact', 14, 'killed', None, None, {'partOf': '400'}),
 ('to 205 cases', '205', 'exact', 205, 'other', None, None),
 ('and one death', 'one', 'exact', 1, 'killed', None, None),
 ('218 meningitis cases', '218', 'exact', 218, 'other', None, None),
 ('and 34 deaths', '34', 'exact', 34, 'killed', None, None),
 ('181 cases including', '181', 'exact', 181, 'other', None, None),
 ('including 16 deaths', '16', 'exact', 16, 'killed', None, None, {'partOf': '181'}),
])


if __name__ == '__main__':
    build_set(D)
