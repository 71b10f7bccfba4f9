import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * Whether Next's cache is reachable: "local" (in this process) without REDIS_URL; with it, whether the Redis of
 * lib/cache/redis-cache-handler.js answers a PING. That file is loaded by Next outside the bundle and registers
 * its connection under a global symbol, so the route reaches the same client instead of opening a second one.
 */

export type SharedCacheStatus = { kind: 'local'; reachable: true } | { kind: 'redis'; address: string; reachable: boolean };

interface RegisteredConnection {
  ping: () => Promise<boolean>;
}

const STATUS_KEY = Symbol.for('figures.sharedCacheStatus');

export async function readSharedCacheStatus(): Promise<SharedCacheStatus> {
  const redisUrl = getEnv().REDIS_URL;
  if (!redisUrl) return { kind: 'local', reachable: true };
  const connection = (globalThis as Record<symbol, RegisteredConnection | undefined>)[STATUS_KEY];
  return { kind: 'redis', address: new URL(redisUrl).host, reachable: connection ? await connection.ping() : false };
}
