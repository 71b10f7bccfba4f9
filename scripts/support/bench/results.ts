/**
 * The bench's results: every figure measured, the budgets set against them (printed, never asserted), one Markdown
 * table and a JSON file under bench/results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportMeasurement } from './export';
import type { Load } from './load';
import type { Spread } from './measure';

export type PageKind = 'page' | 'api' | 'reference';

export interface PageResult {
  label: string;
  url: string;
  kind: PageKind;
  status: number;
  bytes: number;
  gzipBytes: number;
  uncached: Spread | null;
  cached: Spread;
  load: Load;
  /** Requests per second of this page ÷ those of the reference. */
  ratios: { notFound: number | null; static: number | null; bareApi: number | null };
}

export interface Budget {
  subject: string;
  rule: string;
  value: number;
  met: boolean;
  /** Why a budget counts as not met besides its value (a page that did not answer 200). */
  note?: string;
}

export interface BenchResult {
  startedAt: string;
  size: { reports: number; perReport: number; seed: number };
  dataset: { cached: boolean; generationSeconds: number; figures: number };
  machine: { node: string; cpus: number; loadAverage: number[] };
  load: { connections: number; seconds: number };
  pages: PageResult[];
  firstLoadJs: { kilobytesGzip: number; files: string[] } | { error: string };
  lcp: { median: number; samples: number[] } | { error: string };
  /** The CSV export of every figure. */
  csvExport: ExportMeasurement | { error: string };
  serverRssMegabytes: number;
  budgets: Budget[];
}

const kilobytes = (bytes: number) => bytes / 1024;
const fixed = (value: number | null | undefined, digits = 0) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits));

/** The budgets of the brief, from the measured results. */
export function budgetsOf(result: Omit<BenchResult, 'budgets'>): Budget[] {
  const budgets: Budget[] = [];
  const answered = (page: PageResult, budget: Omit<Budget, 'met' | 'note'>, met: boolean) =>
    budgets.push(page.status === 200 ? { ...budget, met } : { ...budget, met: false, note: `answered ${page.status}` });
  for (const page of result.pages.filter((candidate) => candidate.kind === 'page')) {
    answered(page, { subject: page.label, rule: 'HTML ≤ 400 KB', value: kilobytes(page.bytes) }, kilobytes(page.bytes) <= 400);
    const limit = page.label === '/' ? 150 : 300;
    const p95 = page.uncached?.p95 ?? NaN;
    answered(page, { subject: page.label, rule: `uncached p95 ≤ ${limit} ms`, value: p95 }, p95 <= limit);
  }
  const home = result.pages.find((page) => page.label === '/');
  if (home) answered(home, { subject: '/', rule: 'cached req/s ≥ 0.8 × not-found', value: home.ratios.notFound ?? NaN }, (home.ratios.notFound ?? 0) >= 0.8);
  const api = result.pages.find((page) => page.kind === 'api');
  if (api) {
    const p95 = api.uncached?.p95 ?? NaN;
    answered(api, { subject: api.label, rule: 'uncached p95 ≤ 50 ms', value: p95 }, p95 <= 50);
    answered(api, { subject: api.label, rule: 'req/s ≥ 0.5 × bare handler', value: api.ratios.bareApi ?? NaN }, (api.ratios.bareApi ?? 0) >= 0.5);
  }
  const js = 'kilobytesGzip' in result.firstLoadJs ? result.firstLoadJs.kilobytesGzip : NaN;
  budgets.push({ subject: 'first-load JS of /', rule: '≤ 200 KB gzip', value: js, met: js <= 200 });
  const lcp = 'median' in result.lcp ? result.lcp.median : NaN;
  budgets.push({ subject: 'LCP of /', rule: '≤ 300 ms', value: lcp, met: lcp <= 300 });
  const csv = 'rows' in result.csvExport ? result.csvExport : null;
  const complete = csv !== null && csv.rows === result.dataset.figures;
  const note = csv === null ? 'not measured' : complete ? undefined : `${csv.rows} of ${result.dataset.figures} rows`;
  const exportBudget = (rule: string, value: number, met: boolean) =>
    budgets.push({ subject: 'CSV export', rule, value, met: met && complete, ...(note ? { note } : {}) });
  exportBudget('≥ 50,000 rows/s', csv?.rowsPerSecond ?? NaN, (csv?.rowsPerSecond ?? 0) >= 50_000);
  exportBudget('RSS growth < 100 MB', csv?.rssGrowthMegabytes ?? NaN, (csv?.rssGrowthMegabytes ?? Infinity) < 100);
  return budgets;
}

