/**
 * The public lists of sources and places, by name (then id), paged by keyset: the sort key of a row is
 * [name, id]. Each row carries the number of figures attributed to it, counted through the figure indexes.
 */
import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { toPage, type CursorValue, type Page } from './cursor';
import type { SourceSummary } from './sources';
import { toCount } from './scope-sql';

export const NAME_KEY_LENGTH = 2;

export function isNameKey(key: CursorValue[]): boolean {
  const [name, id] = key;
  return typeof name === 'string' && typeof id === 'number' && Number.isInteger(id) && id > 0;
}

/** A place as the API lists it: where it is, what it sits in, and how many figures name it directly. */
export interface PlaceSummary {
  id: number;
  name: string;
  adminCode: string | null;
  latitude: number | null;
  longitude: number | null;
  parent: { id: number; name: string } | null;
  figureCount: number;
}

function afterName(alias: string, cursor: CursorValue[] | null): Prisma.Sql {
  return cursor === null ? Prisma.sql`1 = 1` : Prisma.sql`(${Prisma.raw(alias)}."name", ${Prisma.raw(alias)}."id") > (${cursor[0]}, ${cursor[1]})`;
}

async function count(table: 'Source' | 'Place', where: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ count: bigint }>>(Prisma.sql`SELECT COUNT(*) AS "count" FROM ${Prisma.raw(`"${table}"`)} x WHERE ${where}`);
  return toCount(row?.count);
}

/** One page of the sources by name. */
export async function querySourcePage(cursor: CursorValue[] | null, limit: number): Promise<Page<SourceSummary>> {
  const [rows, total] = await Promise.all([
    prisma.$queryRaw<Array<Omit<SourceSummary, 'figureCount'> & { figureCount: bigint }>>(Prisma.sql`
      SELECT s."id", s."name", s."shortName", s."kind", s."description",
             (SELECT COUNT(*) FROM "Figure" f WHERE f."sourceId" = s."id") AS "figureCount"
      FROM "Source" s WHERE ${afterName('s', cursor)}
      ORDER BY s."name", s."id" LIMIT ${limit + 1}`),
    count('Source', Prisma.sql`1 = 1`),
  ]);
  const page = toPage(rows, limit, total, (row) => [row.name, row.id]);
  return { ...page, items: page.items.map((row) => ({ ...row, kind: row.kind, figureCount: toCount(row.figureCount) })) };
}

interface PlaceRow extends Omit<PlaceSummary, 'parent' | 'figureCount'> {
  parentId: number | null;
  parentName: string | null;
  figureCount: bigint;
}

const PLACE_SELECT = Prisma.sql`
  SELECT p."id", p."name", p."adminCode", p."latitude", p."longitude", p."parentId", parent."name" AS "parentName",
         (SELECT COUNT(*) FROM "Figure" f WHERE f."placeId" = p."id") AS "figureCount"
  FROM "Place" p LEFT JOIN "Place" parent ON parent."id" = p."parentId"`;

function toPlaceSummary({ parentId, parentName, figureCount, ...place }: PlaceRow): PlaceSummary {
  return { ...place, parent: parentId !== null && parentName !== null ? { id: parentId, name: parentName } : null, figureCount: toCount(figureCount) };
}

/** One page of the places by name; with `parentId`, only the places directly in that one. */
export async function queryPlacePage(parentId: number | null, cursor: CursorValue[] | null, limit: number): Promise<Page<PlaceSummary>> {
  const inParent = (alias: string) => (parentId === null ? Prisma.sql`1 = 1` : Prisma.sql`${Prisma.raw(alias)}."parentId" = ${parentId}`);
  const [rows, total] = await Promise.all([
    prisma.$queryRaw<PlaceRow[]>(Prisma.sql`${PLACE_SELECT} WHERE ${inParent('p')} AND ${afterName('p', cursor)} ORDER BY p."name", p."id" LIMIT ${limit + 1}`),
    count('Place', inParent('x')),
  ]);
  const page = toPage(rows, limit, total, (row) => [row.name, row.id]);
  return { ...page, items: page.items.map(toPlaceSummary) };
}

/** One place with its parent and figure count; null when there is none. */
export async function queryPlace(id: number): Promise<PlaceSummary | null> {
  const [row] = await prisma.$queryRaw<PlaceRow[]>(Prisma.sql`${PLACE_SELECT} WHERE p."id" = ${id}`);
  return row ? toPlaceSummary(row) : null;
}

export const fetchSourcePage = cachedRead('fetchSourcePage', querySourcePage);
export const fetchPlacePage = cachedRead('fetchPlacePage', queryPlacePage);
export const getPlace = cachedRead('getPlace', queryPlace);
