import 'server-only';
import { revalidateTag, unstable_cache, updateTag } from 'next/cache';
import { getDatabasePath } from '@/lib/env';

/**
 * Pages read figures through cached functions so a reader never waits on the database for data that has not
 * changed; every write expires the cache so the very next request shows the change.
 */
export const FIGURE_DATA_TAG = 'figure-data';

/**
 * Caches an async read under FIGURE_DATA_TAG. The database path is part of the key: the cache lives in .next/
 * and outlives the process, and must never hand one database's data to a server running on another.
 */
export function cachedRead<Arguments extends unknown[], Result>(
  name: string,
  read: (...args: Arguments) => Promise<Result>,
): (...args: Arguments) => Promise<Result> {
  return unstable_cache(read, [name, getDatabasePath()], { tags: [FIGURE_DATA_TAG] });
}

/** After a write in a server action: the next request (including the action's own re-render) reads fresh data. */
export function expireFigureDataFromAction(): void {
  updateTag(FIGURE_DATA_TAG);
}

/** After a write in a route handler, where updateTag is not allowed: expire at once rather than serve stale. */
export function expireFigureDataFromRoute(): void {
  revalidateTag(FIGURE_DATA_TAG, { expire: 0 });
}
