import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDatabase } from '@/prisma/seed';
import type { PrismaClient } from '@/lib/db/connect';
import { createMigratedDatabase } from '../support/temp-database';
import type { RunningServer } from '../support/server';
import { chartsDrawn, gotoDrawn, saveScreenshot, startServerAndBrowser } from '../support/browser';

interface ApiFigure {
  id: number;
  category: string;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  rawText: string;
  partOfId: number | null;
  source: { id: number; name: string } | null;
  report: { id: number };
}

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let desktop: BrowserContext;
let figures: ApiFigure[];

function byRawText(rawText: string): ApiFigure {
  const figure = figures.find((candidate) => candidate.rawText === rawText);
  if (!figure) throw new Error(`no figure "${rawText}"`);
  return figure;
}

async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await gotoDrawn(page, `${server.url}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  [server, browser] = await startServerAndBrowser(databasePath);
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ items: figures } = (await (await fetch(`${server.url}/api/figures`)).json()) as { items: ApiFigure[] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the overview', () => {
  it('shows the headline figures as written, each with what it counts and its source', async () => {
    const page = await openPage(desktop, '/');
    const card = (key: string) => page.locator(`[data-headline="${key}"]`);
    await expect(card('killed').innerText()).resolves.toMatch(/^KILLED\s+23\s+exact\s+civilians killed in the overnight coalition strikes\s+Syrian Observatory for Human Rights · Raqqa · 8 June 2017/);
    const children = await card('children').innerText();
    expect(children).toContain('an estimated 40,000');
    expect(children).toContain('estimate; range 36,000–44,000');
    expect(children).toContain('UNICEF');
    const fighters = await card('fighters').innerText();
    expect(fighters).toContain('up to 2,500');
    expect(fighters).toContain('US Department of Defense');
    const population = await card('population').innerText();
    expect(population).toContain('about 160,000');
    expect(population).toContain('people remaining in Raqqa city');
    expect(population).toContain('UN Office for the Coordination of Humanitarian Affairs');
    const displaced = await card('displaced').innerText();
    expect(displaced).toContain('80,000');
    expect(displaced).toContain('tens of thousands');
    expect(displaced).toContain('Not attributed in the text');
    await saveScreenshot(page, 'overview-1280');
    await page.close();
  });

  it('puts every figure, source and table in the server HTML, with no vague figure shown as a number', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    for (const text of ['an estimated 300,000', 'about 160,000', 'up to 2,500', 'hundreds', 'thousands', 'tens of thousands', 'US Department of Defense', 'UNICEF']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<table');
    expect(html).not.toMatch(/>\s*(500|599|60,000|5,999)\s*</);
  });

  it('draws the population of Raqqa from the stored figures and their parts', async () => {
    const page = await openPage(desktop, '/');
    const section = page.locator('section:has(#composition-heading)');
    const tree = await section.locator('.composition-tree').innerText();
    expect(tree).toMatch(/an estimated 300,000 \(range 270,000–330,000\) civilians believed to have been living under ISIS rule in Raqqa/);
    expect(tree).toMatch(/of whom about 160,000 \(range 144,000–176,000\) people remaining in Raqqa city/);
    expect(tree).toMatch(/of whom 80,000 people displaced from other parts of Syria/);
    expect(tree).toMatch(/of whom an estimated 40,000 \(range 36,000–44,000\) children trapped/);
    // The chart is drawn in the browser after its code loads: wait for its four marks before reading them.
    await section.locator('svg [data-figure-mark]').nth(3).waitFor();
    const marks = await section.locator('svg [data-figure-mark]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-figure-mark')));
    expect(marks).toEqual(['An estimated 300,000', 'about 160,000', 'an estimated 40,000', '80,000'].map((raw) => String(byRawText(raw).id)));
    await page.close();
  });

  it('ranks the sources side by side, each with its latest figure per headline group', async () => {
    const page = await openPage(desktop, '/');
    const rows = await page.locator('table.source-ranking tbody tr').evaluateAll((elements) =>
      elements.map((row) => [row.querySelector('th a')?.textContent, row.querySelector('td')?.textContent?.replace(/\D+$/, '')]),
    );
    expect(rows).toEqual([
      ['Syrian Observatory for Human Rights', '3'],
      ['US Department of Defense', '2'],
      ['UN Office for the Coordination of Humanitarian Affairs', '1'],
      ['UNICEF', '1'],
    ]);
    await expect(page.locator('table.source-ranking tbody tr').nth(1).innerText()).resolves.toContain('up to 2,500');
    await page.close();
  });

  it('lists the latest figures, linking to the full list, and counts places', async () => {
    const page = await openPage(desktop, '/');
    expect(await page.locator('section[data-widget="latest"] tbody tr').count()).toBe(12);
    await expect(page.locator('section[data-widget="latest"] a:text("All 12 figures of this selection")').getAttribute('href')).resolves.toBe('/figures');
    await expect(page.locator('.place-counts').innerText()).resolves.toMatch(/Raqqa \(Syria\): 10 figures/);
    await page.close();
  });

  it('shows where keyboard focus is', async () => {
    const page = await openPage(desktop, '/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { text: document.activeElement!.textContent, style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ text: 'Skip to content', style: 'solid', width: '3px' });
    await page.close();
  });
});

describe('a figure page', () => {
  it('is reached by clicking the figure and shows its sentence with the number phrase highlighted', async () => {
    const page = await openPage(desktop, '/');
    const children = byRawText('an estimated 40,000');
    await Promise.all([page.waitForURL(`**/figures/${children.id}`), page.locator(`[data-figure-id="${children.id}"] a`).first().click()]);
    await chartsDrawn(page);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/an estimated 40,000\s+children trapped in dangerous conditions in Raqqa city/);
    await expect(page.locator('.sentence mark').innerText()).resolves.toBe('an estimated 40,000');
    await expect(page.locator('.sentence p').innerText()).resolves.toBe(
      'The UN children\'s agency UNICEF warned Friday that "an estimated 40,000 children remain trapped in dangerous conditions in Raqqa city."',
    );
    const facts = await page.locator('.facts').innerText();
    expect(facts).toMatch(/Range\s+36,000–44,000/);
    expect(facts).toMatch(/Source\s+UNICEF/);
    await expect(page.locator('.part-of').innerText()).resolves.toContain('Part of about 160,000 people remaining in Raqqa city');
    await saveScreenshot(page, 'figure-1280');
    await page.close();
  });

  it('marks the right occurrence and lists the parts of a whole', async () => {
    const whole = byRawText('23');
    const page = await openPage(desktop, `/figures/${whole.id}`);
    await expect(page.locator('.sentence mark').innerText()).resolves.toBe('23');
    await expect(page.locator('table:has(caption:text("Parts of this figure")) tbody').innerText()).resolves.toContain('civilians killed in an internet cafe in Jazra');
    await page.close();
  });

  it('shows a vague figure as its word with its range and no single value', async () => {
    const page = await openPage(desktop, `/figures/${byRawText('Hundreds').id}`);
    await expect(page.locator('h1 .figure-value').innerText()).resolves.toBe('hundreds');
    const facts = await page.locator('.facts').innerText();
    expect(facts).toMatch(/Range\s+200–999/);
    expect(facts).toMatch(/Single value\s+none: the report gives no single number/);
    await page.close();
  });
});

describe('a report page', () => {
  it('shows the full text with every stored figure highlighted in place and linked to its page', async () => {
    const reportId = figures[0]!.report.id;
    const page = await openPage(desktop, `/reports/${reportId}`);
    await expect(page.locator('.report-meta').innerText()).resolves.toMatch(/^AFP · 9 June 2017 · 12 figures highlighted/);
    const marks = await page.locator('.report-text mark').evaluateAll((elements) =>
      elements.map((element) => ({ text: element.textContent, href: element.querySelector('a')?.getAttribute('href') })),
    );
    expect(marks).toEqual(
      ['25', '23', '15', 'Hundreds', 'up to 2,500', 'An estimated 300,000', '80,000', 'thousands', 'about 160,000', 'an estimated 40,000', 'Tens of thousands', 'third'].map(
        (rawText) => ({ text: rawText, href: `/figures/${byRawText(rawText).id}` }),
      ),
    );
    await expect(page.locator('.report-text').innerText()).resolves.toContain('Many are caught in the crossfire');
    await saveScreenshot(page, 'report-1280');
    await page.close();
  });

  it('charts every figure by category with one mark each, a range for every hedged figure and no point for a vague one', async () => {
    const page = await openPage(desktop, `/reports/${figures[0]!.report.id}`);
    const section = page.locator('section:has(#categories-heading)');
    await section.locator('svg [data-figure-mark]').first().waitFor();
    expect(await section.locator('svg [data-figure-mark]').count()).toBe(figures.length);
    for (const figure of figures) {
      const mark = section.locator(`svg [data-figure-mark="${figure.id}"]`);
      expect(await mark.count()).toBe(1);
      const hedged = figure.qualifier !== 'exact';
      expect(await mark.locator(`[data-figure-range="${figure.id}"]`).count()).toBe(hedged ? 1 : 0);
      expect(await mark.locator(`[data-figure-point="${figure.id}"]`).count()).toBe(figure.qualifier === 'vague' ? 0 : 1);
    }
    const range = await section.locator(`[data-figure-range="${byRawText('an estimated 40,000').id}"]`).boundingBox();
    expect(range?.width).toBeGreaterThan(20);
    const summary = await page.locator('[data-chart="Killed"] .chart-summary').innerText();
    expect(summary).toBe('2 figures, from 15 to 23. All are exact and drawn as points.');
    await page.close();
  });
});

describe('source and category pages', () => {
  it('list the figures of one source, newest first, with its estimates over time', async () => {
    const source = byRawText('25').source!;
    const page = await openPage(desktop, `/sources/${source.id}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Syrian Observatory for Human Rights');
    await expect(page.locator('.lede').innerText()).resolves.toContain('3 figures are attributed to it');
    expect(await page.locator('table:has(caption:text("Figures attributed to")) tbody tr').count()).toBe(3);
    expect(await page.locator('figure[data-series="killed"]').count()).toBe(1);
    await saveScreenshot(page, 'source-1280');
    await page.close();
  });

  it('list the figures of one category with its estimates over time', async () => {
    const page = await openPage(desktop, '/categories/population');
    await expect(page.locator('.lede').innerText()).resolves.toContain('2 figures in this category');
    await expect(page.locator('table:has(caption:text("the most recent")) tbody').innerText()).resolves.toMatch(
      /about 160,000[\s\S]*UN Office for the Coordination of Humanitarian Affairs/,
    );
    expect(await page.locator('figure[data-series="population"]').count()).toBe(1);
    await saveScreenshot(page, 'category-1280');
    await page.close();
  });

  it('walk the full figure list of a scope page by page', async () => {
    const page = await openPage(desktop, '/figures');
    expect(await page.locator('table.figure-table tbody tr').count()).toBe(12);
    await expect(page.locator('.pagination').innerText()).resolves.toContain('12 of 12 figures');
    const bad = await openPage(desktop, '/figures?cursor=nonsense');
    await expect(bad.locator('[data-scope-notice]').innerText()).resolves.toContain('cursor=nonsense is not a cursor of this list');
    expect(await bad.locator('table.figure-table tbody tr').count()).toBe(12);
    await Promise.all([page.close(), bad.close()]);
  });
});

