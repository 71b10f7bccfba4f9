import { searchPlaces } from '@/lib/data/admin-search';
import { answerSearch, searchTextParameters } from '../search-route';

export const dynamic = 'force-dynamic';

/** GET /api/admin/search/places?q=: at most 20 places by name, names starting with q first, each with its parent. */
export async function GET(request: Request): Promise<Response> {
  return answerSearch(request, searchTextParameters, ({ q }) => searchPlaces(q));
}
