import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/connect';
import { CONFIDENCES, extractFigures } from '@/lib/extract';
import { SOURCE_ORIGIN_LABELS } from '@/lib/review/reading-labels';
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

async function pasteReport(page: Page, title: string, text = body): Promise<void> {
  await page.goto(`${server.url}/admin/reports/new`);
  await page.fill('input[name="title"]', title);
  await page.fill('input[name="outlet"]', 'Reuters');
  await page.fill('input[name="publishedAt"]', '2023-06-11');
  await page.fill('textarea[name="body"]', text);
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

// Sources in the sentence, carried by "He said", and none; categories the words settle and ones they do not.
const mixedBody =
  'Floods killed 40 people in Lakeside on Monday, the Red Cross said. He said 12 others were missing. ' +
  'Some 300 people waited for food at the stadium. About 2,000 people spent the night in schools, the mayor said.';
/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA that axe can test, as in the accessibility suite. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each waiting proposal as the page shows it: its marked number, its confidence label and its reading line. */
async function shownQueue(page: Page) {
  return page.locator('ol.admin-review-list > li').evaluateAll((items) =>
    items.map((item) => ({
      rawText: item.querySelector('mark')?.textContent ?? '',
      confidence: item.querySelector('.admin-confidence')?.textContent ?? '',
      reading: item.querySelector('.admin-hint')?.textContent ?? '',
    })),
  );
}

describe('the explained reading in the review queue, in a browser', () => {
  const extracted = extractFigures(mixedBody);
  const textOrder = extracted.map((figure) => figure.rawText);
  const confidenceOf = (rawText: string) => extracted.find((figure) => figure.rawText === rawText)!.confidence;

  it('shows each proposal’s confidence and where its source was found, and orders the queue least sure first', async () => {
    // The body is chosen so that the two orders differ; the checks below read the extractor's own answers.
    expect(new Set(extracted.map((figure) => figure.confidence)).size).toBeGreaterThan(1);
    const { context, page } = await signedInPage(browser, server.url, editor);
    await pasteReport(page, 'Floods in Lakeside', mixedBody);
    const queueUrl = page.url().replace(/\?.*$/, '');

    const inText = await shownQueue(page);
    expect(inText.map((item) => item.rawText)).toEqual(textOrder);
    for (const figure of extracted) {
      const shown = inText.find((item) => item.rawText === figure.rawText)!;
      expect(shown.confidence).toBe(`Confidence: ${figure.confidence}`);
      if (figure.sourceOrigin) expect(shown.reading).toContain(`source: ${figure.source} (${SOURCE_ORIGIN_LABELS[figure.sourceOrigin]}`);
      else expect(shown.reading).toContain('source: unattributed ·');
    }
    expect(inText.map((item) => item.reading).join('\n')).toContain('(carried from the sentence before');
    await expect(page.locator('nav[aria-label="Order of the queue"] [aria-current="page"]').innerText()).resolves.toBe('text order');

    await page.click('nav[aria-label="Order of the queue"] a:has-text("least sure first")');
    await page.waitForURL(/\?order=least-sure$/);
    const leastSure = (await shownQueue(page)).map((item) => item.rawText);
    // CONFIDENCES runs from high to low: the later a confidence in it, the sooner it is shown.
    const doubt = (rawText: string) => CONFIDENCES.indexOf(confidenceOf(rawText));
    const expected = [...textOrder].sort((a, b) => doubt(b) - doubt(a) || textOrder.indexOf(a) - textOrder.indexOf(b));
    expect(leastSure).toEqual(expected);
    expect(leastSure).not.toEqual(textOrder);
    await expect(page.locator('nav[aria-label="Order of the queue"] [aria-current="page"]').innerText()).resolves.toBe('least sure first');
    await saveScreenshot(page, 'admin-review-least-sure-1280');

    // Deciding on a proposal comes back to the queue in the order the editor was reading it.
    const first = page.locator('ol.admin-review-list > li').first();
    await first.locator(`button:has-text("Accept “${leastSure[0]}”")`).click();
    await page.waitForURL(/\/review\?accepted=\d+&order=least-sure$/);
    expect((await shownQueue(page)).map((item) => item.rawText)).toEqual(expected.slice(1));
    await page.click(`a:has-text("Correct before accepting “${expected[1]}”")`);
    await page.waitForURL(/\/review\/\d+\?order=least-sure$/);
    await page.click('button:has-text("Accept figure")');
    await page.waitForURL(/\/review\?accepted=\d+&order=least-sure$/);
    expect((await shownQueue(page)).map((item) => item.rawText)).toEqual(expected.slice(2));

    // The order is a plain link and a query parameter: it works with script turned off.
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    try {
      const plain = await noScript.newPage();
      await plain.goto(queueUrl);
      await plain.click('a:has-text("least sure first")');
      await plain.waitForURL(/\?order=least-sure$/);
      expect((await shownQueue(plain)).map((item) => item.rawText)).toEqual(expected.slice(2));
    } finally {
      await noScript.close();
    }
    await context.close();
  });

  it('names an unknown order in a notice and shows the queue in text order', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    const report = await prisma.report.findFirstOrThrow({ where: { title: 'Floods in Lakeside' } });
    const response = await page.goto(`${server.url}/admin/reports/${report.id}/review?order=most-sure`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.admin-notice--error').innerText()).resolves.toBe(
      'There is no order “most-sure”: the queue is shown in text order. Choose text order or least sure first.',
    );
    const pending = (await shownQueue(page)).map((item) => item.rawText);
    expect(pending).toEqual(textOrder.filter((rawText) => pending.includes(rawText)));
    await context.close();
  });

  it.each([1280, 375])('has no WCAG 2 A or AA violations that axe can find, in both orders, at %i px', async (width) => {
    const { context, page } = await signedInPage(browser, server.url, editor, width);
    try {
      const report = await prisma.report.findFirstOrThrow({ where: { title: 'Floods in Lakeside' } });
      for (const query of ['', '?order=least-sure']) {
        await gotoLoaded(page, `${server.url}/admin/reports/${report.id}/review${query}`);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(violations.map(({ id, help, nodes }) => ({ id, help, elements: nodes.map((node) => node.target.join(' ')).slice(0, 5) }))).toEqual([]);
      }
      if (width === 375) {
        await saveScreenshot(page, 'admin-review-least-sure-375');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      }
    } finally {
      await context.close();
    }
  });
});
