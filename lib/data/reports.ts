import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { sqlDateText, sqlDay } from '@/lib/db/dialect';
import { Prisma } from '@/lib/generated/prisma/client';
import { isInstantKey, isIntegerKey, toPage, type CursorValue, type Page } from './cursor';
import { toDateString } from '@/lib/format/dates';
import type { FigureView } from './figures';
import { selectFigureViews } from './figure-rows';
import { toCount } from './scope-sql';

/** A report as lists show it. */
export interface ReportSummary {
  id: number;
  title: string;
  outlet: string;
  /** YYYY-MM-DD */
  publishedAt: string;
  url: string | null;
  language: string;
  figureCount: number;
}

/** A report with its full text and every figure stored for it, in the order they appear. */
export interface ReportDetail extends ReportSummary {
  body: string;
  figures: FigureView[];
}

export const REPORT_PAGE_SIZE = 50;
/** A report's page highlights every figure of its text; a text with more than this many is shown with the first. */
export const REPORT_FIGURES_LIMIT = 1_000;
export const REPORT_LIST_KEY_LENGTH = 2;

/** Whether a decoded cursor is a key of the report list: [published date text, id]. */
export function isReportListKey(key: CursorValue[]): boolean {
  const [publishedAt, id] = key;
  return isInstantKey(publishedAt ?? null) && isIntegerKey(id ?? null, 1);
}

/** One page of the reports, newest first, with the figure count of each, straight from the database. */
export async function queryReportPage(cursor: CursorValue[] | null, limit = REPORT_PAGE_SIZE): Promise<Page<ReportSummary>> {
  const after = cursor === null ? Prisma.sql`1 = 1` : Prisma.sql`(r."publishedAt", r."id") < (${cursor[0]}, ${cursor[1]})`;
  const [rows, [total]] = await Promise.all([
    prisma.$queryRaw<Array<Omit<ReportSummary, 'figureCount'> & { publishedKey: string; figureCount: bigint }>>(Prisma.sql`
      SELECT r."id", r."title", r."outlet", ${sqlDay(Prisma.sql`r."publishedAt"`)} AS "publishedAt", ${sqlDateText(Prisma.sql`r."publishedAt"`)} AS "publishedKey",
             r."url", r."language", (SELECT COUNT(*) FROM "Figure" f WHERE f."reportId" = r."id") AS "figureCount"
      FROM "Report" r WHERE ${after}
      ORDER BY r."publishedAt" DESC, r."id" DESC LIMIT ${limit + 1}`),
    prisma.$queryRaw<Array<{ count: bigint }>>(Prisma.sql`SELECT COUNT(*) AS "count" FROM "Report"`),
  ]);
  const page = toPage(rows, limit, toCount(total?.count), (row) => [row.publishedKey, row.id]);
  return { ...page, items: page.items.map(({ publishedKey: _key, figureCount, ...report }) => ({ ...report, figureCount: toCount(figureCount) })) };
}

/** One report with its body and figures, straight from the database; null when there is none. */
export async function queryReport(id: number): Promise<ReportDetail | null> {
  const report = await queryReportText(id);
  if (!report) return null;
  const figures = await selectFigureViews(Prisma.sql`f."reportId" = ${id}`, Prisma.sql`f."start" ASC, f."id" ASC`, REPORT_FIGURES_LIMIT);
  return { ...report, figureCount: figures.length, figures: figures.map((figure) => figure.figure) };
}

/** A report's fields and text without its figures, straight from the database; null when there is none. */
export async function queryReportText(id: number): Promise<Omit<ReportDetail, 'figures' | 'figureCount'> | null> {
  const row = await prisma.report.findUnique({
    where: { id },
    select: { id: true, title: true, outlet: true, publishedAt: true, url: true, language: true, body: true },
  });
  return row ? { ...row, publishedAt: toDateString(row.publishedAt) ?? '' } : null;
}

/** A report's fields and text without its figures (cached until data changes). */
export const getReportText = cachedRead('getReportText', queryReportText);

const cachedReportPage = cachedRead('fetchReportPage', queryReportPage);
const cachedReport = cachedRead('getReport', queryReport);

/** One page of the reports, newest first (cached until data changes). */
export async function fetchReportPage(cursor: CursorValue[] | null = null, limit = REPORT_PAGE_SIZE): Promise<Page<ReportSummary>> {
  return cachedReportPage(cursor, limit);
}

/** One report with its body and figures (cached until data changes); null when there is none. */
export async function getReport(id: number): Promise<ReportDetail | null> {
  return cachedReport(id);
}
