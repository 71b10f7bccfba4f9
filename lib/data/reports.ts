import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { figureViewInclude, toDateString, toFigureView, type FigureView } from './figures';

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

/** Every report, newest first, straight from the database. */
export async function queryReports(): Promise<ReportSummary[]> {
  const rows = await prisma.report.findMany({
    select: { id: true, title: true, outlet: true, publishedAt: true, url: true, language: true, _count: { select: { figures: true } } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map(({ _count, publishedAt, ...report }) => ({
    ...report,
    publishedAt: toDateString(publishedAt) ?? '',
    figureCount: _count.figures,
  }));
}

/** One report with its body and figures, straight from the database; null when there is none. */
export async function queryReport(id: number): Promise<ReportDetail | null> {
  const row = await prisma.report.findUnique({
    where: { id },
    select: {
      id: true, title: true, outlet: true, publishedAt: true, url: true, language: true, body: true,
      figures: { include: figureViewInclude, orderBy: { start: 'asc' } },
    },
  });
  if (!row) return null;
  const { figures, publishedAt, ...report } = row;
  return { ...report, publishedAt: toDateString(publishedAt) ?? '', figureCount: figures.length, figures: figures.map(toFigureView) };
}

const cachedReports = cachedRead('fetchReports', queryReports);
const cachedReport = cachedRead('getReport', queryReport);

/** Every report, newest first (cached until data changes). */
export async function fetchReports(): Promise<ReportSummary[]> {
  return cachedReports();
}

/** One report with its body and figures (cached until data changes); null when there is none. */
export async function getReport(id: number): Promise<ReportDetail | null> {
  return cachedReport(id);
}
