import { sqlDescendingNullsLast, sqlLike } from '@/lib/db/dialect';
import { Prisma } from '@/lib/generated/prisma/client';
import type { FigureScope } from './scope';
import { toDateString } from '@/lib/format/dates';

/**
 * The scope as one SQL condition on the Figure table (aliased `f`), for the aggregate and list queries that
 * Prisma's query builder cannot express. Every value is a bound parameter. A day bound compares with the stored
 * date (ISO text on SQLite, a timestamp on PostgreSQL), which the (…, date) indexes serve.
 */
export function scopeCondition(scope: FigureScope): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (scope.category) conditions.push(Prisma.sql`f."category" = ${scope.category}`);
  if (scope.sourceId) conditions.push(Prisma.sql`f."sourceId" = ${scope.sourceId}`);
  if (scope.placeId) conditions.push(Prisma.sql`f."placeId" IN (${placeSubtree(scope.placeId)})`);
  if (scope.reportId) conditions.push(Prisma.sql`f."reportId" = ${scope.reportId}`);
  if (scope.from) conditions.push(Prisma.sql`f."date" >= ${scope.from}`);
  if (scope.to) conditions.push(Prisma.sql`f."date" < ${nextDay(scope.to)}`);
  if (scope.qualifier) conditions.push(Prisma.sql`f."qualifier" = ${scope.qualifier}`);
  if (scope.grade) conditions.push(scope.grade === 'ungraded' ? Prisma.sql`f."grade" IS NULL` : Prisma.sql`f."grade" = ${scope.grade}`);
  if (scope.q) {
    const pattern = `%${scope.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(
      Prisma.sql`(${sqlLike(Prisma.sql`f."rawText"`, pattern)} OR ${sqlLike(Prisma.sql`f."counted"`, pattern)} OR ${sqlLike(Prisma.sql`f."quote"`, pattern)})`,
    );
  }
  return conditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(conditions, ' AND ');
}

/**
 * The ids of a place and of every place under it (a country includes its governorates and their districts).
 * UNION, not UNION ALL: a loop in the parent links, should one ever be stored, ends instead of recursing forever.
 */
export function placeSubtree(placeId: number): Prisma.Sql {
  return Prisma.sql`WITH RECURSIVE subtree(id) AS (SELECT CAST(${placeId} AS INTEGER) UNION SELECT p."id" FROM "Place" p JOIN subtree s ON p."parentId" = s.id) SELECT id FROM subtree`;
}

/** The day after a YYYY-MM-DD day, so "to" can include its whole day as `date < next day`. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return toDateString(date);
}

/** A COUNT(*) or other integer aggregate as a number (both databases hand COUNT back as bigint). */
export function toCount(value: bigint | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** How well a figure is supported, as a number to sort by (confirmed highest, ungraded lowest). */
export const GRADE_RANK = Prisma.sql`(CASE f."grade" WHEN 'confirmed' THEN 5 WHEN 'fair' THEN 4 WHEN 'weak' THEN 3 WHEN 'contested' THEN 2 WHEN 'discounted' THEN 1 ELSE 0 END)`;

/** A comparable size: the stated value, or the middle of a range, never its optimistic end. */
export const MAGNITUDE = Prisma.sql`COALESCE(f."value", (f."low" + f."high") / 2, f."low", f."high", 0)`;

/**
 * The order in which a figure leads a group: the most recent first, then one attributed to a source (a reader can
 * weigh who says so), then the better graded, then the larger, then the newest entry.
 */
export function leadOrder(): Prisma.Sql {
  return Prisma.sql`${sqlDescendingNullsLast(Prisma.sql`f."date"`)}, (f."sourceId" IS NOT NULL) DESC, ${GRADE_RANK} DESC, ${MAGNITUDE} DESC, f."id" DESC`;
}

/** A list of text values as SQL parameters, for `IN (…)`. */
export function sqlList(values: readonly string[]): Prisma.Sql {
  return Prisma.join(values.map((value) => Prisma.sql`${value}`));
}
