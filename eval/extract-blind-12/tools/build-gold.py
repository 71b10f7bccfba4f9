"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

AUTH_KZ = ['the authorities', 'authorities', 'Kazakh authorities']
MOH_KZ = ['the Ministry of Health', 'Ministry of Health', 'Health Ministry', 'various media', 'media']
OFFICIAL_KZ = ['Official sources', 'official sources', 'officials']
PRES_KZ = ['the Kazakh presidency', 'Kazakh presidency', 'presidency', 'the source']
D['kazakhstan-almaty-unrest-toll-164-la-jornada-2022'] = (
 'https://manometcurrent.com/death-toll-from-kazakhstan-riots-rises-to-164/',
 'Death toll from Kazakhstan riots rises to 164 (La Jornada, 10 January 2022, in English on Manomet Current)', [
 ('caused 164 deaths', '164', 'exact', 164, 'killed', None, 'Kazakhstan'),
 ('some 2,000 wounded', 'some 2,000', 'about', 2000, 'injured', None, 'Kazakhstan'),
 ('almost 6,000 people', 'almost 6,000', 'about', 6000, 'other', 'the authorities', 'Kazakhstan', {'aliases': AUTH_KZ}),
 ('but 103 of the deaths', '103', 'exact', 103, 'killed', 'the Ministry of Health', 'Almaty', {'aliases': MOH_KZ, 'partOf': '164'}),
 ('26 armed criminals', '26', 'exact', 26, 'fighters', 'Official sources', None, {'aliases': OFFICIAL_KZ}),
 ('16 members of the security forces', '16', 'exact', 16, 'personnel', 'Official sources', None, {'aliases': OFFICIAL_KZ}),
 ('some 5,800 people', 'some 5,800', 'about', 5800, 'other', 'the Kazakh presidency', 'Kazakhstan', {'aliases': PRES_KZ}),
 ('19 million people', '19 million', 'exact', 19000000, 'population', None, 'Kazakhstan'),
 ('dozens of people were killed', 'dozens', 'vague', 'dozens', 'killed', None, 'Kazakhstan'),
])

PRASETYO = ['Dedi Prasetyo', 'National Police Spokesman Brig. Gen. Dedi Prasetyo', 'Brig. Gen. Dedi Prasetyo', 'National Police Spokesman', 'National Police', 'Prasetyo', 'he']
DIANTO = ['Candra Dianto', 'Lt. Col. Candra Dianto', 'Commander of the 1702/Jayawijaya District Military Command', 'District Military Command', 'Dianto', 'he']
D['indonesia-papua-wamena-riot-toll-23-antara-2019'] = (
 'https://en.antaranews.com/news/133460/police-puts-wamena-riot-death-toll-at-23',
 'Police puts Wamena riot death toll at 23 (ANTARA, 24 September 2019)', [
 ('from 17 to 23', '17', 'exact', 17, 'killed', 'Dedi Prasetyo', 'Wamena', {'aliases': PRASETYO}),
 ('to 23, National', '23', 'exact', 23, 'killed', 'Dedi Prasetyo', 'Wamena', {'aliases': PRASETYO}),
 ('reached 23 and', '23', 'exact', 23, 'killed', 'Dedi Prasetyo', 'Wamena', {'aliases': PRASETYO}),
 ('77 people', '77', 'exact', 77, 'injured', 'Dedi Prasetyo', 'Wamena', {'aliases': PRASETYO}),
 ('1,300 military', '1,300', 'exact', 1300, 'personnel', None, 'Jayawijaya District'),
 ('some 100 additional troops', 'some 100', 'about', 100, 'personnel', 'Candra Dianto', 'Wamena', {'aliases': DIANTO}),
])

