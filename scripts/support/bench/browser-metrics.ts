import type { Browser } from 'playwright-core';

/**
 * Largest Contentful Paint of a page in headless Chromium on loopback: each run a fresh context (no HTTP cache,
 * as a first visit), the page loaded, then the last LCP entry the browser reported. The median of the runs.
 */
export async function measureLcp(browser: Browser, url: string, runs = 5): Promise<{ median: number; samples: number[] }> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let last = NaN;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) last = entry.startTime;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            // The browser reports a larger paint as it appears; a second after load the page is settled.
            setTimeout(() => resolve(last), 1_000);
          }),
      );
      samples.push(lcp);
    } finally {
      await context.close();
    }
  }
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  return { median: sorted.length > 0 ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN, samples };
}
