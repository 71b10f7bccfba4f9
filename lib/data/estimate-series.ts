import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { sqlDateText, sqlDay, sqlPeriodStart } from '@/lib/db/dialect';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Category, Grade, Qualifier } from '@/lib/figures/vocabulary';
import type { EstimatePeriod, EstimateSeries, PeriodGranularity } from './estimates';
import { HEADLINE_GROUPS } from './headlines';
import { normaliseScope, type FigureScope } from './scope';
import { leadOrder, scopeCondition, sqlList, toCount } from './scope-sql';

/** Spans up to this many days are drawn by week, up to MONTHLY_SPAN_DAYS by month, longer ones by year. */
const WEEKLY_SPAN_DAYS = 180;
const MONTHLY_SPAN_DAYS = 5 * 366;

export function granularityForSpan(first: string, last: string): PeriodGranularity {
  const days = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  if (days <= WEEKLY_SPAN_DAYS) return 'week';
  return days <= MONTHLY_SPAN_DAYS ? 'month' : 'year';
}

interface PeriodStatsRow {
  period: string;
  figureCount: bigint;
  low: number | bigint | null;
  high: number | bigint | null;
  openHigh: bigint | number;
  latestDate: string;
}

interface LatestRow {
  period: string;
  id: number;
  rawText: string;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  day: string;
  grade: string | null;
  sourceName: string | null;
}

/**
 * The estimates of some categories over time in the scope: per period, the band from the lowest to the highest
 * number the figures allow and the latest, best-graded figure (in the order that picks headline leads); never a
 * sum. Three queries, each served by the covering (category, date, …) index: the span, which picks the period
 * length; the band of every period with its latest date; and, among the figures of those latest dates only, the
 * one that leads each period.
 */
export async function queryEstimateSeries(scope: FigureScope, categories: readonly Category[]): Promise<Omit<EstimateSeries, 'key' | 'label'>> {
  const condition = Prisma.sql`${scopeCondition(scope)} AND f."category" IN (${sqlList(categories)}) AND f."date" IS NOT NULL`;
  const [span] = await prisma.$queryRaw<Array<{ first: string | null; last: string | null }>>(
    Prisma.sql`SELECT ${sqlDay(Prisma.sql`MIN(f."date")`)} AS "first", ${sqlDay(Prisma.sql`MAX(f."date")`)} AS "last" FROM "Figure" f WHERE ${condition}`,
  );
  if (!span?.first || !span.last) return { granularity: 'year', periods: [] };
  const granularity = granularityForSpan(span.first, span.last);
  const period = sqlPeriodStart(Prisma.sql`f."date"`, granularity);

  const stats = await prisma.$queryRaw<PeriodStatsRow[]>(Prisma.sql`
    SELECT ${period} AS "period", COUNT(*) AS "figureCount",
           MIN(COALESCE(f."low", f."value")) AS "low", MAX(COALESCE(f."high", f."value")) AS "high",
           MAX(CASE WHEN f."high" IS NULL THEN 1 ELSE 0 END) AS "openHigh", ${sqlDateText(Prisma.sql`MAX(f."date")`)} AS "latestDate"
    FROM "Figure" f WHERE ${condition} GROUP BY ${period} ORDER BY ${period}`);
  const latestDates = [...new Set(stats.map((row) => row.latestDate))];
  const latest = await prisma.$queryRaw<LatestRow[]>(Prisma.sql`
    SELECT ranked."period", f."id", f."rawText", f."qualifier", f."value", f."low", f."high", ${sqlDay(Prisma.sql`f."date"`)} AS "day", f."grade",
           s."name" AS "sourceName"
    FROM (SELECT f."id", ${period} AS "period", ROW_NUMBER() OVER (PARTITION BY ${period} ORDER BY ${leadOrder()}) AS "rank"
          FROM "Figure" f WHERE ${condition} AND f."date" IN (${sqlList(latestDates)})) ranked
    JOIN "Figure" f ON f."id" = ranked."id" LEFT JOIN "Source" s ON s."id" = f."sourceId"
    WHERE ranked."rank" = 1`);
  const latestByPeriod = new Map(latest.map((row) => [row.period, row]));
  const periods = stats.flatMap((row) => {
    const lead = latestByPeriod.get(row.period);
    return lead ? [toPeriod(row, lead)] : [];
  });
  return { granularity, periods };
}

function toPeriod(row: PeriodStatsRow, lead: LatestRow): EstimatePeriod {
  return {
    start: row.period,
    figureCount: toCount(row.figureCount),
    low: row.low === null ? null : Number(row.low),
    high: row.high === null ? null : Number(row.high),
    openHigh: toCount(row.openHigh) > 0,
    latest: {
      id: lead.id,
      rawText: lead.rawText,
      qualifier: lead.qualifier as Qualifier,
      value: lead.value,
      low: lead.low,
      high: lead.high,
      date: lead.day,
      grade: lead.grade as Grade | null,
      sourceName: lead.sourceName,
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
