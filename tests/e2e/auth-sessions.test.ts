import fs from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { SESSION_LIMITS } from '@/lib/auth/sessions';
import { SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signedInPage, signIn, testSessionSecret } from '../support/admin';
import { startServerAndBrowser } from '../support/browser';
import { builtServerActions, callServerAction } from '../support/server-actions';
import { startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

let dir: string;
let databasePath: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let admin: { id: number; email: string; password: string };
let editor: { id: number; email: string; password: string };

beforeAll(async () => {
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  admin = await addTestUser(prisma, 'chief@example.org', 'admin', 'Chief');
  editor = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The session cookie of a browser context, as a Cookie header someone could have copied. */
async function copiedCookie(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === 'figures_admin_session');
  if (!session) throw new Error('no session cookie');
  return `${session.name}=${session.value}`;
}

/** Whether an admin page answers that cookie with the page (200) rather than a redirect to the sign-in page. */
async function cookieStillWorks(cookie: string): Promise<boolean> {
  const response = await fetch(`${server.url}/admin/account`, { headers: { cookie }, redirect: 'manual' });
  if (response.status === 200) return true;
  expect(response.status).toBe(307);
  expect(new URL(response.headers.get('location')!, server.url).pathname).toBe('/admin/login');
  return false;
}

async function openUserPage(context: BrowserContext, userId: number) {
  const page = await context.newPage();
  await page.goto(`${server.url}/admin/users`);
  await page.click(`a[href="/admin/users/${userId}"]`);
  await page.waitForURL(`${server.url}/admin/users/${userId}`);
  return page;
}

describe('a copied session cookie', () => {
  it('stops working when its browser signs out', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    const cookie = await copiedCookie(context);
    expect(await cookieStillWorks(cookie)).toBe(true);
    await page.click('text=Sign out');
    await page.waitForURL(/\/admin\/login\?signedOut=1/);
    expect(await cookieStillWorks(cookie)).toBe(false);
    await context.close();
  });

  it('stops working when its user changes their password, while the browser that changed it stays signed in', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    const cookie = await copiedCookie(context);
    await page.goto(`${server.url}/admin/account`);
    const newPassword = 'a new password for Edith';
    await page.fill('input[name="currentPassword"]', editor.password);
    await page.fill('input[name="newPassword"]', newPassword);
    await page.fill('input[name="confirmPassword"]', newPassword);
    await page.click('button:has-text("Change password")');
    await page.locator('[role="status"]', { hasText: 'Your password was changed' }).waitFor();
    editor.password = newPassword;
    expect(await cookieStillWorks(cookie)).toBe(false);
    expect(await cookieStillWorks(await copiedCookie(context))).toBe(true);
    await page.goto(`${server.url}/admin/account`);
    expect(new URL(page.url()).pathname).toBe('/admin/account');
    await context.close();
  });

  it('stops working when an administrator sets a new password for its user', async () => {
    const signedIn = await signedInPage(browser, server.url, editor);
    const cookie = await copiedCookie(signedIn.context);
    const { context: adminContext } = await signedInPage(browser, server.url, admin);
    const page = await openUserPage(adminContext, editor.id);
    const newPassword = 'set by the administrator';
    await page.fill('input[name="newPassword"]', newPassword);
    await page.fill('input[name="confirmPassword"]', newPassword);
    await page.click('button:has-text("Set password")');
    await page.locator('[role="status"]', { hasText: 'has a new password' }).waitFor();
    expect(await cookieStillWorks(cookie)).toBe(false);
    await signedIn.page.goto(`${server.url}/admin`);
    expect(new URL(signedIn.page.url()).pathname).toBe('/admin/login');
    editor.password = newPassword;
    await signIn(signedIn.page, server.url, editor);
    await signedIn.context.close();
    await adminContext.close();
  });

  it('stops working when an administrator disables its user, who cannot sign in until enabled again', async () => {
    const signedIn = await signedInPage(browser, server.url, editor);
    const cookie = await copiedCookie(signedIn.context);
    const { context: adminContext } = await signedInPage(browser, server.url, admin);
    const page = await openUserPage(adminContext, editor.id);
    await page.click('button:has-text("Disable user")');
    await page.locator('[role="status"]', { hasText: 'is disabled' }).waitFor();
    expect(await cookieStillWorks(cookie)).toBe(false);
    await page.goto(`${server.url}/admin/users`);
    expect(await page.locator('tr', { hasText: editor.email }).locator('td[data-label="Status"]').innerText()).toBe('disabled');

    const login = signedIn.page;
    await login.goto(`${server.url}/admin/login`);
    await login.fill('input[name="email"]', editor.email);
    await login.fill('input[name="password"]', editor.password);
    await login.click('button[type="submit"]');
    await login.locator('.admin-notice[role="alert"]').waitFor();
    expect(await login.locator('.admin-notice[role="alert"]').innerText()).toBe('That email and password do not match an account.');

    const enable = await openUserPage(adminContext, editor.id);
    await enable.click('button:has-text("Enable user")');
    await enable.locator('[role="status"]', { hasText: 'can sign in again' }).waitFor();
    await signIn(login, server.url, editor);
    await signedIn.context.close();
    await adminContext.close();
  });

  it('stops working after twelve hours without a request, and seven days after signing in', async () => {
    for (const stale of [
      { lastSeenAt: new Date(Date.now() - (SESSION_LIMITS.idleSeconds + 60) * 1000) },
      { createdAt: new Date(Date.now() - (SESSION_LIMITS.absoluteSeconds + 60) * 1000) },
    ]) {
      const { context } = await signedInPage(browser, server.url, editor);
      const cookie = await copiedCookie(context);
      expect(await cookieStillWorks(cookie)).toBe(true);
      const session = await prisma.session.findFirstOrThrow({ where: { userId: editor.id }, orderBy: { createdAt: 'desc' } });
      await prisma.session.update({ where: { id: session.id }, data: stale });
      expect(await cookieStillWorks(cookie)).toBe(false);
      expect(await prisma.session.count({ where: { id: session.id } })).toBe(0);
      await context.close();
    }
  });
});

