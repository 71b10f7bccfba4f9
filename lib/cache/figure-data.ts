/**
 * Pages read figures through cached functions so a reader never waits on the database for data that has not
 * changed; every write expires the cache so the very next request shows the change.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { revalidateTag, unstable_cache, updateTag } from 'next/cache';
import { cache } from 'react';
import { currentDialect } from '@/lib/db/dialect';
import { prisma } from '@/lib/db/prisma';
import { getDatabaseLocation } from '@/lib/env';
import { throughReadGate } from './read-gate';
import { expireSharedTag } from './shared-cache';

export const FIGURE_DATA_TAG = 'figure-data';

/**
 * The data generation: a counter that triggers move on every insert, update and delete of a figure, report,
 * source or place (migration 20261201185417_scale), whoever makes the write: the app, a script, a bulk load or a
 * restored backup. One indexed single-row read per request.
 */
export const readDataGeneration = cache(async (): Promise<number> => {
  const rows = await prisma.$queryRaw<Array<{ value: number | bigint }>>`SELECT "value" FROM "DataGeneration" WHERE "id" = 1`;
  return Number(rows[0]?.value ?? 0);
});

/**
 * Caches an async read under FIGURE_DATA_TAG, keyed by the database (a digest of its file path or URL, which may
 * hold a password) and its data generation. The cache outlives the process; the key makes sure it never hands out
 * data of another database, or of this one before a write made outside the app.
 */
export function cachedRead<Arguments extends unknown[], Result>(
  name: string,
  read: (...args: Arguments) => Promise<Result>,
): (...args: Arguments) => Promise<Result> {
  const database = createHash('sha256').update(getDatabaseLocation()).digest('base64url');
  const onSqlite = currentDialect() === 'sqlite';
  return async (...args: Arguments) => {
    const generation = await readDataGeneration();
    // The gate spares SQLite's synchronous reads the server's one thread; PostgreSQL's are asynchronous and wait for
    // a connection of the client's pool instead.
    const gatedRead = onSqlite ? (...readArgs: Arguments) => throughReadGate(() => read(...readArgs)) : read;
    return unstable_cache(gatedRead, [name, database, String(generation)], { tags: [FIGURE_DATA_TAG] })(...args);
  };
}

/** After a write in a server action: the next request (including the action's own re-render) reads fresh data. */
export function expireFigureDataFromAction(): void {
  updateTag(FIGURE_DATA_TAG);
}

/**
 * After a write in a route handler, where updateTag is not allowed: expire at once rather than serve stale. Next
 * applies it once the response is sent; the shared cache (with REDIS_URL) is expired before the route answers.
 */
export async function expireFigureDataFromRoute(): Promise<void> {
  revalidateTag(FIGURE_DATA_TAG, { expire: 0 });
  await expireSharedTag(FIGURE_DATA_TAG);
}
