/**
 * Throughput under load on loopback: `connections` clients requesting one URL as fast as it answers for `seconds`.
 */
import autocannon from 'autocannon';

export interface Load {
  /** Responses completed ÷ seconds run (autocannon's per-second average reads 0 for a page slower than a second). */
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  non2xx: number;
  errors: number;
}

export async function measureLoad(url: string, connections: number, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 20 });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
