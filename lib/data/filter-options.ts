import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { toCount } from './scope-sql';

/** How many sources and places the filter form offers; the others are reached from their own pages and lists. */
export const FILTER_SOURCES = 60;
export const FILTER_PLACES = 120;

export interface FilterOptions {
  /** The sources with the most figures, by name. */
  sources: Array<{ id: number; name: string }>;
  /** The places at the top of the hierarchy and the level below, each under its parent, with the parent's name. */
  places: Array<{ id: number; name: string; parentName: string | null }>;
}

/**
 * The choices of the overview's filter form, bounded whatever the size of the data: the most cited sources and the
 * upper two levels of the place hierarchy (a country includes everything under it). A scope naming a record
 * outside these lists still works; the form then shows it as the current choice.
 */
export async function queryFilterOptions(): Promise<FilterOptions> {
  const [sources, places] = await Promise.all([
    prisma.$queryRaw<Array<{ id: number; name: string; figureCount: bigint }>>(Prisma.sql`
      SELECT s."id", s."name", counts."figureCount" FROM
        (SELECT f."sourceId" AS "sourceId", COUNT(*) AS "figureCount" FROM "Figure" f WHERE f."sourceId" IS NOT NULL GROUP BY f."sourceId") counts
      JOIN "Source" s ON s."id" = counts."sourceId"
      ORDER BY counts."figureCount" DESC, s."name" LIMIT ${FILTER_SOURCES}`),
    prisma.$queryRaw<Array<{ id: number; name: string; parentName: string | null }>>(Prisma.sql`
      SELECT p."id", p."name", parent."name" AS "parentName" FROM "Place" p
      LEFT JOIN "Place" parent ON parent."id" = p."parentId"
      WHERE p."parentId" IS NULL OR parent."parentId" IS NULL
      ORDER BY COALESCE(parent."name", p."name"), p."parentId" IS NOT NULL, p."name" LIMIT ${FILTER_PLACES}`),
  ]);
  return {
    sources: sources.sort((a, b) => a.name.localeCompare(b.name) || toCount(b.figureCount) - toCount(a.figureCount)).map(({ id, name }) => ({ id, name })),
    places,
  };
}

const cachedFilterOptions = cachedRead('fetchFilterOptions', queryFilterOptions);

/** The choices of the overview's filter form (cached until the data changes). */
export async function fetchFilterOptions(): Promise<FilterOptions> {
  return cachedFilterOptions();
}
