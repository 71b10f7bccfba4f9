"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


UNHCR_PANA = ['UN refugee agency', 'the UN refugee agency', 'UNHCR', 'UN High Commission for Refugees']
BALOCH = ['Babar Baloch', 'Baloch', 'UN High Commission for Refugees (UNHCR) spokesperson Babar Baloch', 'UNHCR spokesperson Babar Baloch', 'UNHCR', 'UN High Commission for Refugees']
UNHCR_NOTED = ['UNHCR', 'UN High Commission for Refugees', 'UN refugee agency']
UNHCR_ST = ['UNHCR', 'The UNHCR', 'the UN refugee agency', 'UN refugee agency']
OCHA_ST = ['UN Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN Office for the Coordination of Humanitarian Affairs (OCHA)']
WHO_LY = ['World Health Organization', 'WHO', 'World Health Organization (WHO)', 'World Health Organization in Libya', '@WHOLIBYA']
DUJARRIC = ['Stephane Dujarric', 'Dujarric', 'spokesman for UN Secretary-General Antonio Guterres', 'UN']
IOM_LY = ['International Organization for Migration', 'IOM', 'International Organization for Migration (IOM)']
UN_SS = ['UN', 'the UN', 'United Nations']
JASAREVIC = ['Tarik Jasarevic', 'Jasarevic', 'World Health Organization spokesman Tarik Jasarevic', 'World Health Organization', 'WHO']
SPINDLER = ['William Spindler', 'Spindler', 'the spokesman for the UN refugee agency', 'UN refugee agency', 'UNHCR', 'he']
UN_IQ = ['United Nations', 'the United Nations', 'UN']
EDWARDS = ["Adrian Edwards", "Edwards", "the UN's Adrian Edwards", 'UN', 'United Nations', 'he']
DISASTER_AGENCY = ['Officials from the national disaster agency', 'national disaster agency', 'Officials', 'officials']
GOV_CO = ['The government', 'government', 'Colombian government']
UN_VU = ['UN', 'the UN', 'United Nations']
OCHA_VU = ['Office for the Coordination of Humanitarian Affairs', 'the Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN']
CHARLES = ['Michael Charles', 'Charles', 'International Federation of Red Cross and Red Crescent Societies (IFRC)', 'International Federation of Red Cross and Red Crescent Societies', 'IFRC']
IFRC = ['IFRC', 'The IFRC', 'International Federation of Red Cross and Red Crescent Societies', 'International Federation of Red Cross and Red Crescent Societies (IFRC)', 'Michael Charles']
ZOUITEN = ['Ahmed Zouiten', 'Dr Zouiten', 'Dr. Ahmed Zouiten', 'Zouiten', 'Senior Emergency Advisor for Yemen, WHO', 'World Health Organization', 'WHO']