UNHCR_NI = ['UNHCR', 'UNHCR, the UN Refugee Agency', 'UN Refugee Agency', 'the UN Refugee Agency', 'United Nations High Commissioner for Refugees']
CR_AUTH = ['Costa Rican authorities', 'the Costa Rican authorities', 'authorities', 'Costa Rica']
D['nicaragua-costa-rica-asylum-claims-8000-unhcr-briefing-2018'] = (
 'https://www.unhcr.org/asia/news/briefing-notes/unhcr-steps-its-response-thousands-flee-violence-nicaragua',
 'UNHCR steps up its response as thousands flee violence in Nicaragua (UNHCR briefing notes, 31 July 2018)', [
 ('as thousands flee violence', 'thousands', 'vague', 'thousands', 'fled', 'UNHCR', 'Nicaragua', {'aliases': UNHCR_NI}),
 ('thousands of Nicaraguans flee', 'thousands', 'vague', 'thousands', 'fled', 'UNHCR', 'Nicaragua', {'aliases': UNHCR_NI}),
 ('an average of 200 asylum', '200', 'exact', 200, 'refugees', 'UNHCR', 'Costa Rica', {'aliases': UNHCR_NI}),
 ('nearly 8,000 asylum claims', 'nearly 8,000', 'about', 8000, 'refugees', 'Costa Rican authorities', 'Costa Rica', {'aliases': CR_AUTH}),
 ('some 15,000 more', 'some 15,000', 'about', 15000, 'refugees', 'Costa Rican authorities', 'Costa Rica', {'aliases': CR_AUTH}),
 ('thousands of Nicaraguan refugees', 'thousands', 'vague', 'thousands', 'refugees', 'UNHCR', 'Costa Rica', {'aliases': UNHCR_NI}),
 ('100,000 to 150,000', '100,000 to 150,000', 'range', (100000, 150000), 'other', 'UNHCR', 'Costa Rica', {'aliases': UNHCR_NI}),
])

MSF_UG = ['MSF', 'Médecins Sans Frontières', 'Doctors Without Borders', 'Lalogi camp health centre']
D['uganda-north-gulu-night-commuters-lra-camps-msf-2006'] = (
 'https://www.msf.org/two-decades-conflict-take-toll-northern-uganda',
 'Two decades of conflict take toll on northern Uganda (MSF, c. 2006)', [
 ('up to 7,000 children', 'up to 7,000', 'up_to', 7000, 'children', None, 'Gulu'),
 ('over 20,000 children', 'over 20,000', 'more_than', 20000, 'children', None, None),
 ('around 1.6 million people', 'around 1.6 million', 'about', 1600000, 'displaced', None, None),
 ('90% of the total', '90%', 'exact', 90, 'displaced', None, None, {'pct': True}),
 ('around 20 cases', 'around 20', 'about', 20, 'other', 'MSF', 'Lalogi camp', {'aliases': MSF_UG}),
])

THAI_OFF = ['Thai officials', 'officials', 'Thai government']
MIL_TH = ['Military officials', 'military officials', 'military', 'Army officials']
ARMY_TH = ['Army officials', 'army officials', 'army', 'Military officials']
SUTAPORN = ['Manit Sutaporn', 'A Justice Ministry official, Manit Sutaporn', 'Justice Ministry official', 'Justice Ministry', 'Sutaporn']
D['thailand-tak-bai-78-die-in-army-trucks-washington-post-2004'] = (
 'http://www.washingtonpost.com/wp-dyn/articles/A63714-2004Oct26.html',
 '78 Thai Muslims Die After Protest (The Washington Post, 27 October 2004)', [
 ('78 Thai Muslims Die', '78', 'exact', 78, 'killed', None, 'Thailand'),
 ('At least 78 Muslim men', 'At least 78', 'at_least', 78, 'killed', 'Thai officials', 'Thailand', {'aliases': THAI_OFF}),
 ('six people were killed', 'six', 'exact', 6, 'killed', 'officials', None, {'aliases': THAI_OFF}),
 ('toll of at least 84', 'at least 84', 'at_least', 84, 'killed', None, 'Thailand'),
 ('at least 112 people', 'at least 112', 'at_least', 112, 'killed', None, None),
 ('hundreds of residents', 'hundreds', 'vague', 'hundreds', 'other', None, 'Tak Bai'),
 ('release of six men', 'six', 'exact', 6, 'other', None, 'Tak Bai'),
 ('1,500 to 2,000 people', '1,500 to 2,000', 'range', (1500, 2000), 'other', 'Military officials', 'Tak Bai', {'aliases': MIL_TH}),
 ('more than 1,300 were', 'more than 1,300', 'more_than', 1300, 'other', 'Army officials', 'Tak Bai', {'aliases': ARMY_TH}),
 ('the 78 detainees', '78', 'exact', 78, 'killed', 'Manit Sutaporn', None, {'aliases': SUTAPORN}),
])

