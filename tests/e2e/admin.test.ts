import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signedInPage, testSessionSecret } from '../support/admin';
import { gotoLoaded, launchBrowser, saveScreenshot } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
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
  editor = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  secondEditor = await addTestUser(prisma, 'second@example.org', 'editor', 'Sam Second');
  [server, browser] = await Promise.all([startServer(databasePath, { SESSION_SECRET: testSessionSecret() }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

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
    const { context, page } = await signedInPage(browser, server.url, editor);
    const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === 'figures_admin_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
    await page.click('text=Sign out');
    await page.waitForURL(/\/admin\/login/);
    await page.goto(`${server.url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await context.close();
  });

  it('lists the figures, finds them by text and filters them by category', async () => {
    for (const width of [1280, 375]) {
      const { context, page } = await signedInPage(browser, server.url, editor, width);
      await page.locator('table.admin-table').waitFor();
      expect(await page.locator('table.admin-table tbody tr').count()).toBe(12);
      await saveScreenshot(page, `admin-list-${width}`);
      await page.fill('input[name="q"]', 'internet cafe');
      await page.click('button:has-text("Find")');
      await page.waitForURL(/q=internet/);
      const found = await page.locator('table.admin-table tbody tr').allInnerTexts();
      expect(found).toHaveLength(2);
      await page.goto(`${server.url}/admin?category=fled`);
      const fled = await page.locator('table.admin-table tbody td:first-child').allInnerTexts();
      expect(fled.map((cell) => cell.trim())).toEqual(['thousands', 'Tens of thousands']);
      await context.close();
    }
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
      await page.click('button:has-text("Save figure")');
      await page.locator('#value-error:has-text("Larger than its whole")').waitFor();
      expect(await fieldError(page, 'value')).toContain('#');
      expect(await fieldError(page, 'value')).toContain('“23”');
      expect(await page.inputValue('input[name="value"]')).toBe('30');
      expect(await page.inputValue('input[name="counted"]')).toBe('civilians killed in an internet cafe (typed by the editor)');
      expect(await page.inputValue('select[name="grade"]')).toBe('weak');
      await saveScreenshot(page, `admin-edit-errors-${width}`);
      await context.close();
    }
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: part.id } })).toMatchObject({ value: 15, version: 1 });
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
});
