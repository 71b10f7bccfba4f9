import { badRequest, readApiScope } from '@/lib/data/api-scope';
import { fetchFigurePageBody, FIGURE_LIST_KEY_LENGTH, isFigureListKey } from '@/lib/data/figure-list';
import { parseCursorParameter, type ScopeProblem } from '@/lib/data/scope';
import { answerPublicGet } from '@/lib/http/public-get';

export const dynamic = 'force-dynamic';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1_000;

function parseLimit(text: string | null): { limit: number; problem: ScopeProblem | null } {
  if (text === null || text.trim() === '') return { limit: DEFAULT_LIMIT, problem: null };
  const limit = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return limit >= 1 && limit <= MAX_LIMIT
    ? { limit, problem: null }
    : { limit: DEFAULT_LIMIT, problem: { parameter: 'limit', value: text, message: `must be a whole number from 1 to ${MAX_LIMIT}` } };
}

/**
 * GET /api/figures: one page of the scope's figures, newest first, with the cursor of the next page and the
 * scope's total. Scope parameters as on the pages (`category`, `source`, `place`, `report`, `from`, `to`; the
 * aliases `sourceId`, `placeId`, `reportId`), `limit` (default 100, at most 1,000) and `cursor`. A parameter that
 * is unknown, malformed or names nothing gets a 400 naming it. Cacheable by any HTTP cache (ETag, 304) and
 * readable from any origin.
 */
export async function GET(request: Request): Promise<Response> {
  return answerPublicGet(request, () => answerFigurePage(request));
}

async function answerFigurePage(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { limit, problem: limitProblem } = parseLimit(params.get('limit'));
  const { cursor, problem: cursorProblem } = parseCursorParameter(params, isFigureListKey, FIGURE_LIST_KEY_LENGTH);
  const { scope, problems } = await readApiScope(params, ['limit', 'cursor']);
  const all = [...problems, ...(limitProblem ? [limitProblem] : []), ...(cursorProblem ? [cursorProblem] : [])];
  if (all.length > 0) return badRequest(all);
  return new Response(await fetchFigurePageBody(scope, cursor, limit), { headers: { 'Content-Type': 'application/json' } });
}
