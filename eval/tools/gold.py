"""What every set's build-gold.py shares: each figure is located by an anchor phrase (with an occurrence number
when the phrase repeats) that contains its rawText, so offsets are computed, and low/high follow
lib/figures/hedge-ranges.ts (plus "several thousand", coded as the third blind set coded "several hundred")."""
import json, math, os, sys


VAGUE = {'several': (3, 9), 'dozens': (24, 99), 'scores': (40, 99), 'hundreds': (200, 999), 'thousands': (2000, 9999),
         'tens of thousands': (20000, 99999), 'hundreds of thousands': (200000, 999999), 'millions': (2000000, 9999999), 'several hundred': (300, 900), 'several thousand': (3000, 9000)}

def rnd(x):  # JS Math.round for positives
    return math.floor(x + 0.5)

def bounds(q, n):
    if q == 'exact': return n, n, n
    if q in ('about', 'estimated'): return n, rnd(n * 0.9), rnd(n * 1.1)
    if q in ('up_to', 'fewer_than'): return n, None, n
    if q in ('at_least', 'more_than'): return n, n, None
    if q == 'vague':
        lo, hi = VAGUE[n.lower()]
        return None, lo, hi
    if q == 'range':
        return None, n[0], n[1]
    raise ValueError(q)

def find_nth(text, s, n):
    i = -1
    for _ in range(n):
        i = text.find(s, i + 1)
        if i < 0: raise ValueError(f'anchor {s!r} occurrence {n} not found')
    return i

def build(out_dir, slug, url, title, batch, text, figs):
    figures = []
    for f in figs:
        anchor, raw, q, n, cat, src, place = f[:7]
        opts = f[7] if len(f) > 7 else {}
        occ = opts.get('occ', 1)
        if opts.get('occ') is None and text.count(anchor) != 1:
            raise ValueError(f'{slug}: anchor {anchor!r} occurs {text.count(anchor)} times')
        a = find_nth(text, anchor, occ)
        k = anchor.find(raw)
        if k < 0: raise ValueError(f'{slug}: raw {raw!r} not in anchor {anchor!r}')
        start = a + k; end = start + len(raw)
        value, low, high = bounds(q, n)
        fig = {'rawText': raw, 'start': start, 'end': end, 'value': value, 'low': low, 'high': high,
               'qualifier': q, 'category': cat, 'source': src, 'place': place}
        if opts.get('aliases'): fig['sourceAliases'] = opts['aliases']
        if opts.get('pct'): fig['isPercentage'] = True
        if opts.get('partOf'): fig['partOf'] = opts['partOf']
        figures.append(fig)
    figures.sort(key=lambda x: x['start'])
    gold = {'url': url, 'title': title}
    if batch is not None: gold['batch'] = batch
    gold['figures'] = figures
    with open(os.path.join(out_dir, slug + '.txt'), 'w', encoding='utf8') as fh: fh.write(text)
    with open(os.path.join(out_dir, slug + '.gold.json'), 'w', encoding='utf8') as fh:
        json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write('\n')
    return len(figures)


def build_set(D, batch=None):
    """Writes every report of D ({slug: (url, title, figures)}) into the folder given on the command line (default
    '.'), from the .txt files already there, and prints the figures per report and in all."""
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    total = 0
    for slug, (url, title, figs) in D.items():
        text = open(os.path.join(out, slug + '.txt'), encoding='utf8').read()
        n = build(out, slug, url, title, batch, text, figs); total += n
        print(f'{slug}: {n}')
    print('reports', len(D), 'figures', total)
