import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signIn, testSessionSecret } from '../support/admin';
import { gotoLoaded, startServerAndBrowser } from '../support/browser';
import type { RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

/**
 * Every response carries the security headers, and the pages work under their Content-Security-Policy in a real
 * Chromium: charts draw, the admin form's search field answers, and the browser reports no violation.
 */
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

const EVERY_RESPONSE = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function expectSecurityHeaders(headers: Headers, where: string): void {
  for (const [name, value] of Object.entries(EVERY_RESPONSE)) expect(`${where} ${name}: ${headers.get(name)}`).toBe(`${where} ${name}: ${value}`);
  expect(headers.get('permissions-policy')).toContain('camera=()');
  const policy = headers.get('content-security-policy') ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
}

/** A page that records every CSP violation and every console message that mentions the policy. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; violations: string[] }> {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, violations };
}

describe('security headers', () => {
  it.each([
    ['the pre-rendered overview', '/'],
    ['a pre-rendered figure page', '/figures/1'],
    ['the figure list', '/figures?category=killed'],
    ['the API', '/api/figures?limit=1'],
    ['an API error', '/api/figures?limit=abc'],
    ['a CSV export', '/api/figures.csv'],
    ['the sign-in page', '/admin/login'],
    ['an admin route without a session', '/api/admin/search/sources?q=a'],
    ['a static file', '/favicon.ico'],
    ['a missing page', '/no-such-page'],
  ])('are on %s', async (_name, pathname) => {
    const response = await fetch(`${server.url}${pathname}`, { redirect: 'manual' });
    expectSecurityHeaders(response.headers, pathname);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('are on the JavaScript files the pages load', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${server.url}${script}`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers, script!);
  });

  it('add Strict-Transport-Security when the request came over HTTPS through a proxy', async () => {
    for (const pathname of ['/', '/api/figures?limit=1', '/admin/login']) {
      const response = await fetch(`${server.url}${pathname}`, { headers: { 'X-Forwarded-Proto': 'https' } });
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('give public pages a static policy and admin pages a fresh nonce on every response', async () => {
    const publicPolicy = (await fetch(`${server.url}/`)).headers.get('content-security-policy');
    expect(publicPolicy).toContain("script-src 'self' 'unsafe-inline'");
    const first = (await fetch(`${server.url}/admin/login`)).headers.get('content-security-policy') ?? '';
    const second = (await fetch(`${server.url}/admin/login`)).headers.get('content-security-policy') ?? '';
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'sha256-[A-Za-z0-9+/=]{44}' 'strict-dynamic'/);
    expect(first).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(second).not.toBe(first);
  });
});

describe('pages under the Content-Security-Policy in Chromium', () => {
  it('draw the overview and a figure page with their charts, with no violation', async () => {
    const context = await browser.newContext();
    const { page, violations } = await watchedPage(context);
    await gotoLoaded(page, `${server.url}/`);
    await page.locator('.recharts-surface').first().waitFor();
    await gotoLoaded(page, `${server.url}/figures/1`);
    await page.locator('h1').first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('sign an editor in and run the figure form’s search field, with no violation', async () => {
    const context = await browser.newContext();
    const { page, violations } = await watchedPage(context);
    await signIn(page, server.url, editor);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    const figure = await prisma.figure.findFirstOrThrow({ where: { rawText: '23' } });
    await page.goto(`${server.url}/admin/figures/${figure.id}`);
    await page.locator('#field-sourceId').fill('pentag');
    await page.locator('[role="option"]', { hasText: 'US Department of Defense' }).click();
    expect(await page.inputValue('#field-sourceId')).toBe('US Department of Defense');
    // The browser-side check of the schema runs (a script): a bad value is refused next to its field before sending.
    await page.fill('input[name="value"]', '2,5');
    await page.click('button:has-text("Save figure")');
    await page.locator('#value-error', { hasText: 'Value must be a whole number' }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
