import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { FigureView } from './figures';
import { selectFigureViews } from './figure-rows';
import { normaliseScope, type FigureScope } from './scope';
import { leadOrder, MAGNITUDE, scopeCondition, toCount } from './scope-sql';

/** The size of the scope, counted in SQL: how many figures, and from how many reports, sources and places. */
export interface ScopeTotals {
  figures: number;
  reports: number;
  sources: number;
  places: number;
}

export async function queryScopeTotals(scope: FigureScope): Promise<ScopeTotals> {
  const condition = scopeCondition(scope);
  // One round trip; each count is its own subquery so that each is answered from the index on its own column.
  const count = (aggregate: Prisma.Sql) => Prisma.sql`(SELECT ${aggregate} FROM "Figure" f WHERE ${condition})`;
  const [row] = await prisma.$queryRaw<Array<Record<keyof ScopeTotals, bigint>>>(Prisma.sql`
    SELECT ${count(Prisma.sql`COUNT(*)`)} AS "figures", ${count(Prisma.sql`COUNT(DISTINCT f."reportId")`)} AS "reports",
           ${count(Prisma.sql`COUNT(DISTINCT f."sourceId")`)} AS "sources", ${count(Prisma.sql`COUNT(DISTINCT f."placeId")`)} AS "places"`);
  return { figures: toCount(row?.figures), reports: toCount(row?.reports), sources: toCount(row?.sources), places: toCount(row?.places) };
}

/** A population figure with its parts, and theirs, as the text gives them (through partOf). */
export interface CompositionNode {
  figure: FigureView;
  depth: number;
  parts: CompositionNode[];
}

/**
 * At most this many compositions, this many parts under each figure, this many levels below the whole, and this
 * many figures in one composition (the largest parts first, level by level).
 */
export const COMPOSITION_LIMITS = { roots: 3, partsPerFigure: 6, depth: 3, figuresPerComposition: 16 } as const;

const LARGEST_FIRST = Prisma.sql`${MAGNITUDE} DESC, f."id" ASC`;

/**
 * The compositions of the scope's lead population figures: each a population figure that is not part of another
 * population figure, with its parts and theirs. Bounded in every direction, one query per level. The category
 * and source of the scope are ignored: a population's parts are often other categories from other sources.
 */
export async function queryCompositions(scope: FigureScope): Promise<CompositionNode[]> {
  const { category: _category, sourceId: _sourceId, ...placeAndPeriod } = scope;
  const roots = await selectFigureViews(
    Prisma.sql`${scopeCondition(placeAndPeriod)} AND f."category" = 'population'
      AND NOT EXISTS (SELECT 1 FROM "Figure" whole WHERE whole."id" = f."partOfId" AND whole."category" = 'population')`,
    leadOrder(),
    COMPOSITION_LIMITS.roots,
  );
  const nodes = roots.map(({ figure }): CompositionNode => ({ figure, depth: 0, parts: [] }));
  const rootOf = new Map(nodes.map((node) => [node.figure.id, node]));
  const sizes = new Map(nodes.map((node) => [node, 1]));
  let level = nodes;
  const seen = new Set(nodes.map((node) => node.figure.id));
  for (let depth = 1; depth <= COMPOSITION_LIMITS.depth && level.length > 0; depth += 1) {
    const parts = await selectParts(level.map((node) => node.figure.id));
    const next: CompositionNode[] = [];
    for (const part of parts) {
      const parent = level.find((node) => node.figure.id === part.partOfId);
      const root = parent && rootOf.get(parent.figure.id);
      if (!parent || !root || seen.has(part.id) || sizes.get(root)! >= COMPOSITION_LIMITS.figuresPerComposition) continue;
      seen.add(part.id);
      sizes.set(root, sizes.get(root)! + 1);
      const node = { figure: part, depth, parts: [] };
      rootOf.set(part.id, root);
      parent.parts.push(node);
      next.push(node);
    }
    level = next;
  }
  return nodes;
}

/** The largest parts of each of the given figures, at most COMPOSITION_LIMITS.partsPerFigure each. */
async function selectParts(wholeIds: number[]): Promise<FigureView[]> {
  const ids = await prisma.$queryRaw<Array<{ id: number }>>(Prisma.sql`
    SELECT "id" FROM (
      SELECT f."id", ROW_NUMBER() OVER (PARTITION BY f."partOfId" ORDER BY ${LARGEST_FIRST}) AS "rank"
      FROM "Figure" f WHERE f."partOfId" IN (${Prisma.join(wholeIds)})
    ) ranked WHERE "rank" <= ${COMPOSITION_LIMITS.partsPerFigure}`);
  if (ids.length === 0) return [];
  const rows = await selectFigureViews(Prisma.sql`f."id" IN (${Prisma.join(ids.map((row) => row.id))})`, LARGEST_FIRST, ids.length);
  return rows.map((row) => row.figure);
}

/** The composition tree in reading order (whole first, then each part under it). */
export function flattenComposition(node: CompositionNode): CompositionNode[] {
  return [node, ...node.parts.flatMap(flattenComposition)];
}

const cachedScopeTotals = cachedRead('fetchScopeTotals', queryScopeTotals);
const cachedCompositions = cachedRead('fetchCompositions', queryCompositions);

/** The size of the scope (cached until the data changes). */
export async function fetchScopeTotals(scope: FigureScope): Promise<ScopeTotals> {
  return cachedScopeTotals(normaliseScope(scope));
}

/** The compositions of the scope's lead population figures (cached until the data changes). */
export async function fetchCompositions(scope: FigureScope): Promise<CompositionNode[]> {
  return cachedCompositions(normaliseScope(scope));
}
