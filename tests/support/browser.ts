import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from './server';

/** Debian's Chromium; Playwright's own browser download cannot run offline. */
const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot under screenshots/ (git-ignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Opens a page and waits until its streamed content has replaced every loading skeleton: React reveals streamed
 * Suspense content shortly after the load event, so reading the page at `load` can still see the skeleton.
 */
export async function gotoLoaded(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Each widget of a page streams on its own, so there may be several skeletons: wait until the last one is gone.
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0);
}

/**
 * The real server on a database and a browser, started together. If either cannot start (no Chromium at
 * /usr/bin/chromium, a server that exits), the other is stopped before the error is thrown, so a suite that cannot
 * start leaves nothing running behind it.
 */
export async function startServerAndBrowser(
  databasePath: string,
  environment: Record<string, string> = {},
): Promise<[RunningServer, Browser]> {
  const [server, browser] = await Promise.allSettled([startServer(databasePath, environment), launchBrowser()]);
  if (server.status === 'fulfilled' && browser.status === 'fulfilled') return [server.value, browser.value];
  if (server.status === 'fulfilled') await server.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason;
}