function budgetCell(budgets: readonly Budget[], subject: string): string {
  return budgets
    .filter((budget) => budget.subject === subject)
    .map((budget) => `${budget.rule}: **${budget.met ? 'met' : 'not met'}**${budget.note ? ` (${budget.note})` : ''}`)
    .join('; ');
}

/** One Markdown table: a row per page and reference, then the whole-app figures, each with its budgets. */
export function toMarkdown(result: BenchResult): string {
  const { size, load } = result;
  const lines = [
    `# Page bench, ${result.startedAt}`,
    '',
    `${size.reports.toLocaleString('en')} reports × ${size.perReport} figures (${result.dataset.figures.toLocaleString('en')} figures, seed ${size.seed}); ` +
      `load: ${load.connections} connections for ${load.seconds} s per page on loopback; Node ${result.machine.node}, ` +
      `${result.machine.cpus} CPUs, load average ${result.machine.loadAverage.map((value) => value.toFixed(1)).join(' ')} at the start.`,
    '',
    '| page | status | HTML KB (gzip) | uncached p50 / p95 ms | cached p50 / p95 ms | req/s | ÷ not-found | ÷ static | ÷ bare API | budgets |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const page of result.pages) {
    lines.push(
      `| \`${page.label}\` | ${page.status} | ${fixed(kilobytes(page.bytes), 1)} (${fixed(kilobytes(page.gzipBytes), 1)}) | ` +
        `${page.uncached ? `${fixed(page.uncached.p50, 1)} / ${fixed(page.uncached.p95, 1)}` : '—'} | ` +
        `${fixed(page.cached.p50, 1)} / ${fixed(page.cached.p95, 1)} | ${fixed(page.load.requestsPerSecond, page.load.requestsPerSecond < 10 ? 1 : 0)}` +
        `${page.load.errors > 0 ? ` (${page.load.errors} errors)` : ''} | ${fixed(page.ratios.notFound, 2)} | ${fixed(page.ratios.static, 2)} | ` +
        `${fixed(page.ratios.bareApi, 2)} | ${budgetCell(result.budgets, page.label)} |`,
    );
  }
  const js = 'kilobytesGzip' in result.firstLoadJs ? `${fixed(result.firstLoadJs.kilobytesGzip, 1)} KB gzip` : result.firstLoadJs.error;
  const lcp = 'median' in result.lcp ? `${fixed(result.lcp.median)} ms (median of ${result.lcp.samples.map((sample) => fixed(sample)).join(', ')})` : result.lcp.error;
  lines.push(`| first-load JS of \`/\` | ${js} | | | | | | | | ${budgetCell(result.budgets, 'first-load JS of /')} |`);
  lines.push(`| LCP of \`/\` (Chromium, loopback) | ${lcp} | | | | | | | | ${budgetCell(result.budgets, 'LCP of /')} |`);
  const csv = result.csvExport;
  const exported = 'rows' in csv
    ? `${csv.rows.toLocaleString('en')} rows (${fixed(csv.megabytes, 1)} MB) in ${fixed(csv.seconds, 2)} s: ${fixed(csv.rowsPerSecond)} rows/s; ` +
      `server RSS ${fixed(csv.baselineRssMegabytes)} → peak ${fixed(csv.peakRssMegabytes)} MB (+${fixed(csv.rssGrowthMegabytes)} MB)`
    : csv.error;
  lines.push(`| CSV export of every figure (\`/api/figures.csv\`) | ${exported} | | | | | | | | ${budgetCell(result.budgets, 'CSV export')} |`);
  lines.push(`| server memory after the run | ${fixed(result.serverRssMegabytes)} MB RSS | | | | | | | | |`);
  const met = result.budgets.filter((budget) => budget.met).length;
  lines.push('', `Budgets met: ${met} of ${result.budgets.length}. Budgets are reported, never asserted.`, '');
  return lines.join('\n');
}

/** Writes bench/results/<timestamp>.json and .md and bench/results/latest.md; returns the Markdown path. */
export function writeResults(result: BenchResult, projectRoot: string): string {
  const folder = path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(folder, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const markdown = toMarkdown(result);
  fs.writeFileSync(path.join(folder, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(folder, `${stamp}.md`), markdown);
  fs.writeFileSync(path.join(folder, 'latest.md'), markdown);
  return path.join(folder, `${stamp}.md`);
}
