"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


PROSECUTOR_RU = ['a prosecutor', 'prosecutor', 'Sergei Fridinsky', 'Russian Deputy Prosecutor Sergei Fridinsky', 'Deputy Prosecutor Sergei Fridinsky', 'Fridinsky']
FRIDINSKY = ['Sergei Fridinsky', 'Russian Deputy Prosecutor Sergei Fridinsky', 'Deputy Prosecutor Sergei Fridinsky', 'Fridinsky', 'Itar-Tass', 'Itar-Tass news agency', 'The Itar-Tass news agency', 'a prosecutor', 'prosecutor']
OFFICIALS_RU = ['officials', 'Officials', 'Russian officials']
KHABALOVA = ['Fatima Khabalova', 'Khabalova', 'spokeswoman for the North Ossetian parliament', 'North Ossetian parliament', 'Interfax', 'Interfax news agency', 'the Interfax news agency', 'she', 'She']

FORENSIC_EG = ['forensic reports', 'the forensic reports', 'forensic department', 'the forensic department', 'Health Ministry’s forensic department', 'The Health Ministry’s forensic department', 'Health Ministry', 'reports', 'the reports', 'The reports', 'The report', 'report', 'medical reports', 'The medical reports', 'Al-Shorouk']
MEDREP_EG = ['medical reports', 'The medical reports', 'the medical reports', 'forensic reports', 'forensic department', 'Health Ministry’s forensic department', 'Health Ministry', 'reports', 'Al-Shorouk']

D = {}
D['russia-beslan-school-siege-toll-over-300-smh-2004'] = (
 'https://www.smh.com.au/world/russian-school-siege-toll-rises-over-300-20040905-gdjolg.html',
 'Russian school siege toll rises over 300 (The Sydney Morning Herald, 5 September 2004)', [
 ('toll rises over 300', 'over 300', 'more_than', 300, 'killed', None, 'Russia'),
 ('more than 320 bodies', 'more than 320', 'more_than', 320, 'killed', 'a prosecutor', 'Russia', {'aliases': PROSECUTOR_RU}),
 ('322 bodies', '322', 'exact', 322, 'killed', 'Sergei Fridinsky', 'Beslan', {'aliases': FRIDINSKY}),
 ('155 children', '155', 'exact', 155, 'children', 'Sergei Fridinsky', 'Beslan', {'aliases': FRIDINSKY, 'partOf': '322'}),
 ('the 250 officials', '250', 'exact', 250, 'killed', 'officials', 'Beslan', {'aliases': OFFICIALS_RU}),
 ('more than 500 were wounded', 'more than 500', 'more_than', 500, 'injured', 'Officials', None, {'aliases': OFFICIALS_RU}),
 ('that 250 were known', '250', 'exact', 250, 'killed', 'Fatima Khabalova', 'North Ossetia', {'aliases': KHABALOVA}),
 ('there are 250 dead', '250', 'exact', 250, 'killed', 'Fatima Khabalova', None, {'aliases': KHABALOVA}),
 ('dozens more corpses', 'dozens', 'vague', 'dozens', 'killed', 'Fatima Khabalova', 'Beslan', {'aliases': KHABALOVA}),
])

D['egypt-cairo-rabea-dispersal-forensic-toll-627-mada-masr-2013'] = (
 'https://www.madamasr.com/en/2013/11/14/news/u/forensic-issues-first-official-report-with-high-rabea-death-toll/',
 'Forensic issues first official report with high Rabea death toll (Mada Masr, 14 November 2013)', [
 ('forensic reports, 627', '627', 'exact', 627, 'killed', 'forensic reports', 'Rabea al-Adaweya square', {'aliases': FORENSIC_EG}),
 ('six victims', 'six', 'exact', 6, 'killed', 'forensic reports', 'Rabea', {'aliases': FORENSIC_EG, 'partOf': '627'}),
 ('11 bodies', '11', 'exact', 11, 'killed', 'forensic reports', 'Rabea', {'aliases': FORENSIC_EG}),
 ('Twenty-one lives', 'Twenty-one', 'exact', 21, 'killed', 'forensic department', 'Nahda Square', {'aliases': FORENSIC_EG}),
 ('173 bodies', '173', 'exact', 173, 'killed', 'forensic reports', None, {'aliases': FORENSIC_EG}),
 ('left 120 dead', '120', 'exact', 120, 'killed', None, 'Ramses Square'),
 ('left 24 dead', '24', 'exact', 24, 'killed', None, 'Omraneya'),
 ('14 in Helwan', '14', 'exact', 14, 'killed', None, 'Helwan'),
 ('31 in Dokki', '31', 'exact', 31, 'killed', None, 'Dokki'),
 ('37 Brotherhood inmates', '37', 'exact', 37, 'killed', 'medical reports', 'Abu Zaabal prison', {'aliases': MEDREP_EG}),
])

