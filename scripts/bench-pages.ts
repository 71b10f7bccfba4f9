// npm run bench:pages -- [--reports 5000] [--per-report 20] [--seed 1] [--connections 10] [--duration 8]
// Part of npm run bench: serves the built app on a synthetic database and measures each public page (size,
// uncached and cached response times, throughput under load) against references measured the same way in the same
// run (Next's not-found page, a bare static server, a bare API handler), then first-load JS, LCP, the CSV export of
// every figure (rows/s, server memory growth) and memory. Prints one Markdown table with the budgets and writes it to
// bench/results/. Budgets are printed, never asserted.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { buildIfStale } from '../lib/build/current-build';
import { DEFAULT_SYNTHETIC_OPTIONS } from '../lib/synthetic';
import { launchBrowser } from '../tests/support/browser';
import { startServer } from '../tests/support/server';
import { measureLcp } from './support/bench/browser-metrics';
import { firstLoadJs } from './support/bench/bundle';
import { runBench, type Cleanup } from './support/bench/cleanup';
import { prepareBenchDatabase } from './support/bench/dataset';
import { createBenchUser, figureWriter, signInCookie } from './support/bench/editor';
import { measureCsvExport } from './support/bench/export';
import { measureLoad } from './support/bench/load';
import { cachedTimings, timedGet, uncachedTimings } from './support/bench/measure';
import { processTreeRssMegabytes } from './support/bench/processes';
import { startReferenceServer } from './support/bench/references';
import { budgetsOf, toMarkdown, writeResults, type BenchResult, type PageKind, type PageResult } from './support/bench/results';
import { exitWithUsage, parseFlags, UsageError } from './support/flags';

const PROJECT_ROOT = path.resolve(__dirname, '..');
const USAGE = 'npm run bench:pages -- [--reports 5000] [--per-report 20] [--seed 1] [--connections 10] [--duration 8]';

function readOptions() {
  try {
    const flags = parseFlags(process.argv.slice(2), { reports: 'count', 'per-report': 'count', seed: 'seed', connections: 'count', duration: 'count' });
    return {
      size: {
        reports: flags.reports ?? DEFAULT_SYNTHETIC_OPTIONS.reports,
        perReport: flags['per-report'] ?? DEFAULT_SYNTHETIC_OPTIONS.perReport,
        seed: flags.seed ?? DEFAULT_SYNTHETIC_OPTIONS.seed,
      },
      load: { connections: flags.connections ?? 10, seconds: Math.min(flags.duration ?? 8, 60) },
    };
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error, USAGE);
    throw error;
  }
}