FBC = ["Fiji's public broadcaster", 'public broadcaster', 'FBC News', "Fiji's public broadcaster FBC News", 'FBC', 'the broadcaster', 'broadcaster']
D['fiji-cyclone-winston-toll-21-rnz-2016'] = (
 'https://www.rnz.co.nz/international/pacific-news/297092/death-toll-continues-to-rise-in-fiji-as-recovery-begins',
 'Death toll continues to rise in Fiji as recovery begins (RNZ International, 23 February 2016)', [
 ('stands at 21', '21', 'exact', 21, 'killed', "Fiji's public broadcaster", 'Fiji', {'aliases': FBC}),
 ('that 21 people', '21', 'exact', 21, 'killed', 'FBC News', 'Fiji', {'aliases': FBC}),
 ('at least 10 of whom', 'at least 10', 'at_least', 10, 'killed', 'FBC News', 'Western Division', {'aliases': FBC, 'partOf': '21'}),
 ('three people who died', 'three', 'exact', 3, 'killed', None, 'Viti Levu', {'partOf': '21'}),
 ('Four others', 'Four', 'exact', 4, 'killed', None, None, {'partOf': '21'}),
 ('one died after', 'one', 'exact', 1, 'killed', None, None, {'partOf': '21'}),
 ('Four people were still missing', 'Four', 'exact', 4, 'other', 'the broadcaster', None, {'aliases': FBC}),
 ('8438 people', '8438', 'exact', 8438, 'displaced', None, 'Fiji'),
])

OFF_PT = ['officials', 'Portuguese officials', 'the government', 'government']
GOMES = ['Jorge Gomes', 'Secretary of State for the Interior Jorge Gomes', 'Secretary of State for the Interior', 'Mr Gomes', 'Gomes']
MEDIA_PT = ['Media in Portugal', 'media', 'Portuguese media']
CM = ['the Correio do Manhã newspaper', 'Correio do Manhã newspaper', 'Correio do Manhã', 'The Correio do Manhã']
RTP = ['national broadcaster RTP', 'RTP', 'national broadcaster']
D['portugal-pedrogao-grande-forest-fire-kills-43-3news-2017'] = (
 'https://3news.com/forest-fires-kill-43-in-central-portugal/',
 'Forest fires kill 43 in central Portugal (BBC copy on 3news, 18 June 2017)', [
 ('kill 43 in', '43', 'exact', 43, 'killed', None, 'Portugal'),
 ('at least 43 lives', 'at least 43', 'at_least', 43, 'killed', 'officials', 'Portugal', {'aliases': OFF_PT}),
 ('Several firefighters', 'Several', 'vague', 'several', 'personnel', None, 'Pedrógão Grande', {'partOf': '59'}),
 ('the 59 people injured', '59', 'exact', 59, 'injured', None, 'Pedrógão Grande'),
 ('that three people died', 'three', 'exact', 3, 'killed', 'Jorge Gomes', None, {'aliases': GOMES}),
 ('18 people travelling', '18', 'exact', 18, 'killed', 'Jorge Gomes', None, {'aliases': GOMES}),
 ('about 600 firefighters', 'about 600', 'about', 600, 'personnel', 'Media in Portugal', 'Portugal', {'aliases': MEDIA_PT}),
 ('Among the 59 injured', '59', 'exact', 59, 'injured', 'the Correio do Manhã newspaper', None, {'aliases': CM}),
 ('Six firefighters', 'Six', 'exact', 6, 'personnel', 'national broadcaster RTP', None, {'aliases': RTP}),
 ('two are reported missing', 'two', 'exact', 2, 'other', 'national broadcaster RTP', None, {'aliases': RTP}),
 ('close to 1,700 firefighters', 'close to 1,700', 'about', 1700, 'personnel', None, 'Portugal'),
])

