import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signedInPage, testSessionSecret } from '../support/admin';
import { gotoLoaded, saveScreenshot, startServerAndBrowser } from '../support/browser';
import { dumpDatabase, EVERY_ROW } from '../support/database-dump';
import { rowWhere, withCell } from '../support/figure-files';
import type { RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

let dir: string;
let databasePath: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let editor: { email: string; password: string };
let goodCsv: string;

beforeAll(async () => {
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  editor = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
  goodCsv = await (await fetch(`${server.url}/api/figures.csv`)).text();
  // The report stays, its figures go: the file brings them back.
  await prisma.figure.deleteMany();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing figures at /admin/import, in a browser', () => {
  it('refuses anonymous uploads (401, no CORS) and files over 20 MB (413), writing nothing', async () => {
    const before = await dumpDatabase(databasePath, EVERY_ROW);
    const anonymous = await fetch(`${server.url}/api/admin/import/preview`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: goodCsv });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('access-control-allow-origin')).toBeNull();
    const crossSite = await fetch(`${server.url}/api/admin/import/preview`, { method: 'POST', headers: { 'Content-Type': 'text/csv', Origin: 'http://elsewhere.example' }, body: goodCsv });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('access-control-allow-origin')).toBeNull();
    expect(await dumpDatabase(databasePath, EVERY_ROW)).toEqual(before);
    const { context, page } = await signedInPage(browser, server.url, editor);
    try {
      await page.goto(`${server.url}/admin/import`);
      const signedIn = await dumpDatabase(databasePath, EVERY_ROW);
      const status = await page.evaluate(async () => {
        const response = await fetch('/api/admin/import/preview', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: new Uint8Array(20 * 1024 * 1024 + 1) });
        return response.status;
      });
      expect(status).toBe(413);
      expect(await dumpDatabase(databasePath, EVERY_ROW)).toEqual(signedIn);
    } finally {
      await context.close();
    }
  });

  it('previews a bad file with its errors and imports nothing, then imports a good file that the public list shows', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    try {
      await page.goto(`${server.url}/admin`);
      await page.click('nav[aria-label="Admin"] a:has-text("Import")');
      await page.waitForURL(`${server.url}/admin/import`);

      const before = await dumpDatabase(databasePath, EVERY_ROW);
      const row = rowWhere(goodCsv, 'rawText', '25');
      const badCsv = withCell(withCell(goodCsv, row, 'value', '2,5'), row, 'category', 'deaths');
      await page.setInputFiles('#import-file', { name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv) });
      await page.click('button:has-text("Preview import")');
      await page.waitForSelector('#import-counts');
      expect(await page.locator('#import-counts').innerText()).toBe('11 figures to create, 0 figures already present, 1 row with errors.');
      const firstRow = page.locator('table.admin-import-rows tbody tr').first();
      expect(await firstRow.locator('th').innerText()).toBe(String(row));
      expect(await firstRow.innerText()).toContain('value: “2,5” is not a whole number written with digits only');
      expect(await firstRow.innerText()).toContain('category: Choose a category: one of killed');
      expect(await page.locator('button:has-text("Import 11 figures")').isDisabled()).toBe(true);
      expect(await page.locator('#import-commit-note').innerText()).toContain('nothing is imported while any row has an error');
      await saveScreenshot(page, 'admin-import-errors-1280');
      expect(await dumpDatabase(databasePath, EVERY_ROW)).toEqual(before);

      await page.setInputFiles('#import-file', { name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
      await page.click('button:has-text("Preview import")');
      await page.waitForFunction(() => document.querySelector('#import-counts')?.textContent?.startsWith('12 figures to create'));
      await page.click('button:has-text("Import 12 figures")');
      await page.waitForSelector('.admin-notice--success');
      expect(await page.locator('.admin-notice--success').innerText()).toContain('Imported 12 figures');
      await saveScreenshot(page, 'admin-import-done-1280');
      expect(await prisma.figure.count()).toBe(12);

      await page.click('a:has-text("See them on the public list")');
      await page.waitForURL(`${server.url}/figures`);
      await gotoLoaded(page, `${server.url}/figures`);
      expect(await page.locator('main').innerText()).toContain('coalition airstrikes on Raqqa city and its outskirts on Thursday night');
    } finally {
      await context.close();
    }
  });

  it('shows a file that cannot be read with the reason, and takes only .csv files', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    try {
      await page.goto(`${server.url}/admin/import`);
      await page.setInputFiles('#import-file', { name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from('id,colour\r\n1,red\r\n') });
      await page.click('button:has-text("Preview import")');
      await page.waitForSelector('.admin-notice--error');
      expect(await page.locator('.admin-notice--error').innerText()).toContain('Unknown column “colour” in the header (row 1, column 2)');
      await page.setInputFiles('#import-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
      expect(await page.locator('.admin-notice--error').innerText()).toContain('“backup.json” is not a kind of file this page imports');
      expect(await page.locator('button:has-text("Preview import")').isDisabled()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