/** The ids the pages need: a country to filter by, and a figure that has parts (its page shows them). */
function pickSubjects(databasePath: string): { countryId: number; figureId: number; figures: number } {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const country = database.prepare('SELECT "id" FROM "Place" WHERE "parentId" IS NULL ORDER BY "id" LIMIT 1').get() as { id: number };
    const whole = database
      .prepare('SELECT "partOfId" AS "id" FROM "Figure" WHERE "partOfId" IS NOT NULL GROUP BY "partOfId" ORDER BY count(*) DESC, "partOfId" LIMIT 1')
      .get() as { id: number } | undefined;
    const { figures } = database.prepare('SELECT count(*) AS "figures" FROM "Figure"').get() as { figures: number };
    return { countryId: country.id, figureId: whole?.id ?? 1, figures };
  } finally {
    database.close();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

async function measure(options: ReturnType<typeof readOptions>, cleanup: Cleanup): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-bench-'));
  cleanup.add('the temporary folder', () => fs.rmSync(runDir, { recursive: true, force: true }));

  buildIfStale();
  const { size } = options;
  const database = await prepareBenchDatabase(size, runDir);
  const subjects = pickSubjects(database.path);
  console.log(
    `Database: ${size.reports} reports × ${size.perReport} figures, seed ${size.seed} ` +
      (database.cached ? '(cached copy)' : `(generated in ${database.generationSeconds.toFixed(1)} s)`),
  );

  const user = await createBenchUser(database.path);
  const server = await startServer(database.path, { SESSION_SECRET: randomBytes(32).toString('base64url') });
  cleanup.add('the Next server', server.stop);
  const browser = await launchBrowser();
  cleanup.add('Chromium', () => browser.close());
  const writer = figureWriter(server.url, await signInCookie(browser, server.url, user), database.path, subjects.figureId);

  const homeHtml = path.join(runDir, 'home.html');
  fs.writeFileSync(homeHtml, (await timedGet(`${server.url}/`)).body);
  const reference = await startReferenceServer(homeHtml, database.path);
  cleanup.add('the reference server', reference.stop);

  const targets: { label: string; url: string; kind: PageKind; afterWrites: boolean }[] = [
    { label: '/', url: `${server.url}/`, kind: 'page', afterWrites: true },
    { label: `/?category=killed&place=${subjects.countryId}`, url: `${server.url}/?category=killed&place=${subjects.countryId}`, kind: 'page', afterWrites: true },
    { label: `/figures/${subjects.figureId}`, url: `${server.url}/figures/${subjects.figureId}`, kind: 'page', afterWrites: true },
    { label: '/categories/killed', url: `${server.url}/categories/killed`, kind: 'page', afterWrites: true },
    { label: '/figures', url: `${server.url}/figures`, kind: 'page', afterWrites: true },
    { label: '/api/figures?limit=100', url: `${server.url}/api/figures?limit=100`, kind: 'api', afterWrites: true },
    { label: 'not-found page (/no-such-page)', url: `${server.url}/no-such-page`, kind: 'reference', afterWrites: true },
    { label: 'static HTML of / (node:http)', url: `${reference.url}/static`, kind: 'reference', afterWrites: false },
    { label: 'bare API handler (node:http + better-sqlite3)', url: `${reference.url}/api/figures?limit=100`, kind: 'reference', afterWrites: true },
  ];

  const pages: PageResult[] = [];
  for (const target of targets) {
    const first = await timedGet(target.url);
    const uncached = target.afterWrites ? await uncachedTimings(target.url, writer.write) : null;
    const cached = await cachedTimings(target.url);
    const load = await measureLoad(target.url, options.load.connections, options.load.seconds);
    pages.push({
      label: target.label, url: target.url, kind: target.kind, status: first.status, bytes: first.bytes,
      gzipBytes: gzipSync(first.body).length, uncached, cached, load, ratios: { notFound: null, static: null, bareApi: null },
    });
    console.log(
      `${target.label}: ${first.status}, ${(first.bytes / 1024).toFixed(1)} KB, uncached p95 ${uncached?.p95.toFixed(1) ?? '—'} ms, ` +
        `cached p95 ${cached.p95.toFixed(1)} ms, ${load.requestsPerSecond.toFixed(load.requestsPerSecond < 10 ? 1 : 0)} req/s`,
    );
  }
  const [notFound, staticHtml, bareApi] = pages.slice(-3).map((page) => page.load.requestsPerSecond) as [number, number, number];
  for (const page of pages) {
    page.ratios = {
      notFound: page.load.requestsPerSecond / notFound,
      static: page.load.requestsPerSecond / staticHtml,
      bareApi: page.kind === 'api' ? page.load.requestsPerSecond / bareApi : null,
    };
  }

  let javascript: BenchResult['firstLoadJs'];
  try {
    javascript = firstLoadJs(PROJECT_ROOT, '/');
  } catch (error) {
    javascript = { error: `not measured: ${errorText(error)}` };
  }
  let lcp: BenchResult['lcp'];
  try {
    lcp = await measureLcp(browser, `${server.url}/`);
  } catch (error) {
    lcp = { error: `not measured: ${errorText(error)}` };
  }

  let csvExport: BenchResult['csvExport'];
  try {
    csvExport = await measureCsvExport(server.url, server.pid);
    console.log(`CSV export: ${csvExport.rows} rows in ${csvExport.seconds.toFixed(2)} s, ${csvExport.rowsPerSecond.toFixed(0)} rows/s, RSS +${csvExport.rssGrowthMegabytes.toFixed(0)} MB`);
  } catch (error) {
    csvExport = { error: `not measured: ${errorText(error)}` };
  }

  const measured: Omit<BenchResult, 'budgets'> = {
    startedAt,
    size,
    dataset: { cached: database.cached, generationSeconds: database.generationSeconds, figures: subjects.figures },
    machine: { node: process.version, cpus: os.cpus().length, loadAverage },
    load: options.load,
    pages,
    firstLoadJs: javascript,
    lcp,
    csvExport,
    serverRssMegabytes: processTreeRssMegabytes(server.pid),
  };
  const result: BenchResult = { ...measured, budgets: budgetsOf(measured) };
  const written = writeResults(result, PROJECT_ROOT);
  console.log(`\n${toMarkdown(result)}\nWritten to ${path.relative(PROJECT_ROOT, written)} and bench/results/latest.md (${writer.count()} writes made).`);
}

runBench((cleanup) => measure(readOptions(), cleanup));
