import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { fullBackupSchema } from '@/lib/backup/backup-format';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signIn, testSessionSecret } from '../support/admin';
import { startServerAndBrowser } from '../support/browser';
import type { RunningServer } from '../support/server';
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
    expect(Object.keys(backup.users[0]!)).toEqual(['id', 'email', 'name', 'role', 'createdAt', 'updatedAt']);
  });
});
