import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/connect';
import { hashReportBody } from '@/lib/reports/body-hash';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signedInPage, signIn, testSessionSecret } from '../support/admin';
import { gotoLoaded, startServerAndBrowser, saveScreenshot } from '../support/browser';
import type { RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let editor: { email: string; password: string };
let secondEditor: { email: string; password: string };

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  await addSecondReport();
  editor = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  secondEditor = await addTestUser(prisma, 'second@example.org', 'editor', 'Sam Second');
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

// A second report, so a new figure's report must be chosen, with one figure the new one can be part of.
const ALEPPO_BODY =
  'ALEPPO, Syria (Reuters) - Shelling killed 31 people in eastern Aleppo overnight, a monitor said. ' +
  'Among the dead were 17 children, the Britain-based group said.';

async function addSecondReport(): Promise<void> {
  const report = await prisma.report.create({
    data: { title: 'Aleppo: overnight shelling', outlet: 'Reuters', publishedAt: new Date('2017-06-10T00:00:00Z'), body: ALEPPO_BODY, bodyHash: hashReportBody(ALEPPO_BODY) },
  });
  const start = ALEPPO_BODY.indexOf('31 people');
  await prisma.figure.create({
    data: {
      category: 'killed', qualifier: 'exact', value: 31, low: 31, high: 31, rawText: '31 people', start, end: start + 9,
      quote: 'Shelling killed 31 people in eastern Aleppo overnight, a monitor said.', counted: 'people killed by shelling in eastern Aleppo',
      reportId: report.id,
    },
  });
}

/** Types into a search field and waits until the list offers this choice. */
async function typeAndWaitForChoice(page: Page, field: string, text: string, choice: string) {
  await page.locator(`#field-${field}`).fill(text);
  const option = page.locator(`[role="listbox"] [role="option"]`, { hasText: choice });
  await option.first().waitFor();
  return option.first();
}

async function figureByRawText(rawText: string) {
  return prisma.figure.findFirstOrThrow({ where: { rawText } });
}

/** The visible text of a page, for assertions robust to markup. */
async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

async function fieldError(page: Page, name: string): Promise<string> {
  return (await page.locator(`#${name}-error`).textContent()) ?? '';
}

describe('the admin area in a browser', () => {
  it('sends an anonymous visit to /admin to the sign-in page, which asks for email and password', async () => {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/admin`);
      expect(new URL(page.url()).pathname).toBe('/admin/login');
      await expect(page.locator('h1').textContent()).resolves.toBe('Sign in to edit figures');
      expect(await page.locator('input[name="email"]').count()).toBe(1);
      expect(await page.locator('input[name="password"][type="password"]').count()).toBe(1);
      await saveScreenshot(page, `admin-login-${width}`);
      await page.goto(`${server.url}/admin/figures/1`);
      expect(new URL(page.url()).pathname).toBe('/admin/login');
      await context.close();
    }
  });

  it('refuses a wrong password with the same message whether or not the account exists', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages = [];
    for (const email of [editor.email, 'nobody@example.org']) {
      await page.goto(`${server.url}/admin/login`);
      await page.fill('input[name="email"]', email);
      await page.fill('input[name="password"]', 'not the password at all');
      await page.click('button[type="submit"]');
      const alert = page.locator('.admin-notice[role="alert"]');
      await alert.waitFor();
      messages.push(await alert.innerText());
      expect(await page.inputValue('input[name="email"]')).toBe(email);
      expect(new URL(page.url()).pathname).toBe('/admin/login');
    }
    expect(messages[0]).toBe('That email and password do not match an account.');
    expect(messages[1]).toBe(messages[0]);
    await context.close();
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.url, editor);
    const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === 'figures_admin_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
    await page.click('text=Sign out');
    await page.waitForURL(/\/admin\/login/);
    await page.goto(`${server.url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await context.close();
  });

  it('lists the figures, finds them by text and filters them by category and report', async () => {
    for (const width of [1280, 375]) {
      const { context, page } = await signedInPage(browser, server.url, editor, width);
      await page.locator('table.admin-table').waitFor();
      expect(await page.locator('table.admin-table tbody tr').count()).toBe(13);
      expect(await page.locator('.admin-count').innerText()).toBe('13 figures');
      // Thirteen fit on one page: no page links.
      expect(await page.locator('nav[aria-label="Pages"]').count()).toBe(0);
      await saveScreenshot(page, `admin-list-${width}`);
      await page.fill('input[name="q"]', 'internet cafe');
      await page.click('button:has-text("Find")');
      await page.waitForURL(/q=internet/);
      const found = await page.locator('table.admin-table tbody tr').allInnerTexts();
      expect(found).toHaveLength(2);
      expect(await page.locator('.admin-count').innerText()).toBe('2 figures found');
      // Newest first across reports; one report's figures in the order of its text.
      await page.goto(`${server.url}/admin?category=fled`);
      const fled = await page.locator('table.admin-table tbody td:first-child').allInnerTexts();
      expect(fled.map((cell) => cell.trim())).toEqual(['Tens of thousands', 'thousands']);
      const report = await prisma.report.findFirstOrThrow({ orderBy: { id: 'asc' } });
      await page.goto(`${server.url}/admin?category=fled&reportId=${report.id}`);
      const inText = await page.locator('table.admin-table tbody td:first-child').allInnerTexts();
      expect(inText.map((cell) => cell.trim())).toEqual(['thousands', 'Tens of thousands']);
      expect(await page.inputValue('#field-reportId')).toBe(report.title);
      await context.close();
    }
  });

  it('filters the list by a source chosen by typing part of its alias', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    await page.locator('#field-sourceId').fill('pentag');
    await page.locator('[role="option"]', { hasText: 'US Department of Defense' }).click();
    expect(await page.inputValue('#field-sourceId')).toBe('US Department of Defense');
    await page.click('button:has-text("Find")');
    await page.waitForURL(/sourceId=\d+/);
    const pentagon = await prisma.source.findFirstOrThrow({ where: { name: 'US Department of Defense' } });
    expect(new URL(page.url()).searchParams.get('sourceId')).toBe(String(pentagon.id));
    const rows = await page.locator('table.admin-table tbody td[data-label="Source"]').allInnerTexts();
    expect(rows.length).toBe(await prisma.figure.count({ where: { sourceId: pentagon.id } }));
    expect(new Set(rows.map((cell) => cell.trim()))).toEqual(new Set(['US Department of Defense']));
    expect(await page.inputValue('#field-sourceId')).toBe('US Department of Defense');
    await context.close();
  });

  it('saves an edit of a figure and shows the new figure on the dashboard at the next request', async () => {
    const figure = await figureByRawText('25');
    const dashboard = await browser.newPage();
    await gotoLoaded(dashboard, `${server.url}/`);
    const newCounted = 'coalition airstrikes on Raqqa and its outskirts, Thursday night';
    expect(await visibleText(dashboard)).not.toContain(newCounted);

    const { context, page } = await signedInPage(browser, server.url, editor);
    await page.click(`a[href="/admin/figures/${figure.id}"]`);
    await page.waitForURL(`${server.url}/admin/figures/${figure.id}`);
    await page.fill('input[name="rawText"]', '25 airstrikes');
    await page.fill('input[name="counted"]', newCounted);
    await page.click('button:has-text("Save figure")');
    await page.waitForURL(/saved=2/);
    expect(await page.locator('[role="status"]').first().innerText()).toContain('Saved as version 2');
    expect(await page.inputValue('input[name="rawText"]')).toBe('25 airstrikes');

    await gotoLoaded(dashboard, `${server.url}/`);
    const text = await visibleText(dashboard);
    expect(text).toContain(newCounted);

    const stored = await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(stored).toMatchObject({ rawText: '25 airstrikes', version: 2 });
    const body = (await prisma.report.findUniqueOrThrow({ where: { id: stored.reportId } })).body;
    expect(body.slice(stored.start, stored.end)).toBe('25 airstrikes');
    const history = page.locator('.admin-history li').first();
    expect(await history.innerText()).toContain('Edith Editor');
    await dashboard.close();
    await context.close();
  });

  it('shows a bad value’s error next to its field and keeps everything typed, in the browser and from the server', async () => {
    const part = await figureByRawText('15');
    const unicef = await prisma.source.findFirstOrThrow({ where: { name: 'UNICEF' } });
    const raqqa = await prisma.report.findUniqueOrThrow({ where: { id: part.reportId } });
    for (const width of [1280, 375]) {
      const { context, page } = await signedInPage(browser, server.url, editor, width);
      await page.goto(`${server.url}/admin/figures/${part.id}`);

      await page.fill('input[name="value"]', '-40');
      await page.click('button:has-text("Save figure")');
      expect(await fieldError(page, 'value')).toBe('Value cannot be negative');
      expect(await page.inputValue('input[name="value"]')).toBe('-40');
      expect(await page.getAttribute('input[name="value"]', 'aria-invalid')).toBe('true');

      // Only the server knows the whole (23): the refusal comes back and the form still holds the input.
      await page.fill('input[name="value"]', '30');
      await page.fill('input[name="low"]', '');
      await page.fill('input[name="high"]', '');
      await page.fill('input[name="counted"]', 'civilians killed in an internet cafe (typed by the editor)');
      await page.selectOption('select[name="grade"]', 'weak');
      await (await typeAndWaitForChoice(page, 'sourceId', "children's agency", 'UNICEF')).click();
      await page.click('button:has-text("Save figure")');
      await page.locator('#value-error:has-text("Larger than its whole")').waitFor();
      expect(await fieldError(page, 'value')).toContain('#');
      expect(await fieldError(page, 'value')).toContain('“23”');
      expect(await page.inputValue('input[name="value"]')).toBe('30');
      expect(await page.inputValue('input[name="counted"]')).toBe('civilians killed in an internet cafe (typed by the editor)');
      expect(await page.inputValue('select[name="grade"]')).toBe('weak');
      // The chosen source comes back by name, the report as it was.
      expect(await page.inputValue('#field-sourceId')).toBe('UNICEF');
      expect(await page.inputValue('input[type="hidden"][name="sourceId"]')).toBe(String(unicef.id));
      expect(await page.inputValue('#field-reportId')).toBe(raqqa.title);
      await saveScreenshot(page, `admin-edit-errors-${width}`);
      await context.close();
    }
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: part.id } })).toMatchObject({ value: 15, version: 1, sourceId: part.sourceId });
  });

  it('creates a figure choosing its report, source and place by typing, with “Part of” offering that report’s figures', async () => {
    const whole = await figureByRawText('31 people');
    const [observatory, jazra] = await Promise.all([
      prisma.source.findFirstOrThrow({ where: { name: 'Syrian Observatory for Human Rights' } }),
      prisma.place.findFirstOrThrow({ where: { name: 'Jazra' } }),
    ]);
    for (const width of [1280, 375]) {
      const { context, page } = await signedInPage(browser, server.url, editor, width);
      await page.goto(`${server.url}/admin/figures/new`);
      const partOf = page.locator('select[name="partOfId"] option');
      expect(await partOf.count()).toBe(1);

      // The report: typed, then chosen with the keyboard; its figures become the wholes on offer.
      await typeAndWaitForChoice(page, 'reportId', 'aleppo', 'Aleppo: overnight shelling');
      await page.locator('#field-reportId').press('ArrowDown');
      await page.locator('#field-reportId').press('Enter');
      expect(await page.inputValue('#field-reportId')).toBe('Aleppo: overnight shelling');
      await page.locator(`select[name="partOfId"] option[value="${whole.id}"]`).waitFor({ state: 'attached' });
      const wholes = await partOf.allInnerTexts();
      expect(wholes[0]).toBe('Not part of another figure');
      expect(wholes).toContain(`#${whole.id} 31 people: people killed by shelling in eastern Aleppo`);
      expect(wholes.every((label) => !label.includes('Raqqa'))).toBe(true);

      await page.fill('input[name="rawText"]', '17 children');
      await page.selectOption('select[name="qualifier"]', 'exact');
      await page.selectOption('select[name="category"]', 'children');
      await page.fill('input[name="value"]', '17');
      await page.fill('textarea[name="quote"]', 'Among the dead were 17 children, the Britain-based group said.');
      await page.fill('input[name="counted"]', `children among the dead in eastern Aleppo (${width} px)`);
      // The source by its alias, picked with the mouse; the place by a prefix, with Enter.
      const option = await typeAndWaitForChoice(page, 'sourceId', 'britain-based', observatory.name);
      expect(await option.innerText()).toContain('also “the Britain-based group”');
      if (width === 1280) await saveScreenshot(page, 'admin-form-combobox-1280');
      await option.click();
      await typeAndWaitForChoice(page, 'placeId', 'jaz', 'Jazra');
      expect(await page.locator('[role="option"]', { hasText: 'Jazra' }).innerText()).toContain('in Raqqa');
      if (width === 375) await saveScreenshot(page, 'admin-form-combobox-375');
      await page.locator('#field-placeId').press('Enter');
      await page.selectOption('select[name="partOfId"]', String(whole.id));
      await page.click('button:has-text("Create figure")');
      await page.waitForURL(/\/admin\/figures\/\d+\?saved=created/);

      const id = Number(/\/admin\/figures\/(\d+)/.exec(page.url())![1]);
      expect(await prisma.figure.findUniqueOrThrow({ where: { id } })).toMatchObject({
        reportId: whole.reportId,
        sourceId: observatory.id,
        placeId: jazra.id,
        partOfId: whole.id,
        start: ALEPPO_BODY.indexOf('17 children'),
      });
      // Editing shows the chosen report, source and place by name, and the report's other figures as wholes.
      expect(await page.inputValue('#field-reportId')).toBe('Aleppo: overnight shelling');
      expect(await page.inputValue('#field-sourceId')).toBe(observatory.name);
      expect(await page.inputValue('#field-placeId')).toBe('Jazra');
      expect(await page.inputValue('select[name="partOfId"]')).toBe(String(whole.id));
      await saveScreenshot(page, `admin-form-saved-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('works the search field by keyboard as a combobox: expanded state, active option, Escape', async () => {
    const figure = await figureByRawText('Hundreds');
    const { context, page } = await signedInPage(browser, server.url, editor);
    await page.goto(`${server.url}/admin/figures/${figure.id}`);
    const input = page.locator('#field-sourceId');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
    expect(await listbox.getAttribute('role')).toBe('listbox');
    expect(await input.inputValue()).toBe('US Department of Defense');

    await input.fill('u');
    await page.locator('[role="option"]').nth(1).waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const options = page.locator('[role="option"]');
    expect(await options.count()).toBeLessThanOrEqual(20);
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    expect(active).toBe(await options.nth(1).getAttribute('id'));
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    // Escape on a closed list undoes the typing: the chosen source stays.
    await input.press('Escape');
    expect(await input.inputValue()).toBe('US Department of Defense');

    // Text that names no chosen source is refused next to the field, not saved as “no source”.
    await input.fill('a source nobody stored');
    await page.locator('#field-sourceId-status:has-text("No source matches")').waitFor();
    await page.click('button:has-text("Save figure")');
    expect(await fieldError(page, 'sourceId')).toBe('Choose a source from the list for “a source nobody stored”, or clear the field');
    expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain('sourceId-error');
    // Cleared, the field means “attributed to no one”, and saves.
    await input.fill('');
    await page.click('button:has-text("Save figure")');
    await page.waitForURL(/saved=2/);
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ sourceId: null, version: 2 });
    await context.close();
  });

  it('still edits a figure without JavaScript, the report, source and place given by id', async () => {
    const figure = await figureByRawText('thousands');
    const unicef = await prisma.source.findFirstOrThrow({ where: { name: 'UNICEF' } });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.fill('input[name="email"]', editor.email);
    await page.fill('input[name="password"]', editor.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${server.url}/admin`);
    await page.goto(`${server.url}/admin/figures/${figure.id}`);
    expect(await page.locator('#field-sourceId').isVisible()).toBe(false);
    const sourceId = page.locator('#field-sourceId-id');
    expect(await sourceId.isVisible()).toBe(true);
    expect(await page.locator('#field-reportId-id').inputValue()).toBe(String(figure.reportId));
    expect(await page.locator('.admin-combobox-fallback', { has: page.locator('#field-placeId-id') }).innerText()).toContain('Now: Raqqa');
    await sourceId.fill(String(unicef.id));
    await saveScreenshot(page, 'admin-form-without-javascript-1280');
    await page.click('button:has-text("Save figure")');
    await page.waitForURL(/saved=2/);
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ sourceId: unicef.id, reportId: figure.reportId, placeId: figure.placeId, version: 2 });
    expect(await page.locator('.admin-combobox-fallback', { has: page.locator('#field-sourceId-id') }).innerText()).toContain('Now: UNICEF');
    // The history names the source, read by the id it holds.
    expect(await page.locator('.admin-history li').first().innerText()).toContain('Source: empty → UNICEF');
    await context.close();
  });

  it('moves a place inside another chosen by searching, and names both in its history', async () => {
    const [jazra, syria] = await Promise.all([prisma.place.findFirstOrThrow({ where: { name: 'Jazra' } }), prisma.place.findFirstOrThrow({ where: { name: 'Syria' } })]);
    const { context, page } = await signedInPage(browser, server.url, editor, 375);
    await page.goto(`${server.url}/admin/places/${jazra.id}`);
    expect(await page.inputValue('#field-parentId')).toBe('Raqqa');
    await (await typeAndWaitForChoice(page, 'parentId', 'syr', 'Syria')).click();
    await page.click('button:has-text("Save place")');
    await page.waitForURL(/saved/);
    expect(await page.inputValue('#field-parentId')).toBe('Syria');
    expect(await prisma.place.findUniqueOrThrow({ where: { id: jazra.id } })).toMatchObject({ parentId: syria.id, version: 2 });
    expect(await page.locator('.admin-history li').first().innerText()).toContain('Inside: Raqqa → Syria');
    await saveScreenshot(page, 'admin-place-parent-375');
    await context.close();
  });

  it('refuses the second of two saves based on the same version, with what changed meanwhile, and keeps its input', async () => {
    const figure = await figureByRawText('about 160,000');
    const first = await signedInPage(browser, server.url, editor);
    const second = await signedInPage(browser, server.url, secondEditor);
    await first.page.goto(`${server.url}/admin/figures/${figure.id}`);
    await second.page.goto(`${server.url}/admin/figures/${figure.id}`);

    await first.page.fill('input[name="counted"]', 'people remaining in Raqqa city, by the UN estimate');
    await first.page.click('button:has-text("Save figure")');
    await first.page.waitForURL(/saved=2/);

    await second.page.fill('input[name="value"]', '170000');
    await second.page.fill('input[name="low"]', '');
    await second.page.fill('input[name="high"]', '');
    await second.page.click('button:has-text("Save figure")');
    const alert = second.page.locator('.admin-notice[role="alert"]');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain('Someone else saved this figure while you were editing it, so nothing was saved.');
    expect(message).toContain('Changed meanwhile by Edith Editor');
    expect(message).toContain('What is counted: people remaining in Raqqa city, by the UN estimate');
    expect(await second.page.inputValue('input[name="value"]')).toBe('170000');
    await saveScreenshot(second.page, 'admin-conflict-1280');
    await second.page.setViewportSize({ width: 375, height: 900 });
    await saveScreenshot(second.page, 'admin-conflict-375');

    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({
      value: 160000,
      counted: 'people remaining in Raqqa city, by the UN estimate',
      version: 2,
    });
    await first.context.close();
    await second.context.close();
  });

  it('restores an earlier version from the history as a new version', async () => {
    const figure = await figureByRawText('up to 2,500');
    const { context, page } = await signedInPage(browser, server.url, editor);
    await page.goto(`${server.url}/admin/figures/${figure.id}`);
    await page.fill('input[name="counted"]', 'a wrong description');
    await page.click('button:has-text("Save figure")');
    await page.waitForURL(/saved=2/);
    await page.click('button:has-text("Restore version 1")');
    await page.waitForURL(/restored=3/);
    expect(await page.inputValue('input[name="counted"]')).toBe(figure.counted);
    expect(await page.locator('.admin-history li').first().innerText()).toContain('Restored an earlier version');
    await context.close();
  });

  it('refuses a save from a form whose session has ended, keeping the input and changing nothing', async () => {
    const figure = await figureByRawText('an estimated 40,000');
    const { context, page } = await signedInPage(browser, server.url, editor);
    await page.goto(`${server.url}/admin/figures/${figure.id}`);
    await context.clearCookies();
    await page.fill('input[name="counted"]', 'typed after the session ended');
    await page.click('button:has-text("Save figure")');
    const alert = page.locator('.admin-notice[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('You are signed out, so nothing was saved.');
    expect(await page.inputValue('input[name="counted"]')).toBe('typed after the session ended');
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ counted: figure.counted, version: 1 });
    await context.close();
  });
});

