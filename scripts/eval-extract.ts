/**
 * Scores the extractor on the development set (eval/extract), the held-out set (eval/extract-holdout) and the
 * blind test set (eval/extract-test), and prints a table per report and an OVERALL line per set. The held-out
 * reports were annotated before the extractor was run on them and are never used to choose rules; the test
 * reports were annotated by someone other than the extractor's authors, blind, before any run (see its README).
 * The second blind set (eval/extract-blind) was annotated the same way, and its first run recorded before any rule
 * was changed; the third and fourth (eval/extract-blind-3, -4) likewise.
 * The fifth to thirty-fifth blind sets (eval/extract-blind-5 ... -35) were made the same way; each one's first run is in its
 * README, and each set but the four newest has been read since, as development data.
 * Run: npx tsx scripts/eval-extract.ts [--set dev|held-out|test|blind-2|...|blind-35] [--batch N] [--details]
 *   --set       score one set only (default: all of them)
 *   --batch     score only the reports annotated in batch N (a gold file's `batch`), to read a new batch's first run
 *   --details   list misses, extras and wrong fields
 * The matching rules are documented in eval/extract/scoring.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../lib/extract';
import { DEV_SET_DIRECTORY, loadDevSet } from '../eval/extract/dev-set';
import { ratios, scoreDocument, type Score } from '../eval/extract/scoring';

const SETS = [
  { name: 'dev', directory: DEV_SET_DIRECTORY },
  { name: 'held-out', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-holdout') },
  { name: 'test', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-test') },
  { name: 'blind-2', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind') },
  { name: 'blind-3', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-3') },
  { name: 'blind-4', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-4') },
  { name: 'blind-5', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-5') },
  { name: 'blind-6', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-6') },
  { name: 'blind-7', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-7') },
  { name: 'blind-8', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-8') },
  { name: 'blind-9', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-9') },
  { name: 'blind-10', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-10') },
  { name: 'blind-11', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-11') },
  { name: 'blind-12', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-12') },
  { name: 'blind-13', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-13') },
  { name: 'blind-14', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-14') },
  { name: 'blind-15', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-15') },
  { name: 'blind-16', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-16') },
  { name: 'blind-17', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-17') },
  { name: 'blind-18', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-18') },
  { name: 'blind-19', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-19') },
  { name: 'blind-20', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-20') },
  { name: 'blind-21', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-21') },
  { name: 'blind-22', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-22') },
  { name: 'blind-23', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-23') },
  { name: 'blind-24', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-24') },
  { name: 'blind-25', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-25') },
  { name: 'blind-26', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-26') },
  { name: 'blind-27', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-27') },
  { name: 'blind-28', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-28') },
  { name: 'blind-29', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-29') },
  { name: 'blind-30', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-30') },
  { name: 'blind-31', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-31') },
  { name: 'blind-32', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-32') },
  { name: 'blind-33', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-33') },
  { name: 'blind-34', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-34') },
  { name: 'blind-35', directory: path.resolve(DEV_SET_DIRECTORY, '..', 'extract-blind-35') },
];

const showDetails = process.argv.includes('--details');
const setFlag = process.argv.indexOf('--set');
const onlySet = setFlag === -1 ? null : process.argv[setFlag + 1];
const batchFlag = process.argv.indexOf('--batch');
const onlyBatch = batchFlag === -1 ? null : Number(process.argv[batchFlag + 1]);
if (onlyBatch !== null && !Number.isInteger(onlyBatch)) {
  process.stderr.write(`eval-extract: --batch needs a whole number, not "${process.argv[batchFlag + 1] ?? ''}"\n`);
  process.exit(2);
}
if (onlySet !== null && !SETS.some((set) => set.name === onlySet)) {
  process.stderr.write(`eval-extract: unknown set "${onlySet}" (${SETS.map((set) => set.name).join(', ')})\n`);
  process.exit(2);
}

type Totals = Omit<Score, 'misses' | 'extras' | 'wrong'>;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const header = `${'report'.padEnd(36)} ${'gold'.padStart(4)} ${'pred'.padStart(4)} ${'match'.padStart(5)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'categ'.padStart(7)} ${'source'.padStart(7)} ${'place'.padStart(7)}`;

function row(name: string, score: Totals): string {
  const r = ratios(score);
  return `${name.padEnd(36)} ${String(score.gold).padStart(4)} ${String(score.predicted).padStart(4)} ${String(score.matched).padStart(5)} ${percent(r.precision)} ${percent(r.recall)} ${percent(r.f1)} ${percent(r.category)} ${percent(r.source)} ${percent(r.place)}`;
}

function details(score: Score): string[] {
  const lines: string[] = [];
  for (const miss of score.misses) lines.push(`    missed  "${miss.rawText}" @${miss.start} ${miss.qualifier} ${miss.value ?? `${miss.low}-${miss.high}`}`);
  for (const extra of score.extras) lines.push(`    extra   "${extra.rawText}" @${extra.start} ${extra.qualifier} ${extra.value ?? `${extra.low}-${extra.high}`} (${extra.category})`);
  for (const wrong of score.wrong) lines.push(`    wrong   "${wrong.gold.rawText}": ${wrong.fields.join('; ')}`);
  return lines;
}

/** Prints one set's table and returns its OVERALL line. */
function evaluateSet(name: string, directory: string): string {
  const total: Totals = { gold: 0, predicted: 0, matched: 0, categoryCorrect: 0, sourceCorrect: 0, placeCorrect: 0 };
  const rows: string[] = [];
  for (const document of loadDevSet(directory).filter((candidate) => onlyBatch === null || candidate.batch === onlyBatch)) {
    const score = scoreDocument(extractFigures(document.text), document.figures);
    for (const key of Object.keys(total) as Array<keyof Totals>) total[key] += score[key];
    rows.push(row(document.slug, score));
    if (showDetails) rows.push(...details(score));
  }
  const overall = row(`OVERALL ${name}${onlyBatch === null ? '' : ` batch ${onlyBatch}`}`, total);
  console.log(`\n[${name}]`);
  console.log(header);
  console.log('-'.repeat(header.length));
  console.log(rows.join('\n'));
  console.log('-'.repeat(header.length));
  console.log(overall);
  return overall;
}

const overalls = SETS.filter((set) => (onlySet === null || set.name === onlySet) && existsSync(set.directory)).map((set) => evaluateSet(set.name, set.directory));
if (overalls.length > 1) {
  console.log(`\n${header}`);
  console.log(overalls.join('\n'));
}
console.log('\nprec/recall/F1: value+low+high+qualifier on overlapping spans; categ/source/place: accuracy over matched figures.');