TOTAL_PK = 'almost 1.5 million (1,454,377)'
D['pakistan-swat-lower-dir-buner-displacement-unhcr-briefing-2009'] = (
 'https://www.unhcr.org/news/briefing-notes/pakistan-displacement-update-1',
 'Pakistan displacement update (UNHCR briefing notes, 20 May 2009)', [
 ('thousands of displaced people', 'thousands', 'vague', 'thousands', 'displaced', None, 'Pakistan'),
 ('some 4,000 people', 'some 4,000', 'about', 4000, 'displaced', None, 'Nowshera'),
 ('some 100,000 people', 'some 100,000', 'about', 100000, 'displaced', None, 'North West Frontier Province'),
 ('thousands of new arrivals', 'thousands', 'vague', 'thousands', 'displaced', None, None),
 (TOTAL_PK, TOTAL_PK, 'exact', 1454377, 'displaced', None, None),
 ('some 131,000 people', 'some 131,000', 'about', 131000, 'displaced', None, None, {'partOf': TOTAL_PK}),
 ('more than 1.3 million (1,323,427)', 'more than 1.3 million (1,323,427)', 'exact', 1323427, 'displaced', None, None, {'partOf': TOTAL_PK}),
 ('half a million people (553,916)', 'half a million people (553,916)', 'exact', 553916, 'displaced', None, 'NWFP'),
])

ARRIVALS_KS = ['the new arrivals', 'new arrivals', 'Many of the new arrivals', 'arrivals', 'they', 'They']
D['kosovo-refugees-kukes-albania-macedonia-unhcr-crisis-update-1999'] = (
 'https://www.unhcr.org/my/news/kosovo-crisis-update-96',
 'Kosovo Crisis Update (UNHCR, 3 May 1999)', [
 ('More than 3,100 refugees', 'More than 3,100', 'more_than', 3100, 'refugees', None, 'Kukes'),
 ('around 400 long-term', 'around 400', 'about', 400, 'other', 'the new arrivals', 'Prizren', {'aliases': ARRIVALS_KS}),
 ('An estimated 6,700', 'An estimated 6,700', 'estimated', 6700, 'refugees', None, 'Kukes'),
 ('some 1,000 refugees', 'some 1,000', 'about', 1000, 'refugees', None, 'Kukes', {'partOf': 'An estimated 6,700'}),
 ('some 100,000 of', 'some 100,000', 'about', 100000, 'refugees', None, 'Kukes', {'partOf': '395,600'}),
 ('the 395,600 refugees', '395,600', 'exact', 395600, 'refugees', None, 'Albania'),
 ('About 3,900 Kosovars', 'About 3,900', 'about', 3900, 'refugees', None, 'FYR of Macedonia'),
 ('3,600 at Blace', '3,600', 'exact', 3600, 'refugees', None, 'Blace', {'partOf': 'About 3,900'}),
 ('270 at Jazince', '270', 'exact', 270, 'refugees', None, 'Jazince', {'partOf': 'About 3,900'}),
])

TAYDE = ['Ramesh Tayde', 'Tayde', 'a senior police officer', 'senior police officer', 'police', 'Reuters']
DESHMUKH = ['Vilasrao Deshmukh', 'Deshmukh', "Maharashtra state's chief minister", 'chief minister', 'minister']
MEDIA_IN = ['Media reports', 'media reports', 'media']
D['india-mumbai-attacks-kill-at-least-101-cbc-2008'] = (
 'https://www.cbc.ca/news/world/gunmen-attacks-across-mumbai-kill-at-least-101-others-held-hostage-1.741532',
 'Gunmen attacks across Mumbai kill at least 101, others held hostage (CBC News, November 2008)', [
 ('kill at least 101', 'at least 101', 'at_least', 101, 'killed', None, 'Mumbai'),
 ('killing at least 101', 'at least 101', 'at_least', 101, 'killed', None, 'Mumbai', {'occ': 1}),
 ('holding several people', 'several', 'vague', 'several', 'other', None, 'Mumbai', {'occ': 1}),
 ('killing at least 101', 'at least 101', 'at_least', 101, 'killed', None, 'Mumbai', {'occ': 2}),
 ('holding several people', 'several', 'vague', 'several', 'other', None, 'Mumbai', {'occ': 2}),
 ('At least six foreigners', 'At least six', 'at_least', 6, 'killed', 'Ramesh Tayde', 'Mumbai', {'aliases': TAYDE, 'partOf': '101'}),
 ('up to 101 now', '101', 'exact', 101, 'killed', 'Ramesh Tayde', 'Mumbai', {'aliases': TAYDE}),
 ('287 are now', '287', 'exact', 287, 'injured', 'Ramesh Tayde', None, {'aliases': TAYDE}),
 ('11 police officers', '11', 'exact', 11, 'personnel', 'Vilasrao Deshmukh', 'Mumbai', {'aliases': DESHMUKH}),
 ('seven to 15 foreigners', 'seven to 15', 'range', (7, 15), 'other', 'Media reports', None, {'aliases': MEDIA_IN}),
])

