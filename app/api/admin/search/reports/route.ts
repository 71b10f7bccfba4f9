import { searchReports } from '@/lib/data/admin-search';
import { answerSearch, searchTextParameters } from '../search-route';

export const dynamic = 'force-dynamic';

/** GET /api/admin/search/reports?q=: at most 20 reports whose title or outlet contains q (or whose id it is), newest first. */
export async function GET(request: Request): Promise<Response> {
  return answerSearch(request, searchTextParameters, ({ q }) => searchReports(q));
}
