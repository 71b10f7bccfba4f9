import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { fullBackupSchema } from '@/lib/backup/backup-format';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signIn, testSessionSecret } from '../support/admin';
import { startServerAndBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  const editor = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
  const context = await browser.newContext();
  await signIn(await context.newPage(), server.url, editor);
  cookie = (await context.cookies(server.url)).map((entry) => `${entry.name}=${entry.value}`).join('; ');
  await context.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/admin/export.json', () => {
  it('answers 401 JSON to anyone not signed in, with no CORS header', async () => {
    const response = await fetch(`${server.url}/api/admin/export.json`);
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    await expect(response.json()).resolves.toEqual({ error: 'Sign in first: this needs an editor session.' });
  });

  it('downloads the whole database as a backup file for a signed-in editor, without any password hash', async () => {
    const response = await fetch(`${server.url}/api/admin/export.json`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="figures-backup-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    expect(text).not.toMatch(/passwordHash|scrypt:/);
    const backup = fullBackupSchema.parse(JSON.parse(text));
    expect(backup.figures).toHaveLength(12);
    expect(backup.reports.map((report) => report.id)).toEqual([1]);
    expect(backup.users).toEqual([expect.objectContaining({ email: 'editor@example.org', name: 'Edith Editor', role: 'editor' })]);
    expect(Object.keys(backup.users[0]!)).toEqual(['id', 'email', 'name', 'role', 'disabledAt', 'createdAt', 'updatedAt']);
  });
});

describe('restoring a full export at /admin/import', () => {
  it('refuses, writing nothing, a restore into a database that holds data, and anyone not signed in', async () => {
    const backup = await (await fetch(`${server.url}/api/admin/export.json`, { headers: { cookie } })).text();
    const anonymous = await fetch(`${server.url}/api/admin/restore/commit`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: backup });
    expect(anonymous.status).toBe(401);
    const refused = await fetch(`${server.url}/api/admin/restore/commit`, { method: 'POST', headers: { 'Content-Type': 'application/json', cookie }, body: backup });
    expect(refused.status).toBe(422);
    const { problems } = (await refused.json()) as { problems: Array<{ message: string }> };
    expect(problems[0]!.message).toMatch(/^This database already holds data \(1 report, .*12 figures/);
    expect(await prisma.figure.count()).toBe(12);
  });

  it('checks the export, then restores it into an empty database, every figure served at once', async () => {
    const backup = await (await fetch(`${server.url}/api/admin/export.json`, { headers: { cookie } })).text();
    const target = await createMigratedDatabase();
    const editor = await addTestUser(target.prisma, 'editor@example.org', 'editor', 'Edith Editor');
    const empty = await startServer(target.databasePath, { SESSION_SECRET: testSessionSecret() });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signIn(page, empty.url, editor);
      await page.goto(`${empty.url}/admin/import`);
      await page.setInputFiles('#restore-file', { name: 'figures-backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
      await page.getByRole('button', { name: 'Check the export' }).click();
      await page.getByText(/holds 1 reports, \d+ sources, \d+ places, 12 figures/).waitFor();
      await page.getByRole('button', { name: 'Restore it' }).click();
      await page.getByText(/Restored 1 reports, .*12 figures, .*every id kept/).waitFor();
      await expect(page.getByText('Kept the accounts that already existed: editor@example.org.').count()).resolves.toBe(1);
      const figures = (await (await fetch(`${empty.url}/api/figures`)).json()) as { total: number; items: Array<{ id: number }> };
      expect(figures.total).toBe(12);
      expect(figures.items.map((figure) => figure.id).sort((a, b) => a - b)).toEqual((await prisma.figure.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((row) => row.id));
    } finally {
      await context.close();
      await empty.stop();
      await target.prisma.$disconnect();
      fs.rmSync(target.dir, { recursive: true, force: true });
    }
  });
});
