import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Category, Grade, Qualifier } from '@/lib/figures/vocabulary';
import type { EstimatePeriod, EstimateSeries, PeriodGranularity } from './estimates';
import { HEADLINE_GROUPS } from './headlines';
import { normaliseScope, type FigureScope } from './scope';
import { LEAD_ORDER, scopeCondition, sqlList, toCount } from './scope-sql';

/** Spans up to this many days are drawn by week, up to MONTHLY_SPAN_DAYS by month, longer ones by year. */
const WEEKLY_SPAN_DAYS = 180;
const MONTHLY_SPAN_DAYS = 5 * 366;

/** The first day of the period a figure's date falls in, as SQL over the stored ISO text. */
const PERIOD_START: Record<PeriodGranularity, Prisma.Sql> = {
  year: Prisma.sql`substr(f."date", 1, 4) || '-01-01'`,
  month: Prisma.sql`substr(f."date", 1, 7) || '-01'`,
  // Weeks start on Monday: step back (weekday + 6) mod 7 days.
  week: Prisma.sql`date(substr(f."date", 1, 10), '-' || ((CAST(strftime('%w', substr(f."date", 1, 10)) AS INTEGER) + 6) % 7) || ' days')`,
};

export function granularityForSpan(first: string, last: string): PeriodGranularity {
  const days = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  if (days <= WEEKLY_SPAN_DAYS) return 'week';
  return days <= MONTHLY_SPAN_DAYS ? 'month' : 'year';
}

interface PeriodRow {
  period: string;
  figureCount: bigint;
  low: number | bigint | null;
  high: number | bigint | null;
  openHigh: bigint | number;
  id: number;
  rawText: string;
  qualifier: string;
  value: number | null;
  latestLow: number | null;
  latestHigh: number | null;
  day: string;
  grade: string | null;
  sourceName: string | null;
}

/**
 * The estimates of some categories over time in the scope: per period, the band from the lowest to the highest
 * number the figures allow and the latest, best-graded figure; never a sum. One query: the span picks the
 * period length, then a window over the scope's dated figures ranks each period's figures.
 */
export async function queryEstimateSeries(scope: FigureScope, categories: readonly Category[]): Promise<Omit<EstimateSeries, 'key' | 'label'>> {
  const condition = Prisma.sql`${scopeCondition(scope)} AND f."category" IN (${sqlList(categories)}) AND f."date" IS NOT NULL`;
  const [span] = await prisma.$queryRaw<Array<{ first: string | null; last: string | null }>>(
    Prisma.sql`SELECT substr(MIN(f."date"), 1, 10) AS "first", substr(MAX(f."date"), 1, 10) AS "last" FROM "Figure" f WHERE ${condition}`,
  );
  if (!span?.first || !span.last) return { granularity: 'year', periods: [] };
  const granularity = granularityForSpan(span.first, span.last);

  const rows = await prisma.$queryRaw<PeriodRow[]>(Prisma.sql`
    WITH ranked AS (
      SELECT f."id", ${PERIOD_START[granularity]} AS "period",
             ROW_NUMBER() OVER (PARTITION BY ${PERIOD_START[granularity]} ORDER BY ${LEAD_ORDER}) AS "rank",
             COUNT(*) OVER (PARTITION BY ${PERIOD_START[granularity]}) AS "figureCount",
             MIN(COALESCE(f."low", f."value")) OVER (PARTITION BY ${PERIOD_START[granularity]}) AS "low",
             MAX(COALESCE(f."high", f."value")) OVER (PARTITION BY ${PERIOD_START[granularity]}) AS "high",
             MAX(CASE WHEN f."high" IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY ${PERIOD_START[granularity]}) AS "openHigh"
      FROM "Figure" f WHERE ${condition}
    )
    SELECT ranked."period", ranked."figureCount", ranked."low", ranked."high", ranked."openHigh",
           f."id", f."rawText", f."qualifier", f."value", f."low" AS "latestLow", f."high" AS "latestHigh",
           substr(f."date", 1, 10) AS "day", f."grade", s."name" AS "sourceName"
    FROM ranked JOIN "Figure" f ON f."id" = ranked."id" LEFT JOIN "Source" s ON s."id" = f."sourceId"
    WHERE ranked."rank" = 1
    ORDER BY ranked."period"`);

  return { granularity, periods: rows.map(toPeriod) };
}

function toPeriod(row: PeriodRow): EstimatePeriod {
  return {
    start: row.period,
    figureCount: toCount(row.figureCount),
    low: row.low === null ? null : Number(row.low),
    high: row.high === null ? null : Number(row.high),
    openHigh: toCount(row.openHigh) > 0,
    latest: {
      id: row.id,
      rawText: row.rawText,
      qualifier: row.qualifier as Qualifier,
      value: row.value,
      low: row.latestLow,
      high: row.latestHigh,
      date: row.day,
      grade: row.grade as Grade | null,
      sourceName: row.sourceName,
    },
  };
}

/** The estimates over time of every headline group in the scope that has dated figures. */
export async function queryHeadlineEstimates(scope: FigureScope): Promise<EstimateSeries[]> {
  const groups = scope.category ? HEADLINE_GROUPS.filter((group) => group.categories.includes(scope.category!)) : HEADLINE_GROUPS;
  const series = await Promise.all(
    groups.map(async (group) => ({ key: group.key, label: group.label, ...(await queryEstimateSeries(scope, group.categories)) })),
  );
  return series.filter((entry) => entry.periods.length > 0);
}

const cachedHeadlineEstimates = cachedRead('fetchHeadlineEstimates', queryHeadlineEstimates);
const cachedEstimateSeries = cachedRead('fetchEstimateSeries', queryEstimateSeries);

/** The estimates over time of every headline group in the scope (cached until the data changes). */
export async function fetchHeadlineEstimates(scope: FigureScope): Promise<EstimateSeries[]> {
  return cachedHeadlineEstimates(normaliseScope(scope));
}

/** The estimates over time of the given categories in the scope (cached until the data changes). */
export async function fetchEstimateSeries(scope: FigureScope, categories: readonly Category[]): Promise<Omit<EstimateSeries, 'key' | 'label'>> {
  return cachedEstimateSeries(normaliseScope(scope), categories);
}
