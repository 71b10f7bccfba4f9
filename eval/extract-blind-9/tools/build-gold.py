"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


WITNESSES_KE = ['witnesses', 'Witnesses']
POLICE_ELD = ['Eldoret police', 'police', 'Police', 'Kenyan police']
POLICE_KE = ['Police', 'police', 'Kenyan police', 'Eldoret police']
AGENCIES_KE = ['news agencies', 'News agencies']
UNHCR_GE = ['UNHCR', 'UN refugee agency', 'The UN refugee agency', 'the UN refugee agency', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees']
ARRIVALS_GE = ['The latest arrivals from the buffer zone', 'latest arrivals from the buffer zone', 'the latest arrivals', 'latest arrivals', 'arrivals', 'They', 'they', 'UNHCR']
GOV_LB = ['Lebanese government', 'the Lebanese government', 'government', 'Lebanese Army', 'Lebanon']
PAL_LB = ['Palestinians officials', 'Palestinian officials', 'officials', 'Palestinian']
UN_TD = ['UN', 'the UN', 'United Nations', "The UN's refugee agency", "UN's refugee agency", 'UN refugee agency', 'UNHCR', 'It', 'it']
UNHCR_TD = ['UNHCR', "the UN's refugee agency", "UN's refugee agency", 'UN refugee agency', 'United Nations High Commissioner for Refugees', 'UN', 'it', 'It']
UNHCR_LY = ['UNHCR', 'UN refugee agency', 'the UN refugee agency', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees', 'António Guterres', 'UNHCR staff']
GOV_TN = ['Tunisian government', 'The Tunisian government', 'the Tunisian government', 'government', 'Tunisian authorities']
IMIN_IR = ['Interior Ministry', 'The Interior Ministry', 'the Interior Ministry', 'Iranian Interior Ministry', 'ministry']
ALAVI = ['Akbar Alavi', 'Alavi', 'the governor Kerman', 'governor', 'governor of Kerman']
STATE_US = ['a U.S. State Department official', 'U.S. State Department official', 'U.S. State Department', 'State Department', 'State Department official', 'Lou Fintor']
LIU = ['Liu Jin-fung', 'Liu', 'he', 'He']
MA = ['Ma Ying-jeou', 'Taiwanese President Ma Ying-jeou', 'President Ma Ying-jeou', 'Ma', 'He', 'he', 'the president', 'Taiwanese President']
GOV_CL = ["Chile's government", 'Chilean government', 'government', 'the government', 'Chile']
OCHA_BF = ['OCHA', 'OCHA-Regional Office for West Africa', 'OCHA Regional Office for West Africa', 'OCHA-ROWA', 'UN OCHA', 'Office for the Coordination of Humanitarian Affairs', 'UN Office for the Coordination of Humanitarian Affairs', 'most recent assessment', 'the most recent assessment']
GOV_BF = ['The Government', 'Government', 'government', 'Government of Burkina Faso', 'Burkina Faso government', 'the Government']
WFP_BF = ['WFP', 'World Food Programme', 'UN World Food Programme', 'OCHA']

D = {}
D['kenya-eldoret-church-fire-35-killed-la-times-2008'] = (
 'https://www.latimes.com/archives/la-xpm-2008-jan-02-fg-kenya2-story.html',
 '35 Kenyans slain as mob burns church (Los Angeles Times, 2 January 2008)', [
 ('35 Kenyans slain', '35', 'exact', 35, 'killed', None, 'Kenya'),
 ('at least 35 people dead', 'at least 35', 'at_least', 35, 'killed', 'witnesses', 'Kenya', {'aliases': WITNESSES_KE}),
 ('killings overnight of 18 people', '18', 'exact', 18, 'killed', None, 'Eldoret'),
 ('about 100 people had died', 'about 100', 'about', 100, 'killed', 'Eldoret police', 'Eldoret', {'aliases': POLICE_ELD}),
 ('Police reported 170 dead', '170', 'exact', 170, 'killed', 'Police', 'Kenya', {'aliases': POLICE_KE}),
 ('between 200 and 270', 'between 200 and 270', 'range', (200, 270), 'killed', 'news agencies', 'Kenya', {'aliases': AGENCIES_KE}),
 ('Tens of thousands of people in Eldoret', 'Tens of thousands', 'vague', 'tens of thousands', 'fled', None, 'Eldoret'),
 ('sheltered dozens of', 'dozens', 'vague', 'dozens', 'displaced', None, 'Eldoret'),
])
D['georgia-gori-idps-shelter-exhausted-unhcr-2008'] = (
 'http://www.unhcr.org/48bd56044.html',
 'UNHCR concern as shelter capacity in Georgia town of Gori is exhausted (UNHCR news story, Tbilisi, 2 September 2008)', [
 ('some 4,200 people', 'some 4,200', 'about', 4200, 'displaced', 'UNHCR', 'Gori', {'aliases': UNHCR_GE}),
 ('Some 1,200 are', 'Some 1,200', 'about', 1200, 'displaced', 'UNHCR', 'Gori', {'aliases': UNHCR_GE, 'partOf': 'some 4,200'}),
 ('Another 1,000 are', '1,000', 'exact', 1000, 'displaced', 'UNHCR', 'Gori', {'aliases': UNHCR_GE, 'partOf': 'some 4,200'}),
 ('some 2,000 are dispersed', 'some 2,000', 'about', 2000, 'displaced', 'UNHCR', 'Gori', {'aliases': UNHCR_GE, 'partOf': 'some 4,200'}),
 ('some 450 people', 'some 450', 'about', 450, 'displaced', 'UNHCR', None, {'aliases': UNHCR_GE, 'partOf': 'some 4,200'}),
 ('remaining 3,750 IDPs', '3,750', 'exact', 3750, 'displaced', 'UNHCR', 'Gori', {'aliases': UNHCR_GE, 'partOf': 'some 4,200'}),
 ('population of some 200 people', 'some 200', 'about', 200, 'population', 'The latest arrivals from the buffer zone', 'Beloti', {'aliases': ARRIVALS_GE}),
])
D['lebanon-nahr-al-bared-camp-toll-returns-topnews-2008'] = (
 'http://topnews.in/node/39804',
 'Refugees find sympathetic, ambivalent welcome in Arab states (TopNews India, 2008)', [
 ('about 222 militants', 'about 222', 'about', 222, 'fighters', 'Lebanese government', 'Lebanon', {'aliases': GOV_LB}),
 ('169 Lebanese soldiers', '169', 'exact', 169, 'personnel', 'Lebanese government', 'Lebanon', {'aliases': GOV_LB}),
 ('47 Palestinian civilians', '47', 'exact', 47, 'killed', 'Palestinians officials', 'Nahr al-Bared', {'aliases': PAL_LB}),
 ("camp's 31,000 residents", '31,000', 'exact', 31000, 'population', None, 'Nahr al-Bared'),
 ('over 400,000 Palestinian refugees', 'over 400,000', 'more_than', 400000, 'refugees', None, 'Lebanon'),
])
D['chad-ndjamena-refugees-kousseri-cameroon-bbc-2008'] = (
 'http://news.bbc.co.uk/2/hi/africa/7228572.stm',
 'Thousands of refugees flee Chad (BBC News, 5 February 2008)', [
 ('Thousands of refugees flee Chad', 'Thousands', 'vague', 'thousands', 'refugees', None, 'Chad'),
 ('Thousands of refugees are streaming', 'Thousands', 'vague', 'thousands', 'refugees', 'UN', 'Cameroon', {'aliases': UN_TD}),
 ('up to 20,000 people', 'up to 20,000', 'up_to', 20000, 'refugees', 'UN', "N'Djamena", {'aliases': UN_TD}),
 ('1,400 troops', '1,400', 'exact', 1400, 'personnel', None, 'Chad'),
 ('Thousands have deluged', 'Thousands', 'vague', 'thousands', 'refugees', 'UNHCR', 'Kousseri', {'aliases': UNHCR_TD}),
 ('between 6,000 and 7,000', 'between 6,000 and 7,000', 'range', (6000, 7000), 'refugees', 'UNHCR', None, {'aliases': UNHCR_TD}),
 ('More than 3,000 refugees', 'More than 3,000', 'more_than', 3000, 'refugees', None, 'Nigeria'),
])
D['libya-tunisia-border-evacuation-flights-unhcr-2011'] = (
 'http://www.unhcr.org/4d6fc2f99.html',
 'Thousands of people flown home from Tunisia as evacuation begins (UNHCR news story, Geneva, 3 March 2011)', [
 ('Thousands of people flown home', 'Thousands', 'vague', 'thousands', 'fled', None, 'Tunisia'),
 ('tens of thousands of people from the Tunisian border', 'tens of thousands', 'vague', 'tens of thousands', 'fled', 'UNHCR', 'Tunisia', {'aliases': UNHCR_LY}),
 ('flew home 177 people', '177', 'exact', 177, 'fled', 'UNHCR', 'Egypt', {'aliases': UNHCR_LY}),
 ('some 25,000 people', 'some 25,000', 'about', 25000, 'other', 'Tunisian government', 'Tunisia', {'aliases': GOV_TN}),
 ('more than 90,000 people', 'more than 90,000', 'more_than', 90000, 'fled', 'UNHCR', 'Tunisia', {'aliases': UNHCR_LY}),
 ('some 80,000 to Egypt', 'some 80,000', 'about', 80000, 'fled', 'UNHCR', 'Egypt', {'aliases': UNHCR_LY}),
 ('an estimated 9,000 people', 'an estimated 9,000', 'estimated', 9000, 'refugees', 'UNHCR', 'Tunisia', {'aliases': UNHCR_LY}),
 ('some 1.5 million migrant workers', 'some 1.5 million', 'about', 1500000, 'population', 'UNHCR', 'Libya', {'aliases': UNHCR_LY}),
 ('some 12,000 Egyptians', 'some 12,000', 'about', 12000, 'other', 'UNHCR', 'Tunisia', {'aliases': UNHCR_LY}),
])
D['iran-bam-earthquake-20000-dead-ap-southeast-missourian-2003'] = (
 'http://www.semissourian.com/story/127450.html',
 '20,000 dead as Iran adds to quake toll (The Associated Press, in the Southeast Missourian, 28 December 2003)', [
 ('20,000 dead as Iran', '20,000', 'exact', 20000, 'killed', None, 'Iran'),
 ('killing thousands of people', 'thousands', 'vague', 'thousands', 'killed', None, 'Bam'),
 ('the city of 80,000', '80,000', 'exact', 80000, 'population', None, 'Bam'),
 ('death toll at 20,000', '20,000', 'estimated', 20000, 'killed', 'Interior Ministry', None, {'aliases': IMIN_IR}),
 ('as high as 40,000', 'as high as 40,000', 'up_to', 40000, 'killed', 'Akbar Alavi', 'Kerman', {'aliases': ALAVI}),
 ('injured at 30,000', '30,000', 'estimated', 30000, 'injured', 'Interior Ministry', None, {'aliases': IMIN_IR}),
 ('One American was killed', 'One', 'exact', 1, 'killed', 'a U.S. State Department official', 'Bam', {'aliases': STATE_US}),
])
D['south-korea-mers-outbreak-who-risk-assessment-2015'] = (
 'http://www.who.int/csr/disease/coronavirus_infections/risk-assessment-3june2015/en/',
 'Summary and risk assessment of current situation in Republic of Korea and China (WHO MERS-CoV risk assessment, 3 June 2015)', [
 ('2015, 1179 laboratory', '1179', 'exact', 1179, 'other', None, None),
 ('at least 442 deaths', 'at least 442', 'at_least', 442, 'killed', None, None, {'partOf': '1179'}),
 ('66% of cases', '66%', 'exact', 66, 'other', None, None, {'pct': True}),
 ('(n=1165)', '1165', 'exact', 1165, 'other', None, None, {'partOf': '1179'}),
 ('n=1172', '1172', 'exact', 1172, 'other', None, None, {'partOf': '1179'}),
 ('(>85%)', '>85%', 'more_than', 85, 'other', None, 'KSA', {'pct': True}),
 ('one case was reported', 'one', 'exact', 1, 'other', None, 'Republic of Korea'),
 ('additional 29 laboratory', '29', 'exact', 29, 'other', None, 'Republic of Korea'),
 ('two of whom died', 'two', 'exact', 2, 'killed', None, 'Republic of Korea', {'partOf': '29'}),
 ('(n=3)', '3', 'exact', 3, 'other', None, 'Republic of Korea'),
])
D['taiwan-typhoon-morakot-shiao-lin-380-dead-ap-2009'] = (
 'http://staugustine.com/stories/081609/world_1855752.shtml',
 'Search for survivors begins: 380 found dead, more than 20,000 saved after Taiwain typhoon (The Associated Press, in The St. Augustine Record, 16 August 2009)', [
 ('380 found dead', '380', 'exact', 380, 'killed', None, 'Taiwan'),
 ('more than 20,000 saved', 'more than 20,000', 'more_than', 20000, 'other', None, 'Taiwan'),
 ('altogether 40 of', '40', 'exact', 40, 'killed', 'Liu Jin-fung', None, {'aliases': LIU}),
 ('that 380 of', '380', 'exact', 380, 'killed', 'Ma Ying-jeou', 'Shiao Lin', {'aliases': MA, 'partOf': 'approximately 600'}),
 ('approximately 600 residents', 'approximately 600', 'about', 600, 'population', 'Ma Ying-jeou', 'Shiao Lin', {'aliases': MA}),
 ('at about 500', 'about 500', 'about', 500, 'killed', 'Ma Ying-jeou', 'Taiwan', {'aliases': MA}),
 ('more than 600 perished', 'more than 600', 'more_than', 600, 'killed', 'Ma Ying-jeou', 'Taiwan', {'aliases': MA}),
 ('stranded thousands', 'thousands', 'vague', 'thousands', 'other', None, 'Taiwan'),
 ('total of 21,199', '21,199', 'exact', 21199, 'fled', None, 'Taiwan'),
 ('another 4,224 people', '4,224', 'exact', 4224, 'other', None, 'Taiwan'),
])
D['chile-maule-earthquake-kills-300-reuters-tradearabia-2010'] = (
 'http://www.tradearabia.com/news/INTNEWS_175585.html',
 'Chile quake kills 300, threatens Pacific tsunami (Reuters, on TradeArabia, 28 February 2010)', [
 ('kills 300', '300', 'exact', 300, 'killed', None, 'Chile'),
 ('killed more than 300 people', 'more than 300', 'more_than', 300, 'killed', None, 'Chile'),
 ('up to 200 people', 'up to 200', 'up_to', 200, 'other', None, 'Concepcion'),
 ('said more than 300 people', 'more than 300', 'more_than', 300, 'killed', "Chile's government", 'Chile', {'aliases': GOV_CL}),
 ('city of 670,000', '670,000', 'exact', 670000, 'population', None, 'Concepcion'),
])
D['burkina-faso-ouagadougou-floods-ocha-situation-report-2-2009'] = (
 'http://www.reliefweb.int/rw/rwb.nsf/db900sid/MUMA-7VP3A7?OpenDocument&rc=1&emid=FL-2009-000172-BFA',
 'Burkina Faso: 2009 Flooding Situation Report No. 2 (OCHA Regional Office for West Africa, 5-6 September 2009, on ReliefWeb)', [
 ('- 8 people have died', '8', 'exact', 8, 'killed', 'OCHA', 'Ouagadougou', {'aliases': OCHA_BF}),
 ('150,000 others', '150,000', 'exact', 150000, 'other', 'OCHA', 'Ouagadougou', {'aliases': OCHA_BF}),
 ('covering 150,000 people', '150,000', 'exact', 150000, 'other', 'WFP', None, {'aliases': WFP_BF}),
 ('an estimated 350,000', 'an estimated 350,000', 'estimated', 350000, 'other', 'OCHA', 'West Africa', {'aliases': OCHA_BF}),
 ('and that 8 people', '8', 'exact', 8, 'killed', 'The Government', 'Ouagadougou', {'aliases': GOV_BF}),
 ('an estimated 48,000', 'an estimated 48,000', 'estimated', 48000, 'displaced', 'OCHA', None, {'aliases': OCHA_BF}),
 ('at least 40,000', 'at least 40,000', 'at_least', 40000, 'displaced', 'OCHA', None, {'aliases': OCHA_BF}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-9: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
