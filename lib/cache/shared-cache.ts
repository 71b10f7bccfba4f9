import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * The shared cache as the app's own code sees it. lib/cache/redis-cache-handler.js is loaded by Next outside the
 * bundle (only with REDIS_URL) and registers its connection under a global symbol, so routes reach the same client
 * instead of opening a second one.
 */

/** "local" (Next's cache in this process) without REDIS_URL; with it, whether that Redis answers a PING. */

export type SharedCacheStatus = { kind: 'local'; reachable: true } | { kind: 'redis'; address: string; reachable: boolean };

interface RegisteredConnection {
  ping: () => Promise<boolean>;
  expireTag: (tag: string) => Promise<void>;
}

const STATUS_KEY = Symbol.for('figures.sharedCacheStatus');

function registeredConnection(): RegisteredConnection | undefined {
  return (globalThis as Record<symbol, RegisteredConnection | undefined>)[STATUS_KEY];
}

export async function readSharedCacheStatus(): Promise<SharedCacheStatus> {
  const redisUrl = getEnv().REDIS_URL;
  if (!redisUrl) return { kind: 'local', reachable: true };
  const connection = registeredConnection();
  return { kind: 'redis', address: new URL(redisUrl).host, reachable: connection ? await connection.ping() : false };
}

/** Removes a tag's entries from Redis before the caller answers; nothing to do for the cache in this process. */
export async function expireSharedTag(tag: string): Promise<void> {
  await registeredConnection()?.expireTag(tag);
}
