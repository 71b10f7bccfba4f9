"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

BRDJANIN = ['Zoran Brđanin', 'Brđanin', 'Montenegrin Police Chief Zoran Brđanin', 'Montenegrin Police Chief', 'Police Chief', 'police']
D['montenegro-cetinje-medovina-mass-shooting-at-least-11-killed-two-children-roundnews-2022'] = (
 'https://www.roundnews.com/world/europe/68100-atrocious-shooting-in-cetinje-montenegro.html',
 'Atrocious shooting in Cetinje, Montenegro (Roundnews, August 2022; the month from the crisis, the shooting of Friday 12 August 2022)', [
 ('At least 11 people were killed', 'At least 11', 'at_least', 11, 'killed', None, 'Cetinje'),
 ('including two children, in a deadly', 'two', 'exact', 2, 'children', None, 'Cetinje', {'partOf': 'At least 11'}),
 ('“He killed two children', 'two', 'exact', 2, 'children', 'Zoran Brđanin', 'Cetinje', {'aliases': BRDJANIN}),
 ('Four of the wounded', 'Four', 'exact', 4, 'injured', None, 'Cetinje'),
 ('while two others were sent', 'two', 'exact', 2, 'injured', None, None),
])


ALVAREZ = ['Alex Alvarez', 'Alvarez', 'Assistant Tabasco state Attorney General Alex Alvarez', 'Assistant Tabasco state Attorney General']
D['mexico-tabasco-villahermosa-gunmen-ambush-prosecutor-bystander-killed-13-injured-fox-news-2009'] = (
 'https://www.foxnews.com/story/mexican-gunmen-ambush-senior-state-prosecutor',
 'Mexican Gunmen Ambush Senior State Prosecutor (Fox News, wire copy, 2009; the year from the crisis, the toll of Felipe Calderon\'s crackdown and the attacks it names, not from the page)', [
 ('and 13 other people were injured', '13', 'exact', 13, 'injured', 'police', None),
 ('including six officers', 'six', 'exact', 6, 'personnel', 'police', None, {'partOf': '13'}),
 ('his four bodyguards', 'four', 'exact', 4, 'injured', 'Alex Alvarez', 'Villahermosa', {'aliases': ALVAREZ}),
 ('a city of about 330,000 people', 'about 330,000', 'about', 330000, 'population', 'Alex Alvarez', 'Villahermosa', {'aliases': ALVAREZ}),
 ('his wife, two children', 'two', 'exact', 2, 'children', None, 'Villahermosa'),
 ('and four others in their home', 'four', 'exact', 4, 'killed', None, 'Villahermosa'),
 ('and 10 members of his family', '10', 'exact', 10, 'killed', None, None),
 ('including five children', 'five', 'exact', 5, 'children', None, None, {'partOf': '10'}),
 ('More than 10,750 people', 'More than 10,750', 'more_than', 10750, 'killed', None, None),
 ('sending more than 45,000 troops', 'more than 45,000', 'more_than', 45000, 'personnel', None, None),
])

DMC = ['Disaster Management Center', 'The Disaster Management Center (DMC)', 'Disaster Management Centre', 'DMC', 'the DMC']
D['sri-lanka-monsoon-floods-toll-rises-to-11-84943-affected-dmc-one-island-two-nations-2018'] = (
 'http://oneislandtwonations.blogspot.com/2018/05/adverse-weather-casualties-rise-up-to.html',
 'Adverse weather: Casualties rise up to 11, more landslide warnings issued (One Island Two Nations blog, 23 May 2018; the date from the page\'s date line)', [
 ('Casualties rise up to 11', '11', 'exact', 11, 'killed', None, None),
 ('nearly 84,943 people', 'nearly 84,943', 'about', 84943, 'other', 'Disaster Management Center', 'Sri Lanka', {'aliases': DMC}),
 ('has also risen to 11', '11', 'exact', 11, 'killed', 'DMC', None, {'aliases': DMC}),
 ('A total of 84,943persons', '84,943', 'exact', 84943, 'other', None, None),
 ('belonging to 18,542 families', '18,542', 'exact', 18542, 'other', None, None),
 ('that 27,621 persons', '27,621', 'exact', 27621, 'displaced', 'DMC', None, {'aliases': DMC}),
 ('from 7,526 families', '7,526', 'exact', 7526, 'other', 'DMC', None, {'aliases': DMC}),
 ('with 24,625 people affected', '24,625', 'exact', 24625, 'other', None, 'Ratnapura'),
 ('while 22,673 are affected', '22,673', 'exact', 22673, 'other', None, 'Gampaha'),
 ('Puttalam District (12,760)', '12,760', 'exact', 12760, 'other', None, 'Puttalam'),
 ('Colombo District (7,482)', '7,482', 'exact', 7482, 'other', None, 'Colombo'),
])

