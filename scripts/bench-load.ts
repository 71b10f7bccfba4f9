// npm run bench:load -- [--reports 5000] [--per-report 20] [--seed 1] [--readers 40] [--writers 4] [--duration 20]
// Part of npm run bench: serves the built app on a synthetic database and loads it on loopback with readers
// (public pages and the API in turn) and signed-in editors saving figures at the same time, then prints reads' and
// writes' throughput and p50/p99, the 5xx answers and SQLITE_BUSY errors, with the budgets, and writes them to
// bench/results/. Budgets are printed, never asserted.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildIfStale } from '../lib/build/current-build';
import { createPrismaClient } from '../lib/db/connect';
import { DEFAULT_SYNTHETIC_OPTIONS } from '../lib/synthetic';
import { addTestUser } from '../tests/support/admin';
import { launchBrowser } from '../tests/support/browser';
import { startServer } from '../tests/support/server';
import { runBench, type Cleanup } from './support/bench/cleanup';
import { prepareBenchDatabase } from './support/bench/dataset';
import { signInCookie } from './support/bench/editor';
import { runMixedLoad } from './support/bench/load-mixed';
import { loadToMarkdown, writeLoadResults, type LoadBenchResult } from './support/bench/load-results';
import { exitWithUsage, parseFlags, UsageError } from './support/flags';

const PROJECT_ROOT = path.resolve(__dirname, '..');
const USAGE = 'npm run bench:load -- [--reports 5000] [--per-report 20] [--seed 1] [--readers 40] [--writers 4] [--duration 20]';

function readOptions() {
  try {
    const flags = parseFlags(process.argv.slice(2), {
      reports: 'count', 'per-report': 'count', seed: 'seed', readers: 'count', writers: 'count', duration: 'count',
    });
    return {
      size: {
        reports: flags.reports ?? DEFAULT_SYNTHETIC_OPTIONS.reports,
        perReport: flags['per-report'] ?? DEFAULT_SYNTHETIC_OPTIONS.perReport,
        seed: flags.seed ?? DEFAULT_SYNTHETIC_OPTIONS.seed,
      },
      readers: Math.min(flags.readers ?? 40, 200),
      writers: Math.min(flags.writers ?? 4, 20),
      seconds: Math.min(flags.duration ?? 20, 60),
    };
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error, USAGE);
    throw error;
  }
}

/** What the readers ask for, and one figure for each editor that is neither a whole nor a part (no rule between them). */
function pickSubjects(databasePath: string, writers: number) {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const country = database.prepare('SELECT "id" FROM "Place" WHERE "parentId" IS NULL ORDER BY "id" LIMIT 1').get() as { id: number };
    const figures = database
      .prepare(
        `SELECT "id" FROM "Figure" AS f WHERE "partOfId" IS NULL AND NOT EXISTS (SELECT 1 FROM "Figure" AS p WHERE p."partOfId" = f."id")
         ORDER BY "id" LIMIT ?`,
      )
      .all(writers) as Array<{ id: number }>;
    const readFigure = database.prepare('SELECT max("id") AS "id" FROM "Figure"').get() as { id: number };
    const { count } = database.prepare('SELECT count(*) AS "count" FROM "Figure"').get() as { count: number };
    return { countryId: country.id, writeFigureIds: figures.map((row) => row.id), readFigureId: readFigure.id, figures: count };
  } finally {
    database.close();
  }
}

async function measure(options: ReturnType<typeof readOptions>, cleanup: Cleanup): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-bench-load-'));
  cleanup.add('the temporary folder', () => fs.rmSync(runDir, { recursive: true, force: true }));

  buildIfStale();
  const database = await prepareBenchDatabase(options.size, runDir);
  const subjects = pickSubjects(database.path, options.writers);
  const prisma = createPrismaClient(database.path);
  const editors = [];
  try {
    for (let index = 0; index < options.writers; index += 1) editors.push(await addTestUser(prisma, `load-editor-${index}@example.org`, 'editor', `Load editor ${index}`));
  } finally {
    await prisma.$disconnect();
  }
  const server = await startServer(database.path, { SESSION_SECRET: randomBytes(32).toString('base64url') });
  cleanup.add('the Next server', server.stop);
  const browser = await launchBrowser();
  const cookies = [];
  try {
    for (const editor of editors) cookies.push(await signInCookie(browser, server.url, editor));
  } finally {
    await browser.close();
  }

  const readPaths = [
    '/',
    `/figures/${subjects.readFigureId}`,
    '/api/figures?limit=100',
    '/categories/killed',
    '/figures',
    `/?category=killed&place=${subjects.countryId}`,
    '/reports',
  ];
  // Every page once first, so the load measures a running site rather than its first renders.
  for (const readPath of readPaths) await (await fetch(`${server.url}${readPath}`)).arrayBuffer();
  console.log(`Loading ${server.url} with ${options.readers} readers and ${options.writers} editors for ${options.seconds} s…`);
  const load = await runMixedLoad({
    baseUrl: server.url,
    readPaths,
    readers: options.readers,
    writers: cookies.map((cookie, index) => ({ cookie, figureId: subjects.writeFigureIds[index]! })),
    databasePath: database.path,
    seconds: options.seconds,
  });

  const result: LoadBenchResult = {
    startedAt,
    figures: subjects.figures,
    readers: options.readers,
    writers: options.writers,
    seconds: options.seconds,
    machine: { node: process.version, cpus: os.cpus().length, loadAverage },
    load,
    sqliteBusy: (server.output().match(/SQLITE_BUSY|database is locked/g) ?? []).length,
  };
  const written = writeLoadResults(result, PROJECT_ROOT);
  console.log(`\n${loadToMarkdown(result)}\nWritten to ${path.relative(PROJECT_ROOT, written)} and bench/results/load-latest.md.`);
}

runBench((cleanup) => measure(readOptions(), cleanup));