FR_AUTH = ['French Authorities', 'French authorities', 'authorities']
D['reunion-chikungunya-157000-cases-hpsc-2006'] = (
 'https://www.hpsc.ie/a-z/vectorborne/chikungunyafever/news/title-1480-en.html',
 'Chikungunya Fever on the Island of Réunion (Health Protection Surveillance Centre, Ireland, 2006)', [
 ('that 157 000 cases', '157 000', 'estimated', 157000, 'other', 'French Authorities', 'Réunion', {'aliases': FR_AUTH}),
 ('more than 20%', 'more than 20%', 'more_than', 20, 'other', None, 'Réunion', {'pct': True}),
 ('population of 750 000', '750 000', 'exact', 750000, 'population', None, 'Réunion'),
 ('been 77 deaths', '77', 'exact', 77, 'killed', None, 'Réunion'),
])

D['australia-victoria-bushfires-toll-50-abc-2009'] = (
 'https://www.abc.net.au/news/2009-02-08/death-toll-climbs-as-killer-fires-rage/287596',
 'Death toll climbs as killer fires rage (ABC News, Australia, 8 February 2009)', [
 ('stands at 50', '50', 'exact', 50, 'killed', None, 'Victoria'),
 ('Six of the confirmed dead', 'Six', 'exact', 6, 'killed', None, 'Kinglake', {'partOf': '50'}),
 ('six at Kinglake West', 'six', 'exact', 6, 'killed', None, 'Kinglake West', {'partOf': '50'}),
 ('four each', 'four', 'exact', 4, 'killed', None, None, {'partOf': '50'}),
 ('Five people are dead', 'Five', 'exact', 5, 'killed', None, 'Callignee', {'partOf': '50'}),
 ('three in Hazelwood', 'three', 'exact', 3, 'killed', None, 'Hazelwood', {'partOf': '50'}),
 ('one in Jeeralang', 'one', 'exact', 1, 'killed', None, 'Jeeralang', {'partOf': '50'}),
])

IFRC_MN = ['The International Federation of Red Cross and Red Crescent Societies (IFRC)', 'International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'Red Cross Red Crescent', 'Red Cross']
D['mongolia-dzud-herders-dref-ifrc-2016'] = (
 'http://www.reliefweb.int/node/1350606',
 'Red Cross Red Crescent launches Disaster Relief Emergency Fund (DREF) to support Mongolian herders facing severe winter (IFRC, Beijing/Geneva, 18 January 2016, on ReliefWeb)', [
 ('assist 1,500 herder families', '1,500', 'exact', 1500, 'other', 'IFRC', 'Mongolia', {'aliases': IFRC_MN}),
 ('(7,500 people)', '7,500', 'exact', 7500, 'other', 'IFRC', 'Mongolia', {'aliases': IFRC_MN}),
 ('more than 965,000 people', 'more than 965,000', 'more_than', 965000, 'other', 'IFRC', None, {'aliases': IFRC_MN}),
])

if __name__ == '__main__':
    # Run from eval/extract-blind-12: python3 tools/build-gold.py . (the texts are the .txt files already there)
    build_set(D)