OUYAHIA = ['Ahmed Ouyahia', 'Prime Minister Ahmed Ouyahia', 'Ouyahia', 'Prime Minister', 'he', 'He']
APS_DZ = ['APS', 'State news agency APS', 'state news agency', 'Algerie Presse Service']
IFRC_DZ = ['International Federation of Red Cross and Red Crescent Societies', 'The Geneva-based International Federation of Red Cross and Red Crescent Societies', 'Geneva-based International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'Red Cross', 'federation', 'the federation', 'Iain Logan']
LOGAN = ['Iain Logan', 'Logan', "the federation's operations manager", 'operations manager', 'International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'federation']
D['algeria-boumerdes-earthquake-toll-tipped-2000-abc-2003'] = (
 'http://www.abc.net.au/news/2003-05-24/algerian-quake-toll-tipped-to-reach-2000/1858794',
 'Algerian quake toll tipped to reach 2,000 (ABC News, Australia, 24 May 2003)', [
 ('to reach 2,000', '2,000', 'exact', 2000, 'killed', None, 'Algeria'),
 ('topped 1,600', 'topped 1,600', 'more_than', 1600, 'killed', None, 'Algeria'),
 ('number more than 1,600', 'more than 1,600', 'more_than', 1600, 'killed', 'Ahmed Ouyahia', None, {'aliases': OUYAHIA}),
 ('some 4,200 people', 'some 4,200', 'about', 4200, 'other', 'Ahmed Ouyahia', None, {'aliases': OUYAHIA}),
 ('7,207 people', '7,207', 'exact', 7207, 'injured', 'APS', None, {'aliases': APS_DZ}),
 ('could reach 2,000', '2,000', 'exact', 2000, 'killed', 'International Federation of Red Cross and Red Crescent Societies', 'Algeria', {'aliases': IFRC_DZ}),
 ('end up with 2,000', '2,000', 'exact', 2000, 'killed', 'Iain Logan', None, {'aliases': LOGAN}),
])

OFFICIALS_CA = ['officials in Central America', 'Officials In Central America', 'officials', 'Officials']
LOZANO = ['Tomas Lozano', 'Honduran Communications Minister Tomas Lozano', 'Communications Minister Tomas Lozano', 'Lozano', 'Honduran Communications Minister', 'Communications Minister', 'he']
D['honduras-hurricane-mitch-toll-9000-orlando-sentinel-1998'] = (
 'http://articles.orlandosentinel.com/1998-11-04/news/9811040363_1_honduras-nicaragua-gulf-of-mexico',
 'Floods Menace As Grief Sets In (Orlando Sentinel, 4 November 1998)', [
 ('Toll Was 9,000', '9,000', 'exact', 9000, 'killed', 'Officials In Central America', 'Central America', {'aliases': OFFICIALS_CA}),
 ('at least 9,000 people', 'at least 9,000', 'at_least', 9000, 'killed', 'officials in Central America', 'Central America', {'aliases': OFFICIALS_CA}),
 ('thousands were still reported missing', 'thousands', 'vague', 'thousands', 'other', None, 'Honduras'),
 ('an estimated 7,000 people', 'an estimated 7,000', 'estimated', 7000, 'killed', None, 'Honduras'),
 ('Another 1,350', '1,350', 'exact', 1350, 'killed', None, 'Nicaragua'),
 ('at least another 13,000', 'at least another 13,000', 'at_least', 13000, 'other', None, None),
 ('that 1 million', '1 million', 'exact', 1000000, 'fled', 'Tomas Lozano', 'Honduras', {'aliases': LOZANO}),
 ('of 6million people', '6million', 'exact', 6000000, 'population', 'Tomas Lozano', 'Honduras', {'aliases': LOZANO}),
])

IFRC_BD = ['International Federation of Red Cross and Red Crescent Societies', 'the International Federation of Red Cross and Red Crescent Societies', 'International Federation', 'IFRC', 'Red Cross Red Crescent', 'Red Cross', 'Red Crescent', 'federation']
LOCAL_BD = ['Local authorities', 'local authorities', 'authorities']
D['bangladesh-cyclone-sidr-red-crescent-appeal-ifrc-2007'] = (
 'https://www.ems1.com/ems-products/incident-management/press-releases/red-cross-red-crescent-launches-urgent-appeal-in-wake-of-bangladesh-cyclone-Fx6mZARfmgebE1sc/',
 'Red Cross Red Crescent Launches Urgent Appeal in Wake of Bangladesh Cyclone (IFRC press release, 16 November 2007, on EMS1)', [
 ('climbing above 500', 'above 500', 'more_than', 500, 'killed', 'International Federation of Red Cross and Red Crescent Societies', None, {'aliases': IFRC_BD}),
 ('assist 235,000 people', '235,000', 'exact', 235000, 'other', 'International Federation of Red Cross and Red Crescent Societies', None, {'aliases': IFRC_BD}),
 ('at least 500 people', 'at least 500', 'at_least', 500, 'killed', 'Local authorities', 'Bangladesh', {'aliases': LOCAL_BD}),
 ('thousands of others injured', 'thousands', 'vague', 'thousands', 'injured', 'Local authorities', 'Bangladesh', {'aliases': LOCAL_BD}),
 ('about 40,000 Bangladesh', 'about 40,000', 'about', 40000, 'personnel', 'International Federation of Red Cross and Red Crescent Societies', 'Bangladesh', {'aliases': IFRC_BD}),
 ('hundreds of thousands of people', 'hundreds of thousands', 'vague', 'hundreds of thousands', 'fled', 'International Federation of Red Cross and Red Crescent Societies', 'Bangladesh', {'aliases': IFRC_BD}),
])

GOV_MX = ['Mexico', 'Mexican government', 'the Mexican government', 'government', 'the government', 'Jose Angel Cordova', 'Health Secretary Jose Angel Cordova', 'Cordova']
CORDOVA = ['Jose Angel Cordova', 'Health Secretary Jose Angel Cordova', 'Health Secretary', 'Cordova', 'health department', 'Mexican government', 'government']
D['mexico-swine-flu-schools-closed-149-deaths-ap-2009'] = (
 'http://www.newschannel10.com/story/10257675/mexico-closes-schools-nationwide-due-to-swine-flu/',
 'Mexico closes schools nationwide due to swine flu (The Associated Press, on NewsChannel 10, 27 April 2009)', [
 ('killed 149 people', '149', 'exact', 149, 'killed', 'Mexico', 'Mexico', {'aliases': GOV_MX}),
 ('said 20 of the deaths', '20', 'exact', 20, 'killed', 'Jose Angel Cordova', None, {'aliases': CORDOVA, 'partOf': '149'}),
 ('1,995 people', '1,995', 'exact', 1995, 'other', 'Jose Angel Cordova', None, {'aliases': CORDOVA}),
 ('1,070 have been released', '1,070', 'exact', 1070, 'other', 'Jose Angel Cordova', None, {'aliases': CORDOVA, 'partOf': '1,995'}),
])

OFFICIAL_AO = ['a top health official', 'top health official', 'health official', 'Anarfi Asamoa-Baah', 'Asamoa-Baah', 'World Health Organisation', 'WHO']
STATEMENT_AO = ['The statement', 'the statement', 'statement', 'A combined statement from the Angolan government and the WHO', 'combined statement', 'Angolan government', 'the Angolan government', 'WHO', 'World Health Organisation']
D['angola-marburg-outbreak-174-dead-neighbours-alert-mail-guardian-2005'] = (
 'https://mg.co.za/article/2005-04-08-who-puts-angolas-neighbours-on-marburg-alert/',
 'WHO puts Angola’s neighbours on Marburg alert (Mail & Guardian, 8 April 2005)', [
 ('claimed 174 lives', '174', 'exact', 174, 'killed', 'a top health official', 'Angola', {'aliases': OFFICIAL_AO}),
 ('from 159 to', '159', 'exact', 159, 'killed', None, 'Angola'),
 ('to 174 and', '174', 'exact', 174, 'killed', None, 'Angola'),
 ('159 deaths', '159', 'exact', 159, 'killed', None, None, {'partOf': '181'}),
 ('181 suspected', '181', 'exact', 181, 'other', None, None),
 ('five people died', 'five', 'exact', 5, 'killed', 'The statement', 'Zaire', {'aliases': STATEMENT_AO}),
 ('six people died', 'six', 'exact', 6, 'killed', 'The statement', 'Kwanza Sul', {'aliases': STATEMENT_AO}),
 ('154 people', '154', 'exact', 154, 'killed', None, 'Uige'),
 ('Six deaths', 'Six', 'exact', 6, 'killed', None, 'Luanda'),
 ('only two were', 'two', 'exact', 2, 'killed', None, 'Luanda', {'partOf': 'Six'}),
 ('other four', 'four', 'exact', 4, 'killed', None, 'Luanda', {'partOf': 'Six'}),
 ('Five deaths', 'Five', 'exact', 5, 'killed', 'The statement', 'Malange', {'aliases': STATEMENT_AO}),
 ('one death', 'one', 'exact', 1, 'killed', 'The statement', 'Kwanza Norte', {'aliases': STATEMENT_AO}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-10: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
