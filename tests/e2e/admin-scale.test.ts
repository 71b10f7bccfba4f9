import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signedInPage, testSessionSecret } from '../support/admin';
import { loadBulkData } from '../support/admin-bulk-data';
import { startServerAndBrowser, saveScreenshot } from '../support/browser';
import type { RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

// More of everything than one page holds: 192 figures, 61 reports, 124 sources, 124 places.
const FIGURES = 12 + 60 * 3;

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let editor: { email: string; password: string };

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  loadBulkData(databasePath, { reports: 60, figuresPerReport: 3, sources: 120, places: 120 });
  editor = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The ids of the figures the list shows, from their edit links. */
async function listedFigureIds(page: Page): Promise<number[]> {
  const hrefs = await page.locator('table.admin-table tbody td[data-label="Figure"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => Number(href.split('/').pop()));
}

const pagerLink = (page: Page, name: 'Next page' | 'First page') => page.locator('nav[aria-label="Pages"] a', { hasText: name });

/** Follows a page link and waits until the list shows the page it leads to. */
async function follow(page: Page, name: 'Next page' | 'First page'): Promise<void> {
  const href = await pagerLink(page, name).getAttribute('href');
  await pagerLink(page, name).click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
  await page.locator('table.admin-table').waitFor();
}

describe('the admin lists on more rows than a page holds', () => {
  it('pages the figure list 50 at a time, every figure once, and goes back to the first page', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    expect(await page.locator('.admin-count').innerText()).toBe(`${FIGURES} figures, 50 on this page`);
    expect(await pagerLink(page, 'First page').count()).toBe(0);
    await saveScreenshot(page, 'admin-list-paged-1280');
    const first = await listedFigureIds(page);
    const seen = [...first];
    while ((await pagerLink(page, 'Next page').count()) > 0) {
      await follow(page, 'Next page');
      const ids = await listedFigureIds(page);
      expect(ids.length).toBeLessThanOrEqual(50);
      seen.push(...ids);
      if (seen.length > FIGURES) break;
    }
    expect(seen).toHaveLength(FIGURES);
    expect(new Set(seen).size).toBe(FIGURES);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    await follow(page, 'First page');
    expect(page.url()).toBe(`${server.url}/admin`);
    expect(await listedFigureIds(page)).toEqual(first);
    await context.close();
  });

  it('keeps the search and filters in the page links', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor, 375);
    await page.fill('input[name="q"]', 'bulk sentence');
    await page.click('button:has-text("Find")');
    await page.waitForURL(/q=bulk/);
    expect(await page.locator('.admin-count').innerText()).toBe('180 figures found, 50 on this page');
    await saveScreenshot(page, 'admin-list-paged-375');
    await follow(page, 'Next page');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('bulk sentence');
    expect(await page.inputValue('input[name="q"]')).toBe('bulk sentence');
    expect(await page.locator('.admin-count').innerText()).toBe('180 figures found, 50 on this page');
    const firstHref = await pagerLink(page, 'First page').getAttribute('href');
    expect(firstHref).toBe('/admin?q=bulk+sentence');

    await page.goto(`${server.url}/admin?category=killed&q=bulk`);
    const killed = await prisma.figure.count({ where: { category: 'killed', counted: { contains: 'bulk' } } });
    expect(await page.locator('.admin-count').innerText()).toContain(`${killed} figure`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows the first page with a notice for a page link that cannot be read', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    for (const path of ['/admin', '/admin/reports', '/admin/sources', '/admin/places']) {
      const response = await page.goto(`${server.url}${path}?cursor=not-a-real-cursor`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('.admin-notice[role="alert"]').innerText()).toContain('That page link is no longer valid');
      expect(await page.locator('table.admin-table tbody tr').count()).toBe(50);
    }
    await context.close();
  });

  it('pages and searches the reports, sources and places', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    for (const [path, total, noun] of [
      ['/admin/reports', 61, 'reports'],
      ['/admin/sources', 124, 'sources'],
      ['/admin/places', 124, 'places'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('.admin-count').innerText()).toBe(`${total} ${noun}, 50 on this page`);
      const firstNames = await page.locator('table.admin-table tbody td:first-child').allInnerTexts();
      await follow(page, 'Next page');
      const nextNames = await page.locator('table.admin-table tbody td:first-child').allInnerTexts();
      expect(nextNames).toHaveLength(Math.min(50, total - 50));
      expect(nextNames.filter((name) => firstNames.includes(name))).toEqual([]);
      if (path === '/admin/reports') await saveScreenshot(page, 'admin-reports-paged-1280');
    }
    await page.goto(`${server.url}/admin/sources`);
    await page.fill('input[name="q"]', 'the 7th monitor');
    await page.click('button:has-text("Find")');
    await page.waitForURL(/q=the/);
    expect(await page.locator('table.admin-table tbody td:first-child').allInnerTexts()).toEqual(['Bulk Monitor 00007']);
    const figures = await prisma.figure.count({ where: { source: { name: 'Bulk Monitor 00007' } } });
    expect(await page.locator('table.admin-table tbody td:nth-child(4)').innerText()).toBe(String(figures));
    await page.goto(`${server.url}/admin/reports?q=bulk+report+1`);
    expect(await page.locator('.admin-count').innerText()).toBe('11 reports found');
    await context.close();
  });

  it('keeps every admin page under 400 KB of HTML', async () => {
    const { context } = await signedInPage(browser, server.url, editor);
    const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
    const figure = await prisma.figure.findFirstOrThrow({ where: { rawText: '15' } });
    const report = await prisma.report.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const [source, place] = await Promise.all([prisma.source.findFirstOrThrow(), prisma.place.findFirstOrThrow()]);
    const paths = [
      '/admin', '/admin?q=bulk', `/admin?reportId=${report.id}`, `/admin/figures/${figure.id}`, '/admin/figures/new',
      `/admin/figures/new?reportId=${report.id}`, '/admin/reports', `/admin/reports/${report.id}`, `/admin/reports/${report.id}/review`,
      '/admin/reports/new', '/admin/sources', `/admin/sources/${source.id}`, '/admin/sources/new', '/admin/places',
      `/admin/places/${place.id}`, '/admin/places/new', '/admin/account',
    ];
    const sizes: string[] = [];
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      const html = await response.text();
      sizes.push(`${path}: ${(html.length / 1024).toFixed(1)} KB`);
      expect(html.length).toBeLessThan(400 * 1024);
    }
    process.stdout.write(`admin page sizes\n  ${sizes.join('\n  ')}\n`);
    await context.close();
  });
});
