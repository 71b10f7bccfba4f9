import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signedInPage, testSessionSecret } from '../support/admin';
import { gotoLoaded, startServerAndBrowser, saveScreenshot } from '../support/browser';
import type { RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

// A real Reuters report on an attack in Ituri, DRC (eval/extract/drc-ituri-adf-attack.txt).
const body = fs.readFileSync(path.join(__dirname, '..', '..', 'eval', 'extract', 'drc-ituri-adf-attack.txt'), 'utf8');

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let editor: { email: string; password: string };

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  editor = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function pasteReport(page: Page, title: string): Promise<void> {
  await page.goto(`${server.url}/admin/reports/new`);
  await page.fill('input[name="title"]', title);
  await page.fill('input[name="outlet"]', 'Reuters');
  await page.fill('input[name="publishedAt"]', '2023-06-11');
  await page.fill('textarea[name="body"]', body);
  await page.click('button:has-text("Create report")');
  await page.waitForURL(/\/admin\/reports\/\d+\/review/);
}

describe('adding a report by pasting it, in a browser', () => {
  it('proposes its figures; the editor accepts one with a correction, rejects one, and the dashboard shows the accepted one', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    await pasteReport(page, 'ADF attack in Ituri');
    const pending = page.locator('ol.admin-review-list > li');
    expect(await pending.count()).toBe(5);
    expect(await pending.first().locator('mark').innerText()).toBe('at least 22');
    await saveScreenshot(page, 'admin-review-queue-1280');

    // Correct "25" before accepting it: a bad range first, which is refused next to its field with the input kept.
    await page.click('a:has-text("Correct before accepting “25”")');
    await page.waitForURL(/\/review\/\d+$/);
    expect(await page.locator('blockquote mark').innerText()).toBe('25');
    await page.fill('input[name="counted"]', 'civilians killed in the raid on Apakolu village');
    await page.fill('input[name="low"]', '30');
    await page.click('button:has-text("Accept figure")');
    await expect(page.locator('#low-error').innerText()).resolves.toContain('An exact figure has low = value');
    expect(await page.inputValue('input[name="counted"]')).toBe('civilians killed in the raid on Apakolu village');
    await saveScreenshot(page, 'admin-review-correct-1280');
    await page.fill('input[name="low"]', '25');
    await page.click('button:has-text("Accept figure")');
    await page.waitForURL(/\/review\?accepted=\d+/);
    await expect(page.locator('.admin-notice--success').innerText()).resolves.toMatch(/Accepted as figure #\d+/);

    // Reject "two" straight from the queue.
    const two = page.locator('ol.admin-review-list > li', { has: page.locator('mark', { hasText: /^two$/ }) });
    await two.locator('button:has-text("Reject")').click();
    await page.waitForURL(/\/review\?rejected=\d+/);
    expect(await page.locator('ol.admin-review-list > li').count()).toBe(3);
    const reviewed = await page.locator('ul.admin-review-list').innerText();
    expect(reviewed).toMatch(/“25”: accepted by Edith Editor as figure #\d+/);
    expect(reviewed).toContain('“two”: rejected by Edith Editor');

    const stored = await prisma.figure.findFirstOrThrow({ where: { counted: 'civilians killed in the raid on Apakolu village' }, include: { source: true } });
    expect(stored).toMatchObject({ rawText: '25', value: 25, qualifier: 'exact', category: 'killed' });
    expect(await prisma.figure.count({ where: { rawText: 'two' } })).toBe(0);

    await gotoLoaded(page, `${server.url}/`);
    const dashboard = await page.locator('body').innerText();
    expect(dashboard).toContain('civilians killed in the raid on Apakolu village');
    expect(dashboard).toContain(stored.source!.name);
    await gotoLoaded(page, `${server.url}/figures/${stored.id}`);
    expect(await page.locator('mark').first().innerText()).toBe('25');
    await expect(page.locator('section[aria-labelledby="history-heading"]').innerText()).resolves.toMatch(/Recorded on \d{1,2} [A-Z][a-z]+ \d{4} by Edith Editor/);
    await context.close();
  });

  it('offers the stored report when the same text is pasted again', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor, 375);
    const reports = await prisma.report.count();
    await pasteReport(page, 'The same article, pasted twice');
    expect(new URL(page.url()).searchParams.get('duplicate')).toBe('1');
    await expect(page.locator('.admin-notice').first().innerText()).resolves.toContain('This text is already stored as report');
    expect(await prisma.report.count()).toBe(reports);
    await saveScreenshot(page, 'admin-review-duplicate-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
