import { searchSources } from '@/lib/data/admin-search';
import { answerSearch, searchTextParameters } from '../search-route';

export const dynamic = 'force-dynamic';

/** GET /api/admin/search/sources?q=: at most 20 sources by name, short name or alias, names starting with q first. */
export async function GET(request: Request): Promise<Response> {
  return answerSearch(request, searchTextParameters, ({ q }) => searchSources(q));
}
