import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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
