import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { generateSyntheticData } from '@/lib/synthetic';
import { startServer, type RunningServer } from '../support/server';
import { makeTempDir } from '../support/temp-database';

/** The most HTML any public page may send, whatever the size of the data. */
const PAGE_BOUND_BYTES = 400 * 1024;

let dir: string;
let server: RunningServer;
let ids: { figure: number; source: number; report: number; country: number };

beforeAll(async () => {
  dir = makeTempDir();
  const databasePath = path.join(dir, 'scale-pages.db');
  await generateSyntheticData(databasePath, { reports: 1_000, perReport: 20, seed: 3 });
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    const one = (sql: string) => (sqlite.prepare(sql).get() as { id: number }).id;
    ids = {
      figure: one('SELECT id FROM Figure WHERE id IN (SELECT partOfId FROM Figure) ORDER BY id LIMIT 1'),
      source: one('SELECT sourceId AS id FROM Figure WHERE sourceId IS NOT NULL GROUP BY sourceId ORDER BY COUNT(*) DESC LIMIT 1'),
      report: one('SELECT id FROM Report ORDER BY id LIMIT 1'),
      country: one('SELECT id FROM Place WHERE parentId IS NULL ORDER BY id LIMIT 1'),
    };
  } finally {
    sqlite.close();
  }
  server = await startServer(databasePath);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('public pages and the API on 20,000 figures (exports: export-size.test.ts)', () => {
  it('each stay under 400 KB of HTML and answer 200', async () => {
    const pages = [
      '/', `/?category=killed&place=${ids.country}`, `/?source=${ids.source}&from=2015-01-01&to=2018-12-31`, '/figures',
      `/figures?category=displaced&place=${ids.country}`, `/figures/${ids.figure}`, '/categories/killed', '/categories/displaced',
      `/sources/${ids.source}`, '/reports', `/reports/${ids.report}`,
    ];
    const sizes: Record<string, number> = {};
    for (const page of pages) {
      const response = await fetch(`${server.url}${page}`);
      expect({ page, status: response.status }).toEqual({ page, status: 200 });
      sizes[page] = (await response.arrayBuffer()).byteLength;
    }
    const tooLarge = Object.entries(sizes).filter(([, bytes]) => bytes > PAGE_BOUND_BYTES);
    expect(tooLarge).toEqual([]);
  });

  it('serve the API a page at a time, at most 1,000 figures, with the total of the scope', async () => {
    const first = (await (await fetch(`${server.url}/api/figures`)).json()) as { items: unknown[]; total: number; nextCursor: string };
    expect(first.items).toHaveLength(100);
    expect(first.total).toBe(20_000);
    const next = (await (await fetch(`${server.url}/api/figures?limit=1000&cursor=${first.nextCursor}`)).json()) as { items: unknown[] };
    expect(next.items).toHaveLength(1_000);
    const refused = await fetch(`${server.url}/api/figures?limit=1001`);
    expect(refused.status).toBe(400);
    await expect(refused.json()).resolves.toMatchObject({ problems: [{ parameter: 'limit' }] });
  });
});