DAWN = ['DawnNews', 'Dawn News', 'Dawn']
KAUSAR = ['Salma Kausar', 'Kausar', 'Karachi Medical Corporation (KMC) spokesperson Salma Kausar', 'Karachi Medical Corporation', 'KMC', 'KMC spokesperson']
QURESHI = ['N. Saeed Qureshi', 'Professor N. Saeed Qureshi', 'Saeed Qureshi', 'Qureshi', 'Civil Hospital Karachi', 'CHK']
ZEESHAN = ['Saqib Zeeshan', 'Zeeshan', 'a spokesman for Indus Hospital', 'Indus Hospital']
SINDH_HM = ['the Sindh health minister', 'Sindh health minister', 'health minister']
RIZVI = ['Anjum Rizvi', 'Rizvi', 'Liaquat National Hospital representative Anjum Rizvi', 'Liaquat National Hospital']
MASOOD = ['Khalid Masood', 'Masood', 'the hospital’s spokesman Khalid Masood', 'the hospital’s spokesman', 'Qatar Hospital']
D['pakistan-karachi-heatwave-toll-crosses-400-hospitals-edhi-time-of-pakistan-2015'] = (
 'https://timeofpakistan.news/pakistan/sindh/2015/06/23/karachi-heatwave-death-toll-crosses-400/97374',
 'Karachi heatwave death toll crosses 400 (Time of Pakistan, after DawnNews, 23 June 2015; title and date from the address)', [
 ('at least 250 more deaths', 'at least 250', 'at_least', 250, 'killed', 'DawnNews', 'Karachi', {'aliases': DAWN}),
 ('to at least 400', 'at least 400', 'at_least', 400, 'killed', 'DawnNews', 'Karachi', {'aliases': DAWN}),
 ('more than 70 people lost their lives', 'more than 70', 'more_than', 70, 'killed', 'Salma Kausar', None, {'aliases': KAUSAR}),
 ('that 30 people had died', '30', 'exact', 30, 'killed', None, None),
 ('Twelve women', 'Twelve', 'exact', 12, 'killed', None, None),
 ('and two children are among the dead', 'two', 'exact', 2, 'children', None, None),
 ('there have been 64 deaths', '64', 'exact', 64, 'killed', 'N. Saeed Qureshi', None, {'aliases': QURESHI}),
 ('said 20 people had died', '20', 'exact', 20, 'killed', 'Saqib Zeeshan', None, {'aliases': ZEESHAN}),
 ('at least 15 deaths', 'at least 15', 'at_least', 15, 'killed', 'the Sindh health minister', None, {'aliases': SINDH_HM}),
 ('said 22 people lost their lives', '22', 'exact', 22, 'killed', 'Anjum Rizvi', None, {'aliases': RIZVI}),
 ('while 24 people were reported dead', '24', 'exact', 24, 'killed', 'Khalid Masood', None, {'aliases': MASOOD}),
])

AUTH_RJ = ['authorities', 'police', 'the civil police', 'civil police']
CPPO = ['The civil police\'s press office', 'the civil police\'s press office', 'civil police\'s press office', 'civil police', 'police', 'authorities']
CURI = ['Felipe Curi', 'Curi', 'the detective', 'a detective in Rio\'s civil police', 'civil police', 'police']
D['brazil-rio-de-janeiro-jacarezinho-police-raid-officer-and-24-killed-ap-cbs-news-2021'] = (
 'https://cbsnews.com/amp/news/brazil-police-drug-raid-jacarezinho',
 'Dozens killed in Brazilian police raid in Rio de Janiero (AP, on CBS News, 6 May 2021; the date from the crisis, the raid of Thursday 6 May 2021, and the photo caption the page carries)', [
 ('Dozens killed', 'Dozens', 'vague', 'dozens', 'killed', None, 'Rio de Janeiro'),
 ('at least one officer', 'at least one', 'at_least', 1, 'personnel', 'authorities', 'Rio de Janeiro', {'aliases': AUTH_RJ}),
 ('and two dozen other people', 'two dozen', 'about', 24, 'killed', 'authorities', 'Rio de Janeiro', {'aliases': AUTH_RJ}),
 ('and 24 alleged', '24', 'exact', 24, 'fighters', 'The civil police\'s press office', 'Rio de Janeiro', {'aliases': CPPO}),
 ('several people Curi described', 'several', 'vague', 'several', 'fighters', 'Felipe Curi', None, {'aliases': CURI}),
 ('Six were arrested', 'Six', 'exact', 6, 'other', 'Felipe Curi', None, {'aliases': CURI}),
 ('two subway passengers', 'two', 'exact', 2, 'injured', None, None),
])

