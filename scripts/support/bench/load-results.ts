import fs from 'node:fs';
import path from 'node:path';
import type { MixedLoadResult } from './load-mixed';

/** The mixed-load bench's results and budgets (printed, never asserted), as Markdown and JSON in bench/results/. */
export interface LoadBenchResult {
  startedAt: string;
  figures: number;
  readers: number;
  writers: number;
  seconds: number;
  machine: { node: string; cpus: number; loadAverage: number[] };
  load: MixedLoadResult;
  sqliteBusy: number;
}

const WRITE_P99_BUDGET_MS = 500;

function budgets(result: LoadBenchResult): Array<{ rule: string; value: string; met: boolean }> {
  const { reads, writes } = result.load;
  return [
    { rule: `write p99 under ${WRITE_P99_BUDGET_MS} ms`, value: `${writes.p99.toFixed(0)} ms`, met: writes.p99 < WRITE_P99_BUDGET_MS },
    { rule: 'no 5xx answer', value: String(reads.serverErrors + writes.serverErrors), met: reads.serverErrors + writes.serverErrors === 0 },
    { rule: 'no SQLITE_BUSY', value: String(result.sqliteBusy), met: result.sqliteBusy === 0 },
    { rule: 'no failed or refused request', value: String(reads.errors + writes.errors + writes.otherRefusals), met: reads.errors + writes.errors + writes.otherRefusals === 0 },
  ];
}

export function loadToMarkdown(result: LoadBenchResult): string {
  const { reads, writes } = result.load;
  const rate = (value: number) => value.toFixed(value < 10 ? 1 : 0);
  return [
    `## Mixed load: ${result.readers} readers and ${result.writers} editors for ${result.seconds} s on ${result.figures.toLocaleString('en')} figures`,
    '',
    `${result.startedAt}; Node ${result.machine.node}, ${result.machine.cpus} CPUs, load average ${result.machine.loadAverage.map((value) => value.toFixed(2)).join(' ')}`,
    '',
    '| | requests | req/s | p50 ms | p99 ms | 5xx |',
    '|---|---|---|---|---|---|',
    `| reads (pages and API) | ${reads.requests} | ${rate(reads.requestsPerSecond)} | ${reads.p50.toFixed(0)} | ${reads.p99.toFixed(0)} | ${reads.serverErrors} |`,
    `| writes (PUT /api/admin/figures/:id) | ${writes.requests} | ${rate(writes.requestsPerSecond)} | ${writes.p50.toFixed(0)} | ${writes.p99.toFixed(0)} | ${writes.serverErrors} |`,
    '',
    `SQLITE_BUSY in the server's output: ${result.sqliteBusy}. Failed connections: ${reads.errors + writes.errors}; writes refused (4xx): ${writes.otherRefusals}.`,
    '',
    '| budget | measured | met |',
    '|---|---|---|',
    ...budgets(result).map((budget) => `| ${budget.rule} | ${budget.value} | ${budget.met ? 'yes' : '**no**'} |`),
    '',
  ].join('\n');
}

export function writeLoadResults(result: LoadBenchResult, projectRoot: string): string {
  const folder = path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(folder, { recursive: true });
  const stamp = `${result.startedAt.replace(/[:.]/g, '-')}-load`;
  const markdown = loadToMarkdown(result);
  fs.writeFileSync(path.join(folder, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(folder, `${stamp}.md`), markdown);
  fs.writeFileSync(path.join(folder, 'load-latest.md'), markdown);
  return path.join(folder, `${stamp}.md`);
}
