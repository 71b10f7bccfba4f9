// Next's cache handler when REDIS_URL is set (next.config.js): the route cache (pre-rendered pages) and the data
// cache (cachedRead, lib/cache/figure-data.ts), tags included, live in Redis and are shared by every instance, so a
// write on one instance expires the pages of all. Plain CommonJS: Next loads this file itself, outside the bundle.
const { CacheHandler } = require('@fortedigital/nextjs-cache-handler');
const createRedisHandler = require('@fortedigital/nextjs-cache-handler/redis-strings').default;
const { createClient } = require('@redis/client');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** Where lib/cache/shared-cache.ts finds the connection; route handlers run in this process, but bundled. */
const STATUS_KEY = Symbol.for('figures.sharedCacheStatus');
/** A cache operation that takes longer than this counts as failed: the request goes on without the cache. */
const OPERATION_TIMEOUT_MS = 1000;

/** The URL without its credentials, for log lines. */
function describe(url) {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}

/**
 * One client per process. Commands never wait in an offline queue: while Redis is away every cache read misses at
 * once and the page is rendered from the database, and the client reconnects in the background.
 */
function connect(url) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 5000,
    socket: { connectTimeout: 2000, reconnectStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000) },
  });
  /** 'connecting' until the first answer, then 'ready' or 'down': each change is one line in the log. */
  let state = 'connecting';
  client.on('error', (error) => {
    if (state === 'down') return;
    const reason = error.code ?? error.message;
    console.error(`Shared cache at ${describe(url)} ${state === 'ready' ? 'lost' : 'unreachable'} (${reason}): serving uncached from the database until it answers.`);
    state = 'down';
  });
  client.on('ready', () => {
    if (state === 'down') void forgetEntriesFromBeforeOutage(client, url);
    state = 'ready';
  });
  client.connect().catch(() => {
    // Reported by the error listener; the client keeps trying.
  });
  return client;
}

/**
 * After an outage the cache may hold pages rendered before a write this instance could not announce (its tag
 * expiry failed while Redis was away): they are removed, so every page is rendered again from the database.
 */
async function forgetEntriesFromBeforeOutage(client, url) {
  try {
    let removed = 0;
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) removed += await client.unlink(keys);
    }
    console.log(`Shared cache at ${describe(url)} reachable again: ${removed} entries from before the outage removed.`);
  } catch (error) {
    console.log(`Shared cache at ${describe(url)} reachable again, but its old entries could not be removed: ${error.message}`);
  }
}

/**
 * Entries of one build and one database only: a page rendered by another build refers to scripts this one does not
 * have, and one rendered from another database (a staging copy on the same Redis) shows other data. The build is
 * the one in .next of this project, which Next serves.
 */
const buildId = fs.readFileSync(path.join(__dirname, '..', '..', '.next', 'BUILD_ID'), 'utf8').trim();
const databaseKey = createHash('sha256').update(process.env.DATABASE_URL ?? '').digest('hex').slice(0, 12);
const keyPrefix = `figures:${buildId}:${databaseKey}:`;

const url = process.env.REDIS_URL;
if (!url || !/^rediss?:\/\/./.test(url)) throw new Error('REDIS_URL must be a Redis URL such as redis://127.0.0.1:6379');
const client = connect(url);

const redisHandler = createRedisHandler({ client, keyPrefix, timeoutMs: OPERATION_TIMEOUT_MS });

/**
 * Cached data has no revalidation time (a write expires it by tag, a new data generation gives it a new key), so it
 * would be kept for a year by default. A day is plenty: entries of old generations, left by writes made outside the
 * app, leave Redis by themselves.
 */
const DATA_STALE_AFTER_SECONDS = 24 * 60 * 60;

CacheHandler.onCreation(() => ({ handlers: [redisHandler], ttl: { defaultStaleAge: DATA_STALE_AFTER_SECONDS } }));

globalThis[STATUS_KEY] = {
  ping: async () => {
    if (!client.isReady) return false;
    try {
      return (await client.withAbortSignal(AbortSignal.timeout(OPERATION_TIMEOUT_MS)).ping()) === 'PONG';
    } catch {
      return false;
    }
  },
  /**
   * Removes a tag's entries from Redis at once. Next expires the tags of a route handler only after its response is
   * sent; awaiting this first means the next request to any instance, however soon, finds no page from before.
   */
  expireTag: async (tag) => {
    let timer;
    const givingUp = new Promise((resolve) => (timer = setTimeout(resolve, 2 * OPERATION_TIMEOUT_MS)));
    try {
      // Not every command of the handler's tag expiry has a timeout: a Redis that hangs must not hold up the save.
      await Promise.race([redisHandler.revalidateTag(tag), givingUp]);
    } catch {
      // Redis is away (its connection says so in the log); its entries are removed when it is back.
    } finally {
      clearTimeout(timer);
    }
  },
};

module.exports = CacheHandler;