describe('unknown addresses', () => {
  it.each(['/figures/99999', '/figures/not-a-number', '/reports/99999', '/sources/99999', '/categories/nonsense', '/no-such-page'])(
    '%s answers 404 with the not-found page',
    async (path) => {
      const page = await desktop.newPage();
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
      await expect(page.locator('main a[href="/"]').innerText()).resolves.toBe('Back to the overview');
      if (path === '/figures/99999') await saveScreenshot(page, 'not-found-1280');
      await page.close();
    },
  );
});

describe('on a phone-sized screen', () => {
  it('every page fits 375 px without horizontal scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
    const pages: Array<[string, string]> = [
      ['/', 'overview-375'],
      [`/figures/${byRawText('an estimated 40,000').id}`, 'figure-375'],
      [`/reports/${figures[0]!.report.id}`, 'report-375'],
      [`/sources/${byRawText('25').source!.id}`, 'source-375'],
      ['/categories/fled', 'category-375'],
      ['/figures', 'figures-375'],
    ];
    for (const [path, name] of pages) {
      const page = await openPage(phone, path);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect({ path, ...widths }).toEqual({ path, scroll: widths.client, client: 375 });
      await saveScreenshot(page, name);
      await page.close();
    }
    await phone.close();
  });
});

describe('without JavaScript', () => {
  it('shows every figure, source, sentence and table, with no loading skeleton left on screen', async () => {
    const noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await noScript.newPage();
    expect((await page.goto(`${server.url}/`))?.status()).toBe(200);
    expect(await page.locator('.skeleton:visible').count()).toBe(0);
    const text = await page.locator('body').innerText();
    for (const figure of ['an estimated 300,000', 'about 160,000', 'an estimated 40,000', 'up to 2,500', 'hundreds', 'tens of thousands']) {
      expect(text).toContain(figure);
    }
    expect(text).toContain('UN Office for the Coordination of Humanitarian Affairs');
    expect(text).toContain('the UN humanitarian office estimates about 160,000 people remain in the city.');
    expect(await page.locator('table.figure-table').first().isVisible()).toBe(true);
    expect(await page.locator('.chart-canvas').first().isVisible()).toBe(false);
    await saveScreenshot(page, 'overview-without-javascript-1280');
    expect((await page.goto(`${server.url}/reports/${figures[0]!.report.id}`))?.status()).toBe(200);
    expect(await page.locator('.report-text mark').count()).toBe(12);
    expect(await page.locator('.report-text').isVisible()).toBe(true);
    await noScript.close();
  });
});
