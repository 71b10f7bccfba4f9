"""Builds <slug>.gold.json from hand annotations (written by reading the text, before any extractor run).
Each figure is located by a unique anchor phrase containing its rawText, so offsets are computed, not typed."""
import json, math

def rnd(x):  # JS Math.round for positives
    return math.floor(x + 0.5)

def bounds(q, n=None, lo=None, hi=None):
    if q == 'exact': return n, n, n
    if q in ('about', 'estimated'): return n, rnd(n * 0.9), rnd(n * 1.1)
    if q in ('up_to', 'fewer_than'): return n, None, n
    if q in ('at_least', 'more_than'): return n, n, None
    if q == 'range': return None, lo, hi
    if q == 'vague':
        return None, {'several': (3, 9), 'dozens': (24, 99), 'scores': (40, 99), 'hundreds': (200, 999), 'thousands': (2000, 9999),
                      'tens of thousands': (20000, 99999), 'hundreds of thousands': (200000, 999999), 'millions': (2000000, 9999999)}[lo.lower()][0], \
               {'several': (3, 9), 'dozens': (24, 99), 'scores': (40, 99), 'hundreds': (200, 999), 'thousands': (2000, 9999),
                'tens of thousands': (20000, 99999), 'hundreds of thousands': (200000, 999999), 'millions': (2000000, 9999999)}[lo.lower()][1]

UNHCR = ['UNHCR', 'UN High Commissioner for Refugees', 'UN refugee agency']
SARANGA = ['Omar Saranga', 'Saranga', 'Ministry of Defense', "Mozambique's Ministry of Defense"]
MARTINS = ['Joana Martins', 'Martins', 'Anonymous Volunteers of Mozambique', 'Vamoz']
HARUNA = ['Ahmed Haruna', 'Haruna', 'local security source', 'local security guard', 'official']
UN = ['U.N.', 'United Nations', 'UN']
DHAKAL = ['Laxmi Dhakal', 'Dhakal', 'Home ministry']
GOVAK = ['L.C. Govak', 'Govak', "India's home secretary", 'home secretary']
IOM = ['International Organization for Migration', 'IOM', 'organization']
UNHR = ["UN's human rights agency", 'United Nations human rights agency', 'Ravina Shamdasani', 'Shamdasani']
ARGALY = ['Nasser al-Argaly', 'al-Argaly', 'Al-Argaly', 'senior health official', 'Health Ministry']
OHCHR = ['United Nations High Commissioner for Human Rights', 'UN High Commissioner for Human Rights', 'OHCHR']

