import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { sqlDaysApart, sqlDescendingNullsLast } from '@/lib/db/dialect';
import { Prisma } from '@/lib/generated/prisma/client';
import { highlightSentence, type SentenceHighlight } from '@/lib/format/highlight';
import type { FigureView } from './figures';
import { selectFigureViews } from './figure-rows';
import type { FigureScope } from './scope';
import { nextDay } from './scope-sql';
import { toDateString } from '@/lib/format/dates';

/** How far "what other sources say" looks around the figure's date, and how many figures it shows at most. */
export const OTHER_SOURCES_WINDOW_DAYS = 30;
export const OTHER_SOURCES_LIMIT = 20;
export const PARTS_LIMIT = 50;

/** One figure with everything its page shows. */
export interface FigureDetail {
  figure: FigureView;
  /** The figure's sentence split around its number phrase. */
  sentence: SentenceHighlight;
  /** The whole this figure is a subset of ("15 killed in a cafe" is part of "23 killed"). */
  partOf: FigureView | null;
  /** The subsets of this figure (at most PARTS_LIMIT). */
  parts: FigureView[];
  /** Figures of the same category and place from other sources, dated within the window around this one. */
  otherSources: FigureView[];
  /** The scope of the full list those come from, for the link under them. */
  otherSourcesScope: FigureScope;
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return toDateString(date);
}

/**
 * Figures that could be compared with this one: the same category, the same place when it names one, dated
 * within ±OTHER_SOURCES_WINDOW_DAYS of it when it is dated, and attributed to someone else; the closest first.
 */
async function selectOtherSources(figure: FigureView): Promise<{ figures: FigureView[]; scope: FigureScope }> {
  const scope: FigureScope = { category: figure.category };
  const conditions = [Prisma.sql`f."category" = ${figure.category}`, Prisma.sql`f."id" <> ${figure.id}`];
  conditions.push(figure.source ? Prisma.sql`(f."sourceId" IS NULL OR f."sourceId" <> ${figure.source.id})` : Prisma.sql`f."sourceId" IS NOT NULL`);
  if (figure.place) {
    scope.placeId = figure.place.id;
    conditions.push(Prisma.sql`f."placeId" = ${figure.place.id}`);
  }
  let order = Prisma.sql`${sqlDescendingNullsLast(Prisma.sql`f."date"`)}, f."id" DESC`;
  if (figure.date) {
    scope.from = shiftDay(figure.date, -OTHER_SOURCES_WINDOW_DAYS);
    scope.to = shiftDay(figure.date, OTHER_SOURCES_WINDOW_DAYS);
    conditions.push(Prisma.sql`f."date" >= ${scope.from} AND f."date" < ${nextDay(scope.to)}`);
    order = Prisma.sql`${sqlDaysApart(Prisma.sql`f."date"`, figure.date)}, f."id" DESC`;
  }
  const rows = await selectFigureViews(Prisma.join(conditions, ' AND '), order, OTHER_SOURCES_LIMIT);
  return { figures: rows.map((row) => row.figure), scope };
}

/** The figure with the given id and its bounded context, straight from the database; null when there is none. */
export async function queryFigureDetail(id: number): Promise<FigureDetail | null> {
  const [row] = await selectFigureViews(Prisma.sql`f."id" = ${id}`, Prisma.sql`f."id"`, 1);
  if (!row) return null;
  const { figure } = row;
  const { body } = await prisma.report.findUniqueOrThrow({ where: { id: figure.report.id }, select: { body: true } });

  const [partOf, parts, others] = await Promise.all([
    figure.partOfId === null ? [] : selectFigureViews(Prisma.sql`f."id" = ${figure.partOfId}`, Prisma.sql`f."id"`, 1),
    selectFigureViews(Prisma.sql`f."partOfId" = ${id}`, Prisma.sql`f."start" ASC, f."id" ASC`, PARTS_LIMIT),
    selectOtherSources(figure),
  ]);

  return {
    figure,
    sentence: highlightSentence(figure, body),
    partOf: partOf[0]?.figure ?? null,
    parts: parts.map((part) => part.figure),
    otherSources: others.figures,
    otherSourcesScope: others.scope,
  };
}

const cachedFigureDetail = cachedRead('getFigureDetail', queryFigureDetail);

/** The figure with the given id and its context (cached until data changes); null when there is none. */
export async function getFigureDetail(id: number): Promise<FigureDetail | null> {
  return cachedFigureDetail(id);
}
