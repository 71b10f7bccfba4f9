/**
 * The figure list of a scope, newest first: by the date the figure refers to, latest first, then by id; figures
 * with no date come after every dated one. The sort key of a row is [stored date text or null, id].
 */
import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { encodeCursor, isInstantKey, isIntegerKey, type CursorValue, type Page } from './cursor';
import type { FigureView } from './figures';
import { selectFigureViews, type RunQuery } from './figure-rows';
import { normaliseScope, type FigureScope } from './scope';
import { scopeCondition, toCount } from './scope-sql';

export const FIGURE_LIST_KEY_LENGTH = 2;

/** Whether a decoded cursor is a key of the figure list: [date text or null, id]. */
export function isFigureListKey(key: CursorValue[]): boolean {
  const [date, id] = key;
  return (date === null || isInstantKey(date ?? null)) && isIntegerKey(id ?? null, 1);
}
export const FIGURE_PAGE_SIZE = 50;

// Both parts of the list are read apart (dated, then undated), so where each database puts NULL does not matter.
const NEWEST_FIRST = Prisma.sql`f."date" DESC, f."id" DESC`;

/** A run of the scope's figures in list order, and the sort key of its last figure when more follow (null: the end). */
export interface FigureBatch {
  items: FigureView[];
  nextKey: CursorValue[] | null;
}

/**
 * The scope's figures after the sort key (null: from the start), at most `limit` of them, without counting the
 * scope: exports read the whole list through this, a batch at a time. Dated and undated figures are read by two
 * index-served queries rather than one with NULLS LAST, which SQLite cannot serve from an index. `run` is the
 * connection that reads (the app's client unless an export brings its own).
 */
export async function queryFigureBatch(scope: FigureScope, after: CursorValue[] | null, limit: number, run?: RunQuery): Promise<FigureBatch> {
  const condition = scopeCondition(scope);
  const [cursorDate, cursorId] = after ?? [null, null];
  const inUndatedPart = after !== null && cursorDate === null;

  const rows = inUndatedPart
    ? []
    : await selectFigureViews(
        after === null
          ? Prisma.sql`${condition} AND f."date" IS NOT NULL`
          : Prisma.sql`${condition} AND f."date" IS NOT NULL AND (f."date", f."id") < (${cursorDate}, ${cursorId})`,
        NEWEST_FIRST,
        limit + 1,
        run,
      );
  if (rows.length <= limit) {
    const undated = await selectFigureViews(
      inUndatedPart ? Prisma.sql`${condition} AND f."date" IS NULL AND f."id" < ${cursorId}` : Prisma.sql`${condition} AND f."date" IS NULL`,
      Prisma.sql`f."id" DESC`,
      limit + 1 - rows.length,
      run,
    );
    rows.push(...undated);
  }
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map((row) => row.figure), nextKey: rows.length > limit && last ? [last.dateKey, last.figure.id] : null };
}

/** One page of the scope's figures after the cursor (null: the first page), with the count of the whole scope. */
export async function queryFigurePage(scope: FigureScope, cursor: CursorValue[] | null, limit: number): Promise<Page<FigureView>> {
  const batch = await queryFigureBatch(scope, cursor, limit);
  const total = await countFigures(scope);
  return { items: batch.items, nextCursor: batch.nextKey ? encodeCursor(batch.nextKey) : null, total };
}

/** How many figures the scope holds, counted in SQL. */
export async function countFigures(scope: FigureScope): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ count: bigint }>>(Prisma.sql`SELECT COUNT(*) AS "count" FROM "Figure" f WHERE ${scopeCondition(scope)}`);
  return toCount(row?.count);
}

const cachedFigurePage = cachedRead('fetchFigurePage', queryFigurePage);

/** One page of the scope's figures, newest first (cached until the data changes). */
export async function fetchFigurePage(scope: FigureScope, cursor: CursorValue[] | null = null, limit = FIGURE_PAGE_SIZE): Promise<Page<FigureView>> {
  return cachedFigurePage(normaliseScope(scope), cursor, limit);
}

/**
 * The body of `GET /api/figures` for one page, serialised once per data generation: a cached page is sent as the
 * text it was stored as, without parsing and serialising 100 figures again on every request.
 */
async function queryFigurePageBody(scope: FigureScope, cursor: CursorValue[] | null, limit: number): Promise<string> {
  const page = await queryFigurePage(scope, cursor, limit);
  return JSON.stringify({ items: page.items, nextCursor: page.nextCursor, total: page.total, limit });
}

const cachedFigurePageBody = cachedRead('fetchFigurePageBody', queryFigurePageBody);

/** The JSON body of one page of the scope's figures, for the API (cached until the data changes). */
export async function fetchFigurePageBody(scope: FigureScope, cursor: CursorValue[] | null, limit: number): Promise<string> {
  return cachedFigurePageBody(normaliseScope(scope), cursor, limit);
}
