import { parse } from 'csv-parse';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { fullBackupSchema } from '@/lib/backup/backup-format';
import { createPrismaClient } from '@/lib/db/connect';
import { generateSyntheticData } from '@/lib/synthetic';
import { addTestUser, signIn, testSessionSecret } from '../support/admin';
import { startServerAndBrowser } from '../support/browser';
import { sampleMemoryDuring } from '../support/process-memory';
import type { RunningServer } from '../support/server';
import { makeTempDir } from '../support/temp-database';

/** How much the server's resident memory may grow while it streams an export of 20,000 figures. */
const MEMORY_GROWTH_BOUND_MB = 150;
const FIGURES = 20_000;

let dir: string;
let server: RunningServer;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  dir = makeTempDir();
  const databasePath = path.join(dir, 'export-size.db');
  await generateSyntheticData(databasePath, { reports: 1_000, perReport: 20, seed: 3 });
  const prisma = createPrismaClient(databasePath);
  let editor: { email: string; password: string };
  try {
    editor = await addTestUser(prisma, 'editor@example.org');
  } finally {
    await prisma.$disconnect();
  }
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
  const context = await browser.newContext();
  await signIn(await context.newPage(), server.url, editor);
  cookie = (await context.cookies(server.url)).map((entry) => `${entry.name}=${entry.value}`).join('; ');
  await context.close();
  // Each route's code is loaded before memory is measured: the bound is on streaming the data, not on the first load.
  await (await fetch(`${server.url}/api/figures.csv?to=1900-01-01`)).arrayBuffer();
  const json = await fetch(`${server.url}/api/admin/export.json`, { headers: { cookie } });
  const reader = json.body!.getReader();
  await reader.read();
  await reader.cancel();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The ids of the CSV's rows, parsed as the download arrives. */
async function streamCsvIds(response: Response): Promise<string[]> {
  const parser = parse({ columns: true });
  const ids: string[] = [];
  parser.on('data', (row: { id: string }) => ids.push(row.id));
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) parser.write(read.value);
  parser.end();
  await finished;
  return ids;
}

describe('exports of 20,000 figures from the real server', () => {
  it('stream the whole CSV, every figure exactly once, in bounded server memory', async () => {
    const { result: ids, memory } = await sampleMemoryDuring(server.pid, async () => streamCsvIds(await fetch(`${server.url}/api/figures.csv`)));
    expect(ids).toHaveLength(FIGURES);
    expect(new Set(ids).size).toBe(FIGURES);
    expect(memory.samples).toBeGreaterThan(0);
    expect(memory.growthMegabytes).toBeLessThan(MEMORY_GROWTH_BOUND_MB);
  });

  it('stream the whole JSON backup, every figure exactly once, in bounded server memory', async () => {
    const { result: text, memory } = await sampleMemoryDuring(server.pid, async () => {
      const response = await fetch(`${server.url}/api/admin/export.json`, { headers: { cookie } });
      expect(response.status).toBe(200);
      return response.text();
    });
    const backup = fullBackupSchema.parse(JSON.parse(text));
    expect(backup.figures).toHaveLength(FIGURES);
    expect(new Set(backup.figures.map((figure) => figure.id)).size).toBe(FIGURES);
    expect(backup.reports).toHaveLength(1_000);
    expect(memory.samples).toBeGreaterThan(0);
    expect(memory.growthMegabytes).toBeLessThan(MEMORY_GROWTH_BOUND_MB);
  });
});
