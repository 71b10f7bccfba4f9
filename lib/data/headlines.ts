import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { sqlDateText } from '@/lib/db/dialect';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Category } from '@/lib/figures/vocabulary';
import type { FigureView } from './figures';
import { selectFigureViews } from './figure-rows';
import { normaliseScope, type FigureScope } from './scope';
import { leadOrder, scopeCondition, sqlList, toCount } from './scope-sql';

/** The groups of categories that get a headline card, an estimates chart and a column in "sources side by side". */
export const HEADLINE_GROUPS: ReadonlyArray<{ key: string; label: string; categories: readonly Category[] }> = [
  { key: 'killed', label: 'Killed', categories: ['killed'] },
  { key: 'children', label: 'Children', categories: ['children'] },
  { key: 'fighters', label: 'Fighters', categories: ['fighters'] },
  { key: 'displaced', label: 'Displaced / fled', categories: ['displaced', 'fled', 'refugees'] },
  { key: 'population', label: 'Population', categories: ['population'] },
];

export const HEADLINE_CATEGORIES: readonly Category[] = HEADLINE_GROUPS.flatMap((group) => group.categories);

/** A word of the vocabulary as an SQL string literal (letters and underscores only, so nothing to escape). */
function vocabularyLiteral(word: string): string {
  if (!/^[a-z_]+$/.test(word)) throw new Error(`Not a vocabulary word: ${word}`);
  return `'${word}'`;
}

/**
 * The headline group a category belongs to, as SQL (null for categories without a card). Written out rather than
 * bound, so that a GROUP BY repeating it is the same expression as the select's on PostgreSQL.
 */
export const HEADLINE_GROUP_OF_CATEGORY = Prisma.raw(
  `(CASE ${HEADLINE_GROUPS.map((group) => `WHEN f."category" IN (${group.categories.map(vocabularyLiteral).join(', ')}) THEN ${vocabularyLiteral(group.key)}`).join(' ')} END)`,
);

/** The lowest and highest numbers the figures of a group allow, over the whole scope. */
export interface Spread {
  low: number | null;
  high: number | null;
  /** A figure of the group has no upper bound ("more than 300"). */
  openHigh: boolean;
}

/** A headline card: the leading figure of a group, a few others, and how many figures and what spread the group has. */
export interface Headline {
  key: string;
  label: string;
  categories: readonly Category[];
  lead: FigureView | null;
  /** The next figures in lead order (at most OTHERS_SHOWN). */
  others: FigureView[];
  /** How many figures of the group the scope holds besides the lead. */
  otherCount: number;
  spread: Spread | null;
}

export const OTHERS_SHOWN = 3;

interface GroupStatsRow {
  category: string;
  count: bigint;
  low: number | bigint | null;
  high: number | bigint | null;
  openHigh: bigint | number | null;
}

/** The headline cards of the scope, counted and chosen in SQL: one aggregate query and one bounded read per group. */
export async function queryHeadlines(scope: FigureScope): Promise<Headline[]> {
  const condition = scopeCondition(scope);
  const stats = await prisma.$queryRaw<GroupStatsRow[]>(Prisma.sql`
    SELECT f."category" AS "category", COUNT(*) AS "count",
           MIN(COALESCE(f."low", f."value")) AS "low", MAX(COALESCE(f."high", f."value")) AS "high",
           MAX(CASE WHEN f."high" IS NULL THEN 1 ELSE 0 END) AS "openHigh"
    FROM "Figure" f WHERE ${condition} AND f."category" IN (${sqlList(HEADLINE_CATEGORIES)})
    GROUP BY f."category"`);

  return Promise.all(
    HEADLINE_GROUPS.map(async (group): Promise<Headline> => {
      const rows = stats.filter((row) => (group.categories as readonly string[]).includes(row.category));
      const count = rows.reduce((sum, row) => sum + toCount(row.count), 0);
      if (count === 0) return { ...group, lead: null, others: [], otherCount: 0, spread: null };
      const [lead, ...others] = await selectLeadingFigures(condition, group.categories, OTHERS_SHOWN + 1);
      return { ...group, lead: lead ?? null, others, otherCount: count - 1, spread: combineSpreads(rows) };
    }),
  );
}

/**
 * The first `count` figures of some categories in lead order. Lead order starts with the date, so they are among
 * the figures of the `count` latest dates: each category's latest dates come straight off its (category, date)
 * index, and only the figures from the earliest of them on are sorted, instead of every figure of the group.
 */
async function selectLeadingFigures(condition: Prisma.Sql, categories: readonly Category[], count: number): Promise<FigureView[]> {
  const inCategories = Prisma.sql`${condition} AND f."category" IN (${sqlList(categories)})`;
  const latestDates = await prisma.$queryRaw<Array<{ date: string }>>(
    Prisma.join(
      categories.map(
        (category) =>
          Prisma.sql`SELECT * FROM (SELECT ${sqlDateText(Prisma.sql`f."date"`)} AS "date" FROM "Figure" f WHERE ${condition} AND f."category" = ${category} AND f."date" IS NOT NULL ORDER BY f."date" DESC LIMIT ${count}) latest`,
      ),
      ' UNION ALL ',
    ),
  );
  const dates = latestDates.map((row) => row.date).sort().reverse();
  // With fewer dated figures than asked for, undated ones may be among the first: then read them all in order.
  const from = dates.length >= count ? dates[count - 1] : undefined;
  const rows = await selectFigureViews(from === undefined ? inCategories : Prisma.sql`${inCategories} AND f."date" >= ${from}`, leadOrder(), count);
  return rows.map((row) => row.figure);
}

function combineSpreads(rows: GroupStatsRow[]): Spread {
  const lows = rows.map((row) => row.low).filter((value) => value !== null).map(Number);
  const highs = rows.map((row) => row.high).filter((value) => value !== null).map(Number);
  return {
    low: lows.length > 0 ? Math.min(...lows) : null,
    high: highs.length > 0 ? Math.max(...highs) : null,
    openHigh: rows.some((row) => toCount(row.openHigh) > 0),
  };
}

const cachedHeadlines = cachedRead('fetchHeadlines', queryHeadlines);

/** The headline cards of the scope (cached until the data changes). */
export async function fetchHeadlines(scope: FigureScope): Promise<Headline[]> {
  return cachedHeadlines(normaliseScope(scope));
}
