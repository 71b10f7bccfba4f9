import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { normaliseScope, type FigureScope } from './scope';
import { scopeCondition, toCount } from './scope-sql';

/** How many places the overview lists; the rest are reached through the place filter. */
export const COUNTED_PLACES = 15;

/** A place of the scope with how many figures it has there. */
export interface PlaceCount {
  id: number;
  name: string;
  parentName: string | null;
  latitude: number | null;
  longitude: number | null;
  figureCount: number;
}

/** The places of the scope with the most figures, counted in SQL. */
export async function queryPlaceCounts(scope: FigureScope): Promise<PlaceCount[]> {
  const rows = await prisma.$queryRaw<Array<Omit<PlaceCount, 'figureCount'> & { figureCount: bigint }>>(Prisma.sql`
    SELECT p."id", p."name", parent."name" AS "parentName", p."latitude", p."longitude", counts."figureCount"
    FROM (SELECT f."placeId" AS "placeId", COUNT(*) AS "figureCount" FROM "Figure" f
          WHERE ${scopeCondition(scope)} AND f."placeId" IS NOT NULL GROUP BY f."placeId") counts
    JOIN "Place" p ON p."id" = counts."placeId"
    LEFT JOIN "Place" parent ON parent."id" = p."parentId"
    ORDER BY counts."figureCount" DESC, p."name" ASC
    LIMIT ${COUNTED_PLACES}`);
  return rows.map((row) => ({ ...row, figureCount: toCount(row.figureCount) }));
}

const cachedPlaceCounts = cachedRead('fetchPlaceCounts', queryPlaceCounts);

/** The places of the scope with the most figures (cached until the data changes). */
export async function fetchPlaceCounts(scope: FigureScope): Promise<PlaceCount[]> {
  return cachedPlaceCounts(normaliseScope(scope));
}
