import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import type { PrismaClient } from '@/lib/db/connect';
import { FIGURE_COLUMNS } from '@/lib/export/figure-columns';
import { seedDatabase } from '@/prisma/seed';
import { startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  // Text a spreadsheet could misread: commas, quotes, a line break, Arabic and an emoji, and a formula.
  const figure = await prisma.figure.findFirstOrThrow({ where: { rawText: '23' } });
  await prisma.figure.update({ where: { id: figure.id }, data: { counted: 'civilians, "mostly" women\nand children في الرقة 🕊️' } });
  await prisma.source.update({ where: { id: figure.sourceId! }, data: { name: '=HYPERLINK("http://evil.example")' } });
  server = await startServer(databasePath);
});
afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function download(path: string): Promise<{ response: Response; text: string }> {
  const response = await fetch(`${server.url}${path}`);
  return { response, text: await response.text() };
}

describe('CSV and HXL exports', () => {
  it('export every figure of the scope as UTF-8 CSV without BOM, one row per figure, quoted so it parses back', async () => {
    const { response, text } = await download('/api/figures.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="figures-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual(FIGURE_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(12);
    const edited = rows.find((row) => row.rawText === '23')!;
    expect(edited.counted).toBe('civilians, "mostly" women\nand children في الرقة 🕊️');
    expect(edited.sourceName).toBe('\'=HYPERLINK("http://evil.example")');
    expect(edited).toMatchObject({ value: '23', low: '23', high: '23', qualifier: 'exact', date: '2017-06-08', reportPublishedAt: '2017-06-09' });
    const vague = rows.find((row) => row.rawText === 'Hundreds')!;
    expect(vague).toMatchObject({ value: '', low: '200', high: '999', qualifier: 'vague' });
  });

  it('put the HXL hashtag row under the header of the HXL export', async () => {
    const { response, text } = await download('/api/figures.hxl.csv?category=killed');
    expect(response.headers.get('content-disposition')).toMatch(/filename="figures-killed-\d{4}-\d{2}-\d{2}\.hxl\.csv"/);
    const [header, tags, ...rows] = parse(text);
    expect(header).toEqual(FIGURE_COLUMNS.map((column) => column.header));
    expect(tags).toEqual(FIGURE_COLUMNS.map((column) => column.hxl));
    expect(tags).toEqual(expect.arrayContaining(['#meta+id', '#indicator+num+min', '#indicator+num+max', '#meta+source', '#description', '#date+reported', '#date+occurred', '#loc+name', '#geo+lat', '#geo+lon', '#meta+url']));
    expect(rows.map((row) => row[header!.indexOf('rawText')]).sort()).toEqual(['15', '23']);
  });

  it('refuse a scope they cannot use with a 400 naming the parameter, and write nothing', async () => {
    const { response, text } = await download('/api/figures.csv?place=99999&colour=red');
    expect(response.status).toBe(400);
    const answer = JSON.parse(text) as { problems: Array<{ parameter: string }> };
    expect(answer.problems.map((problem) => problem.parameter)).toEqual(['colour']);
    const missing = await download('/api/figures.csv?place=99999');
    expect((JSON.parse(missing.text) as { problems: unknown }).problems).toEqual([{ parameter: 'place', value: '99999', message: 'names no place' }]);
  });

  it('are linked from the pages, with the scope on screen', async () => {
    const html = await (await fetch(`${server.url}/figures?category=killed`)).text();
    expect(html).toContain('href="/api/figures.csv?category=killed"');
    expect(html).toContain('href="/api/figures.hxl.csv?category=killed"');
  });
});

describe('HTTP caching and CORS of the public API', () => {
  it('answers with a strong ETag that a revalidation gets 304 for, until the data changes', async () => {
    for (const path of ['/api/figures?category=killed', '/api/figures.csv?category=killed']) {
      const first = await fetch(`${server.url}${path}`);
      expect(first.status).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag).toMatch(/^"\d+-[A-Za-z0-9_-]{16}"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      expect(first.headers.get('access-control-allow-origin')).toBe('*');
      const again = await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': tag! } });
      expect(again.status).toBe(304);
      const other = await fetch(`${server.url}${path}&source=1`, { headers: { 'If-None-Match': tag! } });
      expect(other.status).toBe(200);
    }
    const before = (await fetch(`${server.url}/api/figures`)).headers.get('etag')!;
    const figure = await prisma.figure.findFirstOrThrow({ where: { rawText: '25' } });
    await prisma.figure.update({ where: { id: figure.id }, data: { counted: 'coalition strikes on Raqqa, recounted' } });
    const after = await fetch(`${server.url}/api/figures`, { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    expect(await after.text()).toContain('coalition strikes on Raqqa, recounted');
  });

  it('lets other origins read errors of public GETs, and never gives writes to them', async () => {
    const bad = await fetch(`${server.url}/api/figures?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
    expect(bad.headers.get('etag')).toBeNull();
    const write = await fetch(`${server.url}/api/admin/figures`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', Origin: 'http://elsewhere.example' } });
    expect(write.status).toBe(403);
    expect(write.headers.get('access-control-allow-origin')).toBeNull();
  });
});