D = {}
D['drc-kasai-refugees-angola-unhcr-pana-2017'] = (
 'http://www.panapress.com/Switzerland---Kasai-violence-drives-over-11,000-Congolese-to-seek-refuge-in-Angola---12-630510964-101-lang2-index.html',
 "Switzerland: 'Kasai violence drives over 11,000 Congolese to seek refuge in Angola' (Panapress, April 2017)", [
 ('over 11,000 Congolese', 'over 11,000', 'more_than', 11000, 'refugees', None, 'Angola'),
 ('over 11,000 refugees', 'over 11,000', 'more_than', 11000, 'refugees', 'UN refugee agency', 'Angola', {'aliases': UNHCR_PANA}),
 ('over 9,000 arriving', 'over 9,000', 'more_than', 9000, 'refugees', 'Babar Baloch', 'Angola', {'aliases': BALOCH}),
 ('more than one million civilians', 'more than one million', 'more_than', 1000000, 'displaced', 'UNHCR', 'Kasai', {'aliases': UNHCR_NOTED}),
 ('Two children are reported', 'Two', 'exact', 2, 'children', 'Babar Baloch', None, {'aliases': BALOCH}),
])
D['sudan-west-darfur-geneina-refugees-chad-sudan-tribune-2020'] = (
 'https://sudantribune.com/article67020',
 'More than 11,000 Sudanese refugees arrive in Chad: UNHCR (Sudan Tribune, 28 January 2020)', [
 ('More than 11,000 Sudanese', 'More than 11,000', 'more_than', 11000, 'refugees', 'UNHCR', 'Chad', {'aliases': UNHCR_ST}),
 ('Over 11,000 Sudanese', 'Over 11,000', 'more_than', 11000, 'fled', None, 'Chad'),
 ('54 people have been killed', '54', 'exact', 54, 'killed', 'UN Office for the Coordination of Humanitarian Affairs', None, {'aliases': OCHA_ST}),
 ('60 people injured', '60', 'exact', 60, 'injured', 'UN Office for the Coordination of Humanitarian Affairs', None, {'aliases': OCHA_ST}),
 ('more than 11,000 people to flee', 'more than 11,000', 'more_than', 11000, 'refugees', 'UN refugee agency', 'Chad', {'aliases': UNHCR_ST}),
 ('some 40,000 people', 'some 40,000', 'about', 40000, 'displaced', None, 'West Darfur'),
 ('including 32,000', '32,000', 'exact', 32000, 'displaced', None, 'West Darfur', {'partOf': 'some 40,000'}),
 ('hundreds of thousands of people', 'hundreds of thousands', 'vague', 'hundreds of thousands', 'fled', None, 'Chad'),
 ('reach 30,000 people', '30,000', 'exact', 30000, 'refugees', 'UNHCR', None, {'aliases': UNHCR_ST}),
 ('128,000 Sudanese refugees', '128,000', 'exact', 128000, 'refugees', None, 'Adré'),
])
D['libya-tripoli-offensive-who-toll-205-cgtn-2019'] = (
 'https://africa.cgtn.com/death-toll-exceeds-200-in-libyas-tripoli-clashes-who',
 'Death toll exceeds 200 in Libya’s Tripoli clashes: WHO (CGTN Africa, April 2019)', [
 ('exceeds 200', 'exceeds 200', 'more_than', 200, 'killed', 'WHO', 'Tripoli', {'aliases': WHO_LY}),
 ('At least 205 people', 'At least 205', 'at_least', 205, 'killed', 'World Health Organization', 'Tripoli', {'aliases': WHO_LY}),
 ('more than 900 wounded', 'more than 900', 'more_than', 900, 'injured', 'World Health Organization', 'Tripoli', {'aliases': WHO_LY}),
 ('is 205 dead', '205', 'exact', 205, 'killed', 'World Health Organization in Libya', 'Tripoli', {'aliases': WHO_LY}),
 ('913 wounded', '913', 'exact', 913, 'injured', 'World Health Organization in Libya', 'Tripoli', {'aliases': WHO_LY}),
 ('more than 4,500 displaced', 'more than 4,500', 'more_than', 4500, 'displaced', 'Stephane Dujarric', None, {'aliases': DUJARRIC}),
 ('around 25,000', 'around 25,000', 'about', 25000, 'displaced', 'International Organization for Migration', None, {'aliases': IOM_LY}),
 ('more than 150 refugees', 'more than 150', 'more_than', 150, 'refugees', 'Stephane Dujarric', 'Ain Zara', {'aliases': DUJARRIC}),
])
D['south-sudan-juba-fighting-300-killed-newsmax-2016'] = (
 'https://cloudflarepoc.newsmax.com/world/globaltalk/south-sudan-unrest-un-salva-kiir/2016/07/15/id/738792',
 "At Least 300 Killed in Latest South Sudan Violence; 42K have fled (Newsmax, 15 July 2016; stored through a mirror of newsmax.com)", [
 ('At Least 300 Killed', 'At Least 300', 'at_least', 300, 'killed', None, 'South Sudan'),
 ('42K have fled', '42K', 'exact', 42000, 'fled', None, 'South Sudan'),
 ('At least 300 people', 'At least 300', 'at_least', 300, 'killed', 'UN', 'Juba', {'aliases': UN_SS}),
 ('and 42,000 have fled', '42,000', 'exact', 42000, 'fled', 'UN', 'Juba', {'aliases': UN_SS}),
 ('over 300 deaths', 'over 300', 'more_than', 300, 'killed', 'Tarik Jasarevic', None, {'aliases': JASAREVIC}),
 ('"42,000 internally displaced"', '42,000', 'exact', 42000, 'displaced', 'William Spindler', 'South Sudan', {'aliases': SPINDLER}),
 ('now 835,000', '835,000', 'exact', 835000, 'refugees', 'William Spindler', None, {'aliases': SPINDLER}),
])
D['iraq-sinjar-yazidis-trapped-un-gulan-bbc-2014'] = (
 'https://gulanmedia.com/en/story/114571/apple-touch-icon.png',
 "Thousands of Yazidis 'still trapped' on Iraq mountain (Gulan Media, 12 August 2014)", [
 ("Thousands of Yazidis", 'Thousands', 'vague', 'thousands', 'trapped', None, 'Iraq'),
 ('Tens of thousands of civilians', 'Tens of thousands', 'vague', 'tens of thousands', 'trapped', 'United Nations', 'Iraq', {'aliases': UN_IQ}),
 ('forcing tens of thousands', 'tens of thousands', 'vague', 'tens of thousands', 'fled', None, 'Iraq'),
 ('20,000 to 30,000 people', '20,000 to 30,000', 'range', (20000, 30000), 'trapped', 'Adrian Edwards', 'Mount Sinjar', {'aliases': EDWARDS}),
 ('an estimated 1.2 million', 'an estimated 1.2 million', 'estimated', 1200000, 'displaced', 'Adrian Edwards', 'Iraq', {'aliases': EDWARDS}),
])
D['colombia-mocoa-landslide-254-dead-guardian-2017'] = (
 'https://www.theguardian.com/world/2017/apr/01/colombia-landslide-mocoa-putumayo-heavy-rains',
 'Colombia landslide leaves at least 254 dead and hundreds missing (The Guardian, April 2017)', [
 ('at least 254 dead', 'at least 254', 'at_least', 254, 'killed', None, 'Colombia'),
 ('and hundreds missing', 'hundreds', 'vague', 'hundreds', 'other', None, 'Colombia'),
 ('for hundreds of missing', 'hundreds', 'vague', 'hundreds', 'other', None, 'Mocoa'),
 ('killed more than 20 people', 'more than 20', 'more_than', 20, 'killed', None, 'Mocoa'),
 ('counted 210 dead', '210', 'exact', 210, 'killed', 'Officials from the national disaster agency', 'Mocoa', {'aliases': DISASTER_AGENCY}),
 ('62 children', '62', 'exact', 62, 'children', 'Officials from the national disaster agency', 'Mocoa', {'aliases': DISASTER_AGENCY, 'partOf': '210'}),
 ('up to 254..', '254', 'exact', 254, 'killed', 'The government', 'Mocoa', {'aliases': GOV_CO}),
 ('A further 203', '203', 'exact', 203, 'injured', 'The government', 'Mocoa', {'aliases': GOV_CO}),
 ('about 600 survivors', 'about 600', 'about', 600, 'displaced', None, None),
 ('about 1,100 soldiers', 'about 1,100', 'about', 1100, 'personnel', None, None),
])
D['vanuatu-cyclone-pam-toll-24-ocha-ndtv-2015'] = (
 'https://ndtv.com/world-news/atleast-24-killed-by-cyclone-pam-in-vanuatu-ocha-747145/amp/1',
 'Atleast 24 Killed by Cyclone Pam in Vanuatu (NDTV, 17 March 2015)', [
 ('Atleast 24', 'Atleast 24', 'at_least', 24, 'killed', None, 'Vanuatu'),
 ('Twenty-four people', 'Twenty-four', 'exact', 24, 'killed', 'UN', 'Vanuatu', {'aliases': UN_VU}),
 ('There are 24 confirmed', '24', 'exact', 24, 'killed', 'Office for the Coordination of Humanitarian Affairs', None, {'aliases': OCHA_VU}),
 ('11 from Tafea', '11', 'exact', 11, 'killed', 'Office for the Coordination of Humanitarian Affairs', 'Tafea', {'aliases': OCHA_VU, 'partOf': '24'}),
 ('eight from Efate', 'eight', 'exact', 8, 'killed', 'Office for the Coordination of Humanitarian Affairs', 'Efate', {'aliases': OCHA_VU, 'partOf': '24'}),
 ('five from Tanna', 'five', 'exact', 5, 'killed', 'Office for the Coordination of Humanitarian Affairs', 'Tanna', {'aliases': OCHA_VU, 'partOf': '24'}),
 ('More than three thousand people', 'More than three thousand', 'more_than', 3000, 'displaced', None, None),
])
D['angola-yellow-fever-outbreak-who-2016'] = (
 'http://www.searo.who.int/bhutan/yellow-fever-outbreak-angola/en/',
 'Yellow Fever outbreak - Angola (WHO Country Office for Bhutan, WHO South-East Asia Regional Office, April 2016)', [
 ('of 1,708 suspected', '1,708', 'exact', 1708, 'other', None, 'Angola'),
 ('including 238 deaths', '238', 'exact', 238, 'killed', None, 'Angola', {'partOf': '1,708'}),
 ('(CFR: 13.9%)', '13.9%', 'exact', 13.9, 'other', None, 'Angola', {'pct': True}),
 ('with 1,135 cases', '1,135', 'exact', 1135, 'other', None, 'Luanda', {'partOf': '1,708'}),
 ('(405 confirmed)', '405', 'exact', 405, 'other', None, 'Luanda', {'partOf': '1,135'}),
 ('including 165 deaths', '165', 'exact', 165, 'killed', None, 'Luanda', {'partOf': '238'}),
 ('(CFR: 14. 5%)', '14. 5%', 'exact', 14.5, 'other', None, 'Luanda', {'pct': True}),
 ('total of 581 cases', '581', 'exact', 581, 'other', None, 'Angola'),
 ('for 70 %', '70 %', 'exact', 70, 'other', None, 'Luanda', {'pct': True}),
])
D['southern-africa-floods-malawi-displaced-ifrc-2015'] = (
 'https://www.ifrc.org/fr/nouvelles/communiques-de-presse/general/thousands-of-families-in-urgent-need-of-support-as-heavy-rains-sweep-across-southern-africa-/',
 'Thousands of families in urgent need of support as heavy rains sweep across southern Africa (IFRC press release, 16 January 2015)', [
 ('Thousands of families', 'Thousands', 'vague', 'thousands', 'other', None, 'southern Africa'),
 ('tens of thousands of families', 'tens of thousands', 'vague', 'tens of thousands', 'other', None, 'Malawi'),
 ('An estimated 106,000', 'An estimated 106,000', 'estimated', 106000, 'displaced', 'Michael Charles', 'Malawi', {'aliases': CHARLES}),
 ('with 90,000 in', '90,000', 'exact', 90000, 'displaced', 'Michael Charles', 'Mozambique', {'aliases': CHARLES}),
 ('at least 6,000 in', 'at least 6,000', 'at_least', 6000, 'displaced', 'Michael Charles', 'Zimbabwe', {'aliases': CHARLES}),
 ('support of 2,500 people', '2,500', 'exact', 2500, 'other', 'IFRC', 'Zimbabwe', {'aliases': IFRC}),
])
D['yemen-cholera-second-wave-who-un-geneva-briefing-2017'] = (
 'https://ungeneva.org/en/news-media/bi-weekly-briefing/2017/06/regular-press-briefing-information-service-4',
 'Regular press briefing by the Information Service (UN Geneva, 27 June 2017; the Yemen section, WHO)', [
 ('morning 218,798 cases', '218,798', 'exact', 218798, 'other', 'Ahmed Zouiten', None, {'aliases': ZOUITEN}),
 ('Some 1,400 suspected', 'Some 1,400', 'about', 1400, 'killed', 'Ahmed Zouiten', None, {'aliases': ZOUITEN}),
 ('of 0.6 per cent', '0.6 per cent', 'exact', 0.6, 'other', 'Ahmed Zouiten', None, {'aliases': ZOUITEN, 'pct': True}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-7: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
