import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { startServer, type RunningServer } from './server';

/**
 * Where Chromium is looked for, after CHROMIUM_PATH: the usual install paths of Debian, Ubuntu and Chrome.
 * Playwright's own browser download cannot run offline, so the tests drive an installed browser.
 */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium to drive: CHROMIUM_PATH when set (and only it), otherwise the first candidate installed; or null. */
export function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return isExecutable(chosen) ? chosen : null;
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}

/** The one line a browser suite fails with when there is no Chromium. */
export function missingChromiumMessage(): string {
  const chosen = process.env.CHROMIUM_PATH;
  const looked = chosen ? `CHROMIUM_PATH=${chosen} is not an executable file` : `no Chromium at ${CHROMIUM_CANDIDATES.join(', ')}`;
  return `Browser tests need Chromium: ${looked}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to its executable.`;
}

export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'screenshots');

/** Launches headless Chromium; without one, fails at once with missingChromiumMessage(). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new MissingChromiumError();
  return chromium.launch({
    executablePath,
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

/** Thrown without a stack: its one line says everything the person running the tests needs. */
class MissingChromiumError extends Error {
  constructor() {
    super(missingChromiumMessage());
    this.name = 'MissingChromiumError';
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * Saves a full-page screenshot under screenshots/ (git-ignored) for a person to look at, when the run asks for them
 * (`npm run screenshots`, or SCREENSHOTS=1): nothing is asserted on them, and a full-page capture costs a second or
 * two of the browser's time, so a plain `npm test` leaves them out.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Opens a page and waits until its streamed content has replaced every loading skeleton: React reveals streamed
 * Suspense content shortly after the load event, so reading the page at `load` can still see the skeleton.
 */
export async function gotoLoaded(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  // Each widget of a page streams on its own, so there may be several skeletons: wait until the last one is gone.
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0);
  return response;
}

/**
 * Opens a page and waits until a reader would see all of it: its streamed content in place (`gotoLoaded`) and every
 * chart drawn (Recharts draws in the browser, after the load event). Quicker than waiting for the network to be idle,
 * which always costs half a second more.
 */
export async function gotoDrawn(page: Page, url: string): Promise<Response | null> {
  const response = await gotoLoaded(page, url);
  await chartsDrawn(page);
  return response;
}

/**
 * Waits two frames, so a page has laid itself out at its current size, then until every chart has drawn: Recharts
 * measures its container first and then draws the whole chart, axes and marks, at once.
 */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.chart-canvas')).every((chart) => chart.querySelector('svg') !== null));
}

/**
 * The real server on a database and a browser, started together. Without Chromium nothing starts and the suite
 * fails at once with one line saying how to get it; if either cannot start (a browser that crashes, a server that
 * exits), the other is stopped before the error is thrown, so a suite that cannot start leaves nothing running.
 */
export async function startServerAndBrowser(
  databasePath: string,
  environment: Record<string, string> = {},
): Promise<[RunningServer, Browser]> {
  if (!findChromium()) throw new MissingChromiumError();
  const [server, browser] = await Promise.allSettled([startServer(databasePath, environment), launchBrowser()]);
  if (server.status === 'fulfilled' && browser.status === 'fulfilled') return [server.value, browser.value];
  if (server.status === 'fulfilled') await server.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason;
}
