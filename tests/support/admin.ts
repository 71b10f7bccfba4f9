import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { builtServerActions, postServerAction } from './server-actions';

/** A session secret for a test server (iron-session needs at least 32 characters). */
export function testSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Creates a user directly in the test database and returns how to sign in as them. */
export async function addTestUser(
  prisma: PrismaClient,
  email: string,
  role: 'admin' | 'editor' = 'editor',
  name: string | null = null,
): Promise<{ id: number; email: string; password: string }> {
  const password = `test-${randomBytes(12).toString('base64url')}`;
  const result = await createUser(prisma, { email, role, name: name ?? '', password });
  if (!result.ok) throw new Error(`cannot create test user ${email}: ${JSON.stringify(result.fieldErrors)}`);
  return { id: result.user.id, email, password };
}

/** Signs in through the real login form and waits for the figure list. */
export async function signIn(page: Page, baseUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`);
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await page.click('button[type="submit"]');
  await page.waitForURL(`${baseUrl}/admin`);
}

/**
 * A fresh browser context (its own cookies) at the given width, signed in as the user and showing /admin. It posts
 * the sign-in form's server action over HTTP from the context itself, so the session cookie the server sets is the
 * context's, exactly as the browser stored it; the form in the page is covered by the sign-in tests (`signIn`).
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  user: { email: string; password: string },
  width = 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const answer = await postServerAction(context, baseUrl, signInActionId(), { email: user.email, password: user.password, next: '' }, '/admin/login');
  if (answer.headers()['x-action-redirect']?.split(';')[0] !== '/admin') {
    await context.close();
    throw new Error(`cannot sign in as ${user.email}: the sign-in action answered ${answer.status()} without sending the browser to /admin`);
  }
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin`);
  if (new URL(page.url()).pathname !== '/admin') {
    await context.close();
    throw new Error(`signed in as ${user.email}, but /admin sent the browser to ${page.url()}`);
  }
  return { context, page };
}

let signInAction: string | undefined;
function signInActionId(): string {
  signInAction ??= builtServerActions().get('lib/actions/account-actions.ts#signInAction')?.id;
  if (!signInAction) throw new Error('the build has no sign-in action (lib/actions/account-actions.ts#signInAction)');
  return signInAction;
}
