import { allowedParameters, FIGURE_LIST_PARAMETERS } from '@/lib/api/parameters';
import { badRequest, readPaging } from '@/lib/api/request';
import { readApiScope } from '@/lib/api/scope';
import { fetchFigurePageBody, FIGURE_LIST_KEY_LENGTH, isFigureListKey } from '@/lib/data/figure-list';
import { answerPublicGet } from '@/lib/http/public-get';

export const dynamic = 'force-dynamic';

/**
 * GET /api/figures: one page of the scope's figures, newest first, with the cursor of the next page and the
 * scope's total. Scope parameters as on the pages (`category`, `source`, `place`, `report`, `from`, `to`,
 * `qualifier`, `grade`, `q`; the aliases `sourceId`, `placeId`, `reportId`), `limit` (default 100, at most 1,000)
 * and `cursor`. A parameter that is unknown, malformed or names nothing gets a 400 naming it. Cacheable by any
 * HTTP cache (ETag, 304) and readable from any origin.
 */
export async function GET(request: Request): Promise<Response> {
  return answerPublicGet(request, () => answerFigurePage(request));
}

async function answerFigurePage(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const paging = readPaging(params, { isKey: isFigureListKey, keyLength: FIGURE_LIST_KEY_LENGTH });
  const { scope, problems } = await readApiScope(params, allowedParameters(FIGURE_LIST_PARAMETERS));
  if (problems.length + paging.problems.length > 0) return badRequest([...problems, ...paging.problems]);
  return new Response(await fetchFigurePageBody(scope, paging.cursor, paging.limit), { headers: { 'Content-Type': 'application/json' } });
}
