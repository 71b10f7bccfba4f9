/**
 * The mixed load: `readers` connections requesting public pages and the API in turn while `writers` editors save
 * figures, all for the same `seconds`, on loopback. Reads are driven by autocannon; writes by plain fetches, one
 * at a time per editor, so each write's latency is its own.
 */
import autocannon from 'autocannon';
import { writeUntil, type WriteSample } from './load-writers';

export interface MixedLoadResult {
  reads: { requests: number; requestsPerSecond: number; p50: number; p99: number; serverErrors: number; errors: number };
  writes: { requests: number; requestsPerSecond: number; p50: number; p99: number; serverErrors: number; otherRefusals: number; errors: number };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export async function runMixedLoad(options: {
  baseUrl: string;
  readPaths: string[];
  readers: number;
  writers: Array<{ cookie: string; figureId: number }>;
  databasePath: string;
  seconds: number;
}): Promise<MixedLoadResult> {
  const until = performance.now() + options.seconds * 1000;
  const reading = autocannon({
    url: options.baseUrl,
    connections: options.readers,
    duration: options.seconds,
    timeout: 20,
    requests: options.readPaths.map((path) => ({ method: 'GET', path })),
  });
  const writing = Promise.all(options.writers.map((writer) => writeUntil(options.baseUrl, writer.cookie, options.databasePath, writer.figureId, until)));
  const [read, written] = await Promise.all([reading, writing]);
  const samples: WriteSample[] = written.flat();
  const times = samples.map((sample) => sample.milliseconds).sort((a, b) => a - b);
  const serverErrors = samples.filter((sample) => sample.status >= 500).length;
  return {
    reads: {
      requests: read.requests.total,
      requestsPerSecond: read.requests.total / read.duration,
      p50: read.latency.p50,
      p99: read.latency.p99,
      serverErrors: read['5xx'],
      errors: read.errors,
    },
    writes: {
      requests: samples.length,
      requestsPerSecond: samples.length / options.seconds,
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      serverErrors,
      otherRefusals: samples.filter((sample) => sample.status !== 200 && sample.status !== 0 && sample.status < 500).length,
      errors: samples.filter((sample) => sample.status === 0).length,
    },
  };
}
