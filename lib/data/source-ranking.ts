import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { sqlDateText } from '@/lib/db/dialect';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SourceKind } from '@/lib/figures/vocabulary';
import type { FigureView } from './figures';
import { selectFiguresById } from './figure-rows';
import { HEADLINE_CATEGORIES, HEADLINE_GROUP_OF_CATEGORY } from './headlines';
import { normaliseScope, type FigureScope } from './scope';
import { leadOrder, scopeCondition, sqlList, toCount } from './scope-sql';

/** How many sources "sources side by side" shows; the rest are one link away. */
export const RANKED_SOURCES = 10;

/** A source of the scope with how many figures it gives there and its latest figure per headline group. */
export interface RankedSource {
  source: { id: number; name: string; shortName: string | null; kind: SourceKind };
  figureCount: number;
  /** By headline group key; a group the source gives no figure for is absent. */
  latest: Record<string, FigureView>;
}

/**
 * The sources of the scope ranked by how many figures they give, each with its latest figure in each headline
 * group: one grouped count, one windowed pick of at most RANKED_SOURCES × groups figures, and their read.
 */
export async function querySourceRanking(scope: FigureScope): Promise<RankedSource[]> {
  const condition = scopeCondition(scope);
  const ranked = await prisma.$queryRaw<Array<{ id: number; name: string; shortName: string | null; kind: string; figureCount: bigint }>>(Prisma.sql`
    SELECT s."id", s."name", s."shortName", s."kind", counts."figureCount"
    FROM (SELECT f."sourceId" AS "sourceId", COUNT(*) AS "figureCount" FROM "Figure" f
          WHERE ${condition} AND f."sourceId" IS NOT NULL GROUP BY f."sourceId") counts
    JOIN "Source" s ON s."id" = counts."sourceId"
    ORDER BY counts."figureCount" DESC, s."name" ASC
    LIMIT ${RANKED_SOURCES}`);
  if (ranked.length === 0) return [];

  // The latest figure of each source and group: first the latest date of each pair (from the covering index),
  // then, among the figures of those dates only, the one that leads in each pair.
  const inRanked = Prisma.sql`${condition} AND f."sourceId" IN (${Prisma.join(ranked.map((row) => row.id))}) AND f."category" IN (${sqlList(HEADLINE_CATEGORIES)})`;
  const latestDates = await prisma.$queryRaw<Array<{ latestDate: string }>>(Prisma.sql`
    SELECT DISTINCT ${sqlDateText(Prisma.sql`MAX(f."date")`)} AS "latestDate" FROM "Figure" f
    WHERE ${inRanked} AND f."date" IS NOT NULL GROUP BY f."sourceId", ${HEADLINE_GROUP_OF_CATEGORY}`);
  if (latestDates.length === 0) return ranked.map((row) => toRankedSource(row, new Map(), []));
  const latestRows = await prisma.$queryRaw<Array<{ id: number; sourceId: number; groupKey: string }>>(Prisma.sql`
    SELECT "id", "sourceId", "groupKey" FROM (
      SELECT f."id", f."sourceId", ${HEADLINE_GROUP_OF_CATEGORY} AS "groupKey",
             ROW_NUMBER() OVER (PARTITION BY f."sourceId", ${HEADLINE_GROUP_OF_CATEGORY} ORDER BY ${leadOrder()}) AS "rank"
      FROM "Figure" f
      WHERE ${inRanked} AND f."date" IN (${sqlList(latestDates.map((row) => row.latestDate))})
    ) ranked WHERE "rank" = 1`);
  const figures = new Map((await selectFiguresById(latestRows.map((row) => row.id))).map((figure) => [figure.id, figure]));

  return ranked.map((row) => toRankedSource(row, figures, latestRows));
}

function toRankedSource(
  row: { id: number; name: string; shortName: string | null; kind: string; figureCount: bigint },
  figures: Map<number, FigureView>,
  latestRows: Array<{ id: number; sourceId: number; groupKey: string }>,
): RankedSource {
  return {
    source: { id: row.id, name: row.name, shortName: row.shortName, kind: row.kind as SourceKind },
    figureCount: toCount(row.figureCount),
    latest: Object.fromEntries(
      latestRows.filter((latest) => latest.sourceId === row.id && figures.has(latest.id)).map((latest) => [latest.groupKey, figures.get(latest.id)!]),
    ),
  };
}

const cachedSourceRanking = cachedRead('fetchSourceRanking', querySourceRanking);

/** The sources of the scope side by side (cached until the data changes). */
export async function fetchSourceRanking(scope: FigureScope): Promise<RankedSource[]> {
  return cachedSourceRanking(normaliseScope(scope));
}
