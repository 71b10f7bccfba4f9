import { z } from 'zod';
import { queryReportFigureChoices } from '@/lib/data/admin-search';
import { answerSearch } from '../search-route';

export const dynamic = 'force-dynamic';

const parameters = z.object({
  reportId: z.string({ error: 'reportId is required' }).regex(/^[1-9]\d{0,8}$/, 'reportId must be the id of a report').transform(Number),
});

/** GET /api/admin/search/figures?reportId=: the figures of one report in text order (at most 200), as wholes for "Part of". */
export async function GET(request: Request): Promise<Response> {
  return answerSearch(request, parameters, ({ reportId }) => queryReportFigureChoices(reportId));
}
