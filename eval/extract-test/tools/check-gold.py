"""Checks every gold figure: body[start:end] == rawText (JS slice on UTF-16 code units; all texts here are BMP so equal),
bounds follow lib/figures/hedges.ts, and lists number-like tokens of the text that no gold figure covers."""
import json, glob, math, re
WORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands|millions|scores|several|million|first|second|third'
ok = True
for gold_file in sorted(glob.glob('*.gold.json')):
    slug = gold_file[:-len('.gold.json')]
    body = open(f'{slug}.txt', encoding='utf8').read()
    assert all(ord(c) < 0x10000 for c in body)
    gold = json.load(open(gold_file, encoding='utf8'))
    assert gold.get('url') and gold.get('title')
    for f in gold['figures']:
        if body[f['start']:f['end']] != f['rawText']:
            ok = False; print('SPAN MISMATCH', slug, f)
        q, v, lo, hi = f['qualifier'], f['value'], f['low'], f['high']
        exp = {'exact': (v, v, v), 'about': (v, math.floor(v*0.9+.5) if v else None, math.floor(v*1.1+.5) if v else None),
               'estimated': (v, math.floor(v*0.9+.5) if v else None, math.floor(v*1.1+.5) if v else None),
               'up_to': (v, None, v), 'fewer_than': (v, None, v), 'at_least': (v, v, None), 'more_than': (v, v, None)}.get(q)
        if exp and exp != (v, lo, hi): ok = False; print('BOUNDS', slug, f)
        if q in ('range', 'vague') and v is not None: ok = False; print('VALUE SHOULD BE NULL', slug, f)
    covered = [(f['start'], f['end']) for f in gold['figures']]
    for m in re.finditer(rf'\d[\d,.]*|\b(?:{WORDS})\b', body, re.I):
        if not any(s <= m.start() < e for s, e in covered):
            ctx = body[max(0, m.start()-30):m.end()+30].replace('\n', ' ')
            print(f'  not in gold  {slug}: {m.group()!r:14} …{ctx}…')
    print(f'{slug}: {len(gold["figures"])} figures, {len(body)} chars')
print('ALL SPANS OK' if ok else 'PROBLEMS FOUND')
