"""Checks every gold figure of a folder: text[start:end] == rawText, bounds follow lib/figures/hedge-ranges.ts,
categories and qualifiers are in lib/figures/vocabulary.ts, and lists number-like tokens no figure covers."""
import json, glob, math, re, sys, os
CATS = {'killed','injured','children','fighters','displaced','refugees','population','trapped','fled','airstrikes','personnel','other'}
QUALS = {'exact','about','estimated','up_to','at_least','more_than','fewer_than','range','vague'}
VAGUE = {'several': (3, 9), 'dozens': (24, 99), 'scores': (40, 99), 'hundreds': (200, 999), 'thousands': (2000, 9999),
         'tens of thousands': (20000, 99999), 'hundreds of thousands': (200000, 999999), 'millions': (2000000, 9999999), 'several hundred': (300, 900), 'several hundred thousand': (300000, 900000), 'several thousand': (3000, 9000)}
WORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands|millions|scores|several|million'
folder = sys.argv[1]; only = sys.argv[2:] 
ok = True
r = lambda x: math.floor(x + 0.5)
for gold_file in sorted(glob.glob(os.path.join(folder, '*.gold.json'))):
    slug = os.path.basename(gold_file)[:-len('.gold.json')]
    if only and slug not in only: continue
    body = open(os.path.join(folder, slug + '.txt'), encoding='utf8').read()
    if not all(ord(c) < 0x10000 for c in body): ok = False; print('NON-BMP', slug)
    gold = json.load(open(gold_file, encoding='utf8'))
    if 'figures' not in gold: continue
    if not (gold.get('url') and gold.get('title')): ok = False; print('NO URL/TITLE', slug)
    for f in gold['figures']:
        if body[f['start']:f['end']] != f['rawText']: ok = False; print('SPAN MISMATCH', slug, f)
        if f['category'] not in CATS: ok = False; print('CATEGORY', slug, f)
        q, v, lo, hi = f['qualifier'], f['value'], f['low'], f['high']
        if q not in QUALS: ok = False; print('QUALIFIER', slug, f)
        exp = {'exact': (v, v, v), 'about': (v, r(v*0.9), r(v*1.1)), 'estimated': (v, r(v*0.9), r(v*1.1)),
               'up_to': (v, None, v), 'fewer_than': (v, None, v), 'at_least': (v, v, None), 'more_than': (v, v, None)}.get(q) if v is not None else None
        if q not in ('range', 'vague') and exp != (v, lo, hi): ok = False; print('BOUNDS', slug, f)
        if q == 'vague' and (v is not None or (lo, hi) != VAGUE.get(f['rawText'].lower().strip())): ok = False; print('VAGUE', slug, f)
        if q == 'range' and v is not None: ok = False; print('RANGE VALUE', slug, f)
        if f.get('isPercentage') and '%' not in f['rawText'] and 'per' not in f['rawText']: print('  pct?', slug, f['rawText'])
    covered = [(f['start'], f['end']) for f in gold['figures']]
    if not only: 
        print(f'{slug}: {len(gold["figures"])} figures, {len(body)} chars, {body.count(chr(10))+1} lines'); continue
    for m in re.finditer(rf'\d[\d,.]*|\b(?:{WORDS})\b', body, re.I):
        if not any(s <= m.start() < e for s, e in covered):
            ctx = body[max(0, m.start()-30):m.end()+30].replace('\n', ' ')
            print(f'  not in gold  {slug}: {m.group()!r:14} …{ctx}…')
    print(f'{slug}: {len(gold["figures"])} figures, {len(body)} chars')
print('ALL OK' if ok else 'PROBLEMS FOUND')