describe('the users pages', () => {
  it('show an editor no user to manage', async () => {
    const { context, page } = await signedInPage(browser, server.url, editor);
    await page.goto(`${server.url}/admin/users/${admin.id}`);
    expect(await page.locator('.admin-notice[role="alert"]').innerText()).toBe('Only an administrator can manage users.');
    expect(await page.locator('input[name="newPassword"]').count()).toBe(0);
    await context.close();
  });
});

describe('signing in', () => {
  it('returns to an admin page named in next=, and to /admin for anything that could leave the site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cases: Array<[string, string]> = [
      ['/admin/sources', '/admin/sources'],
      ['/admin/../..//evil.example', '/admin'],
      ['//evil.example', '/admin'],
      ['/\\evil.example', '/admin'],
      ['https://evil.example/admin', '/admin'],
    ];
    for (const [next, landing] of cases) {
      await context.clearCookies();
      await page.goto(`${server.url}/admin/login?next=${encodeURIComponent(next)}`);
      await page.fill('input[name="email"]', editor.email);
      await page.fill('input[name="password"]', editor.password);
      await page.click('button[type="submit"]');
      await page.waitForURL((url) => url.pathname !== '/admin/login');
      expect(page.url()).toBe(`${server.url}${landing}`);
    }
    await context.close();
  });

  it('counts failures by the connection’s address, whatever X-Forwarded-For or peer header a client sends', async () => {
    const signInAction = builtServerActions().get('lib/actions/account-actions.ts#signInAction')!.id;
    await prisma.signInFailure.deleteMany();
    try {
      for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailuresPerClient; attempt += 1) {
        const forged = { 'x-forwarded-for': `203.0.113.${attempt}`, 'x-real-ip': `198.51.100.${attempt}`, 'x-figures-peer-address': `192.0.2.${attempt}` };
        const failed = await callServerAction(server.url, signInAction, { email: `made-up${attempt}@example.org`, password: 'guess', next: '' }, { pagePath: '/admin/login', headers: forged });
        expect(failed.state).toMatchObject({ status: 'refused', message: 'That email and password do not match an account.' });
      }
      const blocked = await callServerAction(server.url, signInAction, { email: editor.email, password: editor.password, next: '' }, { pagePath: '/admin/login', headers: { 'x-forwarded-for': '198.51.100.250' } });
      expect(blocked.state).toMatchObject({ status: 'refused', message: expect.stringContaining('Too many failed sign-ins') });
      expect(await prisma.signInFailure.count({ where: { key: 'client:127.0.0.1' } })).toBe(SIGN_IN_LIMITS.freeFailuresPerClient);
    } finally {
      await prisma.signInFailure.deleteMany();
    }
  });

  it('behind a trusted proxy, counts failures by the address the proxy forwarded, so one client’s lockout leaves another free', async () => {
    const proxied = await startServer(databasePath, { SESSION_SECRET: testSessionSecret(), TRUSTED_PROXIES: '127.0.0.1, ::1' });
    try {
      const signInAction = builtServerActions().get('lib/actions/account-actions.ts#signInAction')!.id;
      const from = (client: string, email: string, password: string) =>
        callServerAction(proxied.url, signInAction, { email, password, next: '' }, { pagePath: '/admin/login', headers: { 'x-forwarded-for': `6.6.6.6, ${client}` } });
      for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailuresPerClient; attempt += 1) {
        await from('203.0.113.80', `made-up${attempt}@example.org`, 'guess');
      }
      expect((await from('203.0.113.80', editor.email, editor.password)).state).toMatchObject({ message: expect.stringContaining('Too many failed sign-ins') });
      const other = await from('203.0.113.81', editor.email, editor.password);
      expect(other.redirectedTo).toBe('/admin');
      expect(other.setCookie).toContain('figures_admin_session=');
      expect(await prisma.signInFailure.count({ where: { key: 'client:203.0.113.80' } })).toBe(SIGN_IN_LIMITS.freeFailuresPerClient);
    } finally {
      await proxied.stop();
      await prisma.signInFailure.deleteMany();
    }
  });
});

describe('a mutating admin route', () => {
  it('refuses a request another site sent with 403, and takes one from this site or from a script without browser headers', async () => {
    const { context } = await signedInPage(browser, server.url, editor);
    const cookie = await copiedCookie(context);
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/admin/figures`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', ...headers }, body: '{}' });
    const figuresBefore = await prisma.figure.count();
    const fromElsewhere: Array<Record<string, string>> = [{ origin: 'http://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
    for (const headers of fromElsewhere) {
      const refused = await post(headers);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: 'Refused: this request came from another site.' });
    }
    // Same origin, or no browser headers at all: the request reaches the route's own validation (422 for "{}").
    expect((await post({ origin: server.url, 'sec-fetch-site': 'same-origin' })).status).toBe(422);
    expect((await post({})).status).toBe(422);
    const remove = await fetch(`${server.url}/api/admin/figures/1?version=1`, { method: 'DELETE', headers: { cookie, origin: 'http://evil.example' } });
    expect(remove.status).toBe(403);
    expect(await prisma.figure.count()).toBe(figuresBefore);
    await context.close();
  });
});