# (anchor, rawText, qualifier, stated-or-vague-word, category, source, place, aliases, partOf)
DOCS = {
 'rohingya-bangladesh-unhcr-influx': (
  'https://arabnews.com/node/1158146',
  '270,000 Rohingya refugees in Bangladesh: UNHCR (Arab News, 9 September 2017)', [
  ('Nearly 270,000 Rohingya', 'Nearly 270,000', 'about', 270000, 'fled', 'UN High Commissioner for Refugees', 'Rakhine', UNHCR, None),
  ('figure at more than 300,000', 'more than 300,000', 'more_than', 300000, 'fled', 'Unofficial sources', 'Rakhine', None, None),
  ('home to nearly 34,000', 'nearly 34,000', 'about', 34000, 'refugees', 'UN High Commissioner for Refugees', "Cox's Bazar", UNHCR, None),
  ('totaling more than 70,000', 'more than 70,000', 'more_than', 70000, 'refugees', None, "Cox's Bazar", None, None),
  ('recovered 88 bodies', '88', 'exact', 88, 'killed', None, 'River Naf', None, None),
 ]),
 'mozambique-palma-attack-missing': (
  'https://theworld.org/stories/2021-03-29/hundreds-remain-missing-after-cabo-delgado-attack',
  'Hundreds remain missing after Cabo Delgado attack (PRI The World, 29 March 2021)', [
  ('killing dozens of people', 'dozens', 'vague', 'dozens', 'killed', 'Omar Saranga', 'Palma', SARANGA, None),
  ('Seven were brutally', 'Seven', 'exact', 7, 'killed', 'Omar Saranga', 'Palma', SARANGA, 'dozens'),
  ('thousands of people have fled', 'thousands', 'vague', 'thousands', 'fled', None, 'Palma', None, None),
  ('more than 670,000 Mozambicans', 'more than 670,000', 'more_than', 670000, 'displaced', None, 'Mozambique', None, None),
  ('But hundreds remain missing', 'hundreds', 'vague', 'hundreds', 'other', 'Joana Martins', 'Palma', MARTINS, None),
  ('home — 17 of her', '17', 'exact', 17, 'other', None, 'Palma', None, None),
  ('Nearly 800 people are missing', 'Nearly 800', 'about', 800, 'other', 'Joana Martins', 'Palma', MARTINS, None),
 ]),
 'nigeria-borno-njaba-attack': (
  'https://business-standard.com/article/news-ians/47-villagers-killed-in-nigeria-boko-haram-attack-115030600011_1.html',
  '47 villagers killed in Nigeria Boko Haram attack (IANS/Xinhua via Business Standard, 6 March 2015)', [
  ('At least 47 villagers', 'At least 47', 'at_least', 47, 'killed', 'local security source', 'Borno', HARUNA, None),
  ('more than 47 corpses', 'more than 47', 'more_than', 47, 'killed', 'Ahmed Haruna', 'Njaba', HARUNA, None),
  ('at least 21 people were killed', 'at least 21', 'at_least', 21, 'killed', None, 'Borno', None, None),
  ('more than 13,000 people', 'more than 13,000', 'more_than', 13000, 'killed', None, 'Nigeria', None, None),
  ('over one million others', 'over one million', 'more_than', 1000000, 'displaced', None, 'Nigeria', None, None),
 ]),
 'nepal-earthquake-2015-toll': (
  'https://www.timesofturkey.com/heading/nepal-earthquake-death-toll-above-4500.html',
  'Nepal earthquake death toll above 4,500 (Times of Turkey, 28 April 2015)', [
  ('climbed to 4,455', '4,455', 'exact', 4455, 'killed', None, 'Nepal', None, None),
  ('Around 8,300 people', 'Around 8,300', 'about', 8300, 'injured', 'Nepali police', 'Nepal', None, None),
  ('figures above 4,300', 'above 4,300', 'more_than', 4300, 'killed', 'Laxmi Dhakal', None, DHAKAL, None),
  ('an estimated 8 million people', 'an estimated 8 million', 'estimated', 8000000, 'other', 'U.N.', None, UN, None),
  ('1.4 million are in need', '1.4 million', 'exact', 1400000, 'other', 'U.N.', None, UN, None),
  ('where 1,441 have died', '1,441', 'exact', 1441, 'killed', None, 'Kathmandu Valley', None, '4,455'),
  ('where 2,757 have been killed', '2,757', 'exact', 2757, 'killed', None, 'central region', None, '4,455'),
  ('ministry, 18 people were killed', '18', 'exact', 18, 'killed', 'home ministry', 'Mount Everest', None, None),
  ('There have been 13 bodies', '13', 'exact', 13, 'killed', None, 'Mount Everest', None, '18'),
  ('including nine Nepalis', 'nine', 'exact', 9, 'killed', None, 'Mount Everest', None, '13'),
  ('and four foreigners', 'four', 'exact', 4, 'killed', None, 'Mount Everest', None, '13'),
  ('A further 72 people', '72', 'exact', 72, 'killed', 'L.C. Govak', 'India', GOVAK, None),
  ('reported 25 deaths in Tibet', '25', 'exact', 25, 'killed', 'Chinese state media', 'Tibet', None, None),
 ]),
 'iraq-mosul-offensive-fled': (
  'https://amp.dw.com/en/tens-of-thousands-flee-mosul-as-operation-against-is-intensifies/a-36321008',
  'Tens of thousands flee Mosul as operation against IS intensifies (DW, November 2016)', [
  ('Nearly 42,000 people', 'Nearly 42,000', 'about', 42000, 'fled', 'International Organization for Migration', 'Mosul', IOM, None),
  ('that 41,988 people', '41,988', 'exact', 41988, 'fled', 'International Organization for Migration', 'Mosul', IOM, None),
  ('reported 34,000 people', '34,000', 'exact', 34000, 'displaced', 'International Organization for Migration', 'Mosul', IOM, None),
  ('displace up to a million people', 'up to a million', 'up_to', 1000000, 'displaced', 'Aid organizations', 'Mosul', None, None),
  ('a 100,000-strong alliance', '100,000', 'exact', 100000, 'fighters', None, 'Mosul', None, None),
  ('held around 100 bodies', 'around 100', 'about', 100, 'killed', 'army officials', 'Hammam al-Ali', None, None),
  ('exterminated dozens of people', 'dozens', 'vague', 'dozens', 'killed', None, 'Iraq', None, None),
  ('reports that 50 former', '50', 'exact', 50, 'killed', "UN's human rights agency", 'Mosul', UNHR, None),
 ]),
 'yemen-sanaa-funeral-airstrike': (
  'https://cbsnews.com/news/yemen-funeral-saudi-us-backed-coalition-airstrike-kills-dozens-mourners/',
  'Dozens killed as U.S.-backed coalition allegedly targets funeral (AP via CBS News, October 2016)', [
  ('killing at least 82 people', 'at least 82', 'at_least', 82, 'killed', 'senior health official', 'Sanaa', ARGALY, None),
  ('left 534 people wounded', '534', 'exact', 534, 'injured', 'Nasser al-Argaly', 'Sanaa', ARGALY, None),
  ('total of 180 civilians', '180', 'exact', 180, 'killed', 'United Nations High Commissioner for Human Rights', 'Yemen', OHCHR, None),
  ('toll to nearly 4000', 'nearly 4000', 'about', 4000, 'killed', 'United Nations High Commissioner for Human Rights', 'Yemen', OHCHR, None),
 ]),
}

for slug, (url, title, figs) in DOCS.items():
    body = open(f'{slug}.txt', encoding='utf8').read()
    out = []
    for anchor, raw, q, n, cat, src, place, aliases, part in figs:
        assert body.count(anchor) == 1, (slug, anchor, body.count(anchor))
        a = body.index(anchor); i = anchor.index(raw); start = a + i; end = start + len(raw)
        if q == 'vague': value, low, high = bounds(q, lo=n)
        else: value, low, high = bounds(q, n)
        f = {'rawText': raw, 'start': start, 'end': end, 'value': value, 'low': low, 'high': high, 'qualifier': q,
             'category': cat, 'source': src, 'place': place}
        if aliases: f['sourceAliases'] = aliases
        if part: f['partOf'] = part
        out.append(f)
    out.sort(key=lambda f: f['start'])
    with open(f'{slug}.gold.json', 'w', encoding='utf8') as fh:
        json.dump({'url': url, 'title': title, 'figures': out}, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
    print(slug, len(out))
