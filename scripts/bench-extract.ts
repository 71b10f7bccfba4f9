/**
 * Measures extraction speed: repeats the development-set texts to about 5 MB, extracts their figures on one
 * core, and prints MB/s and figures/s (best of three runs after a warm-up). Target: at least 1 MB/s.
 * Run: npx tsx scripts/bench-extract.ts
 */
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../lib/extract';
import { loadDevSet } from '../eval/extract/dev-set';

const TARGET_BYTES = 5 * 1024 * 1024;
const reports = loadDevSet().map((document) => document.text);
const parts: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const report of reports) {
    parts.push(report);
    bytes += Buffer.byteLength(report, 'utf8') + 2;
  }
}
const corpus = parts.join('\n\n');
const megabytes = Buffer.byteLength(corpus, 'utf8') / (1024 * 1024);

extractFigures(reports.join('\n\n'));
let best = Number.POSITIVE_INFINITY;
let figureCount = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  figureCount = extractFigures(corpus).length;
  best = Math.min(best, (performance.now() - started) / 1000);
}

console.log(`text:      ${megabytes.toFixed(2)} MB (${reports.length} reports repeated)`);
console.log(`time:      ${best.toFixed(2)} s (best of 3)`);
console.log(`speed:     ${(megabytes / best).toFixed(2)} MB/s`);
console.log(`figures:   ${figureCount} (${Math.round(figureCount / best).toLocaleString('en')} figures/s)`);
