import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDatabase } from '@/prisma/seed';
import type { PrismaClient } from '@/lib/db/connect';
import { createMigratedDatabase } from '../support/temp-database';
import type { RunningServer } from '../support/server';
import { chartsDrawn, gotoDrawn, startServerAndBrowser } from '../support/browser';

/**
 * Every page axe checks, at every width. `:figure`, `:report` and `:source` stand for ids of the seeded
 * database; add a page by adding its path here.
 */
const PAGES = ['/', '/?category=killed', '/figures', '/figures/:figure', '/reports/:report', '/sources/:source', '/categories/killed', '/reports', '/admin/login'];
/** Pages with charts, whose chart frames must add nothing to the keyboard order. */
const CHART_PAGES = ['/', '/categories/killed', '/reports/:report'];
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];
/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA that axe can test. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface ApiFigure {
  id: number;
  rawText: string;
  source: { id: number } | null;
  report: { id: number };
}

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let ids: Record<'figure' | 'report' | 'source', number>;

function resolve(path: string): string {
  return path.replace(/:(figure|report|source)\b/g, (_, name: keyof typeof ids) => String(ids[name]));
}

/** Opens a page at a width, once its streamed content and (where it has any) its charts have drawn. */
async function openDrawn(path: string): Promise<Page> {
  const page = await context.newPage();
  await gotoDrawn(page, `${server.url}${resolve(path)}`);
  return page;
}


/** Presses Tab until focus leaves the page or comes back round, and describes every element it stopped on. */
async function tabStops(page: Page): Promise<Array<{ inChart: boolean; element: string }>> {
  const stops: Array<{ inChart: boolean; element: string; node: unknown }> = [];
  for (let step = 0; step < 500; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return null;
      const label = `${active.tagName.toLowerCase()}.${active.getAttribute('class') ?? ''} "${(active.textContent ?? '').trim().slice(0, 40)}"`;
      const index = Array.from(document.querySelectorAll('*')).indexOf(active);
      return { inChart: active.closest('.chart-canvas') !== null, element: label, node: index };
    });
    if (!stop || stops.some((earlier) => earlier.node === stop.node)) break;
    stops.push(stop);
  }
  return stops.map(({ inChart, element }) => ({ inChart, element }));
}

/** WCAG 2 contrast ratio of two colours given as `rgb(r, g, b)`. */
function contrastRatio(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [red, green, blue] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  [server, browser] = await startServerAndBrowser(databasePath);
  context = await browser.newContext({ viewport: WIDTHS[0] });
  const { items: figures } = (await (await fetch(`${server.url}/api/figures`)).json()) as { items: ApiFigure[] };
  const attributed = figures.find((figure) => figure.source !== null)!;
  ids = { figure: figures.find((figure) => figure.rawText === 'an estimated 40,000')!.id, report: attributed.report.id, source: attributed.source!.id };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Each page is opened once and checked at every width in turn: the viewport is resized in place, and the charts,
// which follow their container's size, are drawn again before axe looks.
describe('every page', () => {
  it.each(PAGES)(`%s has no WCAG 2 A or AA violations that axe can find, at ${WIDTHS.map(({ width }) => width).join(' and ')} px`, async (path) => {
    const page = await openDrawn(path);
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      await chartsDrawn(page);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const found = violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, elements: nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
      expect({ width: viewport.width, found }).toEqual({ width: viewport.width, found: [] });
    }
    await page.close();
  });
});

describe('keyboard', () => {
  it.each(CHART_PAGES)('the charts on %s add no tab stops once they have drawn', async (path) => {
    const page = await openDrawn(path);
    expect(await page.locator('.chart-canvas svg').count()).toBeGreaterThan(0);
    const stops = await tabStops(page);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((stop) => stop.inChart)).toEqual([]);
    const focusable = await page
      .locator('.chart-canvas')
      .locator('a[href]:not([tabindex="-1"]), [tabindex]:not([tabindex="-1"]), button, input, select, textarea, iframe')
      .count();
    expect(focusable).toBe(0);
    await page.close();
  });

  it('keeps the chart marks links for the mouse', async () => {
    const page = await openDrawn('/reports/:report');
    const mark = page.locator('.chart-canvas [data-figure-mark]').first();
    const id = await mark.getAttribute('data-figure-mark');
    // An SVG link takes clicks only where it paints: on its band or point, not on the gaps between them.
    await Promise.all([page.waitForURL(`**/figures/${id}`), mark.locator('circle, rect').first().click()]);
    await page.close();
  });

  it('draws the focus ring at least 3:1 against the page behind it', async () => {
    const page = await openDrawn('/');
    await page.keyboard.press('Tab');
    const colours = await page.evaluate(() => ({
      ring: getComputedStyle(document.activeElement!).outlineColor,
      page: getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : getComputedStyle(document.body).backgroundColor,
    }));
    expect(contrastRatio(colours.ring, colours.page)).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('icons', () => {
  it('answers /favicon.ico with an icon, and links the icons from every page', async () => {
    const favicon = await fetch(`${server.url}/favicon.ico`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    const html = await (await fetch(`${server.url}/`)).text();
    const icons = [...html.matchAll(/<link rel="icon" href="([^"]+)"/g)].map(([, href]) => href!.replace(/&amp;/g, '&'));
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const href of icons) expect((await fetch(new URL(href, server.url))).status).toBe(200);
  });
});