describe('the admin JSON routes', () => {
  it('answer an anonymous change with 401 and change nothing', async () => {
    const figure = await figureByRawText('80,000');
    const revisionsBefore = await prisma.revision.count();
    const put = await fetch(`${server.url}/api/admin/figures/${figure.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...figure, value: 1, version: figure.version }),
    });
    expect(put.status).toBe(401);
    const post = await fetch(`${server.url}/api/admin/figures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(401);
    const remove = await fetch(`${server.url}/api/admin/figures/${figure.id}?version=1`, { method: 'DELETE' });
    expect(remove.status).toBe(401);
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toEqual(figure);
    expect(await prisma.revision.count()).toBe(revisionsBefore);
  });

  it('answer an anonymous search with 401, bad parameters with 400, and a search with at most 20 choices', async () => {
    const routes = ['reports?q=a', 'sources?q=a', 'places?q=a', 'figures?reportId=1'];
    for (const route of routes) {
      const response = await fetch(`${server.url}/api/admin/search/${route}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'Sign in first: this needs an editor session.' });
    }
    const { context } = await signedInPage(browser, server.url, editor);
    const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
    const get = (route: string) => fetch(`${server.url}/api/admin/search/${route}`, { headers: { cookie } });
    for (const route of [`sources?q=${'x'.repeat(201)}`, 'places?q=a&q=b', 'figures', 'figures?reportId=abc', 'figures?reportId=0']) {
      const response = await get(route);
      expect(response.status).toBe(400);
      expect(typeof ((await response.json()) as { error: unknown }).error).toBe('string');
    }
    const sources = (await (await get('sources?q=the%20pentagon')).json()) as { results: Array<{ id: number; label: string; detail: string | null }> };
    expect(sources.results.map((choice) => choice.label)).toEqual(['US Department of Defense']);
    const everything = (await (await get('sources?q=')).json()) as { results: unknown[] };
    expect(everything.results.length).toBeLessThanOrEqual(20);
    const reports = await get('reports?q=raqqa');
    expect(reports.headers.get('cache-control')).toContain('no-store');
    expect(((await reports.json()) as { results: Array<{ detail: string }> }).results[0]!.detail).toBe('AFP, 9 June 2017');
    await context.close();
  });
});
