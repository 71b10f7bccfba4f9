import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { Prisma } from '@/lib/generated/prisma/client';
import { isIntegerKey, toPage, type CursorValue, type Page } from './cursor';
import type { FigureView } from './figures';
import { selectFigureViews } from './figure-rows';
import { countFigures } from './figure-list';

/** The figures of one report in the order they appear in its text: the sort key of a row is [start offset, id]. */
export const REPORT_FIGURE_KEY_LENGTH = 2;

export function isReportFigureKey(key: CursorValue[]): boolean {
  const [start, id] = key;
  return isIntegerKey(start ?? null, 0) && isIntegerKey(id ?? null, 1);
}

/** One page of a report's figures after the cursor, in text order, through the (reportId, start) index. */
export async function queryReportFigurePage(reportId: number, cursor: CursorValue[] | null, limit: number): Promise<Page<FigureView>> {
  const after = cursor === null ? Prisma.sql`1 = 1` : Prisma.sql`(f."start", f."id") > (${cursor[0]}, ${cursor[1]})`;
  const [rows, total] = await Promise.all([
    selectFigureViews(Prisma.sql`f."reportId" = ${reportId} AND ${after}`, Prisma.sql`f."start" ASC, f."id" ASC`, limit + 1),
    countFigures({ reportId }),
  ]);
  const page = toPage(rows, limit, total, (row) => [row.figure.start, row.figure.id]);
  return { ...page, items: page.items.map((row) => row.figure) };
}

/** One page of a report's figures in text order (cached until the data changes). */
export const fetchReportFigurePage = cachedRead('fetchReportFigurePage', queryReportFigurePage);
