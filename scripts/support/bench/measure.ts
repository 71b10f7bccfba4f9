/**
 * Sequential timings: one request at a time over a kept-alive connection, its body read to the end.
 */
export interface Timed {
  status: number;
  bytes: number;
  milliseconds: number;
  body: Buffer;
}

export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: body.length, milliseconds: performance.now() - started, body };
}

/** The value below which the given fraction of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))]!;
}

export interface Spread {
  p50: number;
  p95: number;
  samples: number;
}

export function spreadOf(samples: readonly number[]): Spread {
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), samples: samples.length };
}

/**
 * Cached timings: after up to three warm-up requests, `count` sequential requests, or fewer when `budgetMs` runs
 * out first (at least one), so that a page taking seconds cannot stall the bench for minutes.
 */
export async function cachedTimings(url: string, count = 40, budgetMs = 15_000): Promise<Spread> {
  const warmUpEnds = performance.now() + budgetMs / 3;
  for (let warmUp = 0; warmUp < 3 && performance.now() < warmUpEnds; warmUp += 1) await timedGet(url);
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < count && (samples.length === 0 || performance.now() < deadline)) samples.push((await timedGet(url)).milliseconds);
  return spreadOf(samples);
}

/**
 * Uncached timings: `count` times (fewer when `budgetMs` runs out, at least one), a write through the app, which
 * expires the cached figure data, followed by one request, timed. The write itself is not timed.
 */
export async function uncachedTimings(url: string, write: () => Promise<void>, count = 10, budgetMs = 30_000): Promise<Spread> {
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < count && (samples.length === 0 || performance.now() < deadline)) {
    await write();
    samples.push((await timedGet(url)).milliseconds);
  }
  return spreadOf(samples);
}
