import { recordEndpoint } from '@/lib/api/endpoint';
import { LIST_PARAMETERS } from '@/lib/api/parameters';
import { readPaging } from '@/lib/api/request';
import { fetchReportFigurePage, isReportFigureKey, REPORT_FIGURE_KEY_LENGTH } from '@/lib/data/report-figures';
import { getReportText } from '@/lib/data/reports';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/:id: the report with its text and one page of its figures in the order they appear
 * (`limit`, default 100; `cursor`, the figures' nextCursor).
 */
export const GET = recordEndpoint('report', LIST_PARAMETERS, async (id, params) => {
  const paging = readPaging(params, { isKey: isReportFigureKey, keyLength: REPORT_FIGURE_KEY_LENGTH });
  if (paging.problems.length > 0) return { problems: paging.problems };
  const report = await getReportText(id);
  if (!report) return null;
  const figures = await fetchReportFigurePage(id, paging.cursor, paging.limit);
  return { body: { ...report, figureCount: figures.total, figures: { ...figures, limit: paging.limit } } };
});
