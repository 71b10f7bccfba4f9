/**
 * Scores the extractor on the development set (eval/extract) and prints a table per report and overall.
 * Run: npx tsx scripts/eval-extract.ts [--details]   (--details lists misses, extras and wrong fields)
 * The matching rules are documented in eval/extract/scoring.ts.
 */
import { extractFigures } from '../lib/extract';
import { loadDevSet } from '../eval/extract/dev-set';
import { ratios, scoreDocument, type Score } from '../eval/extract/scoring';

const showDetails = process.argv.includes('--details');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const rows: string[] = [];
const header = `${'report'.padEnd(36)} ${'gold'.padStart(4)} ${'pred'.padStart(4)} ${'match'.padStart(5)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'categ'.padStart(7)} ${'source'.padStart(7)} ${'place'.padStart(7)}`;
const total = { gold: 0, predicted: 0, matched: 0, categoryCorrect: 0, sourceCorrect: 0, placeCorrect: 0 };

function row(name: string, score: Omit<Score, 'misses' | 'extras' | 'wrong'>): string {
  const r = ratios(score);
  return `${name.padEnd(36)} ${String(score.gold).padStart(4)} ${String(score.predicted).padStart(4)} ${String(score.matched).padStart(5)} ${percent(r.precision)} ${percent(r.recall)} ${percent(r.f1)} ${percent(r.category)} ${percent(r.source)} ${percent(r.place)}`;
}

for (const document of loadDevSet()) {
  const score = scoreDocument(extractFigures(document.text), document.figures);
  for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += score[key];
  rows.push(row(document.slug, score));
  if (showDetails) {
    for (const miss of score.misses) rows.push(`    missed  "${miss.rawText}" @${miss.start} ${miss.qualifier} ${miss.value ?? `${miss.low}-${miss.high}`}`);
    for (const extra of score.extras) rows.push(`    extra   "${extra.rawText}" @${extra.start} ${extra.qualifier} ${extra.value ?? `${extra.low}-${extra.high}`} (${extra.category})`);
    for (const wrong of score.wrong) rows.push(`    wrong   "${wrong.gold.rawText}": ${wrong.fields.join('; ')}`);
  }
}

console.log(header);
console.log('-'.repeat(header.length));
console.log(rows.join('\n'));
console.log('-'.repeat(header.length));
console.log(row('OVERALL', total));
console.log('\nprec/recall/F1: value+low+high+qualifier on overlapping spans; categ/source/place: accuracy over matched figures.');