RUSHON = ['Residents of the Rushon district', 'residents of the Rushon district', 'Residents', 'residents']
MOI_TJ = ['the Interior Ministry', 'Interior Ministry', 'Tajik Interior Ministry', 'officials', 'authorities']
D['tajikistan-gorno-badakhshan-rushon-khorugh-clashes-21-protesters-killed-rferl-ecoi-2022'] = (
 'https://www.ecoi.net/de/dokument/2073645.html',
 'Residents Of Restive Tajik Region Say Death Toll From Clashes Higher Than Reported (RFE/RL\'s Tajik Service, on ecoi.net, 19 May 2022; the date from the text, the residents\' account of May 19)', [
 ('the bodies of 21 protesters', '21', 'exact', 21, 'killed', 'Residents of the Rushon district', 'Rushon', {'aliases': RUSHON}),
 ('nine people, including', 'nine', 'exact', 9, 'killed', 'the Interior Ministry', None, {'aliases': MOI_TJ}),
 ('at least 25 were wounded', 'at least 25', 'at_least', 25, 'injured', 'the Interior Ministry', None, {'aliases': MOI_TJ}),
 ('More than 70 local residents', 'More than 70', 'more_than', 70, 'other', 'authorities', None, {'aliases': ['authorities', 'officials', 'the Interior Ministry']}),
])

D['greece-attica-mati-wildfires-at-least-80-killed-injured-near-200-upi-gephardt-daily-2018'] = (
 'https://gephardtdaily.com/national-international/at-least-80-killed-in-greeces-deadliest-fires-on-record',
 'At least 80 killed in Greece\'s deadliest fires on record (UPI, on Gephardt Daily, 25 July 2018; title from the address, the date from the dateline and the crisis, the fires of Monday 23 July 2018)', [
 ('for dozens of people missing', 'dozens', 'vague', 'dozens', 'other', None, None),
 ('killed at least 80', 'at least 80', 'at_least', 80, 'killed', None, None),
 ('as hundreds of firefighters', 'hundreds', 'vague', 'hundreds', 'personnel', None, None),
 ('neared 200', 'neared 200', 'about', 200, 'injured', None, None),
 ('at least two dozen children', 'at least two dozen', 'at_least', 24, 'children', None, None, {'partOf': 'neared 200'}),
 ('More than 70 people were in hospitals', 'More than 70', 'more_than', 70, 'injured', None, None),
 ('10 in serious condition', '10', 'exact', 10, 'injured', None, None, {'partOf': 'More than 70'}),
 ('when fires killed 63 people', '63', 'exact', 63, 'killed', None, 'Greece'),
])

SGR = ['Ecuador’s Risk Management Secretariat', 'Risk Management Secretariat', 'the risk management agency', 'risk management agency', 'authorities']
LASSO = ['Guillermo Lasso', 'President Guillermo Lasso', 'Lasso', 'President']
D['ecuador-chimborazo-alausi-landslide-at-least-7-killed-62-missing-ap-yahoo-2023'] = (
 'https://news.yahoo.com/least-16-death-landslide-ecuadors-152948657.html',
 'Landslide in Ecuador kills at least 7, with dozens missing (AP, on Yahoo News, 27 March 2023; the date from the crisis, the landslide of Sunday 26 March 2023 and the count of Monday)', [
 ('kills at least 7', 'at least 7', 'at_least', 7, 'killed', None, 'Ecuador'),
 ('with dozens missing', 'dozens', 'vague', 'dozens', 'other', None, 'Ecuador'),
 ('killing at least seven people', 'at least seven', 'at_least', 7, 'killed', 'authorities', 'Ecuador', {'aliases': ['authorities', 'officials']}),
 ('reported 16 deaths', '16', 'exact', 16, 'killed', 'officials', None, {'aliases': ['officials', 'authorities']}),
 ('the confirmed toll at seven', 'seven', 'exact', 7, 'killed', 'Guillermo Lasso', 'Alausí', {'aliases': LASSO}),
 ('reported missing to 62', '62', 'exact', 62, 'other', 'officials', 'Alausí', {'aliases': ['Officials', 'officials', 'authorities']}),
 ('more than 30 people were rescued', 'more than 30', 'more_than', 30, 'other', 'Ecuador’s Risk Management Secretariat', None, {'aliases': SGR}),
 ('It said 23 people', '23', 'exact', 23, 'injured', 'Ecuador’s Risk Management Secretariat', None, {'aliases': SGR}),
 ('estimated 500 people', '500', 'exact', 500, 'other', 'the risk management agency', None, {'aliases': SGR}),
])


if __name__ == '__main__':
    build_set(D)
