import { fetchFigurePageBody, FIGURE_LIST_KEY_LENGTH, isFigureListKey } from '@/lib/data/figure-list';
import { parseCursorParameter, parseScope, SCOPE_PARAMETER_NAMES, type ScopeProblem } from '@/lib/data/scope';
import { resolveScope } from '@/lib/data/scope-names';

export const dynamic = 'force-dynamic';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1_000;
const ALLOWED_PARAMETERS = new Set([...SCOPE_PARAMETER_NAMES, 'limit', 'cursor']);

function badRequest(problems: ScopeProblem[]): Response {
  return Response.json(
    { error: problems.map((problem) => `${problem.parameter} ${problem.message} (got "${problem.value}")`).join('; '), problems },
    { status: 400 },
  );
}

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
 * is unknown, malformed or names nothing gets a 400 naming it.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const unknown = [...new Set(params.keys())].filter((name) => !ALLOWED_PARAMETERS.has(name));
  const parsed = parseScope(params);
  const { limit, problem: limitProblem } = parseLimit(params.get('limit'));
  const { cursor, problem: cursorProblem } = parseCursorParameter(params, isFigureListKey, FIGURE_LIST_KEY_LENGTH);
  const problems = [
    ...unknown.map((name) => ({ parameter: name, value: params.get(name) ?? '', message: `is not a parameter of this endpoint (allowed: ${[...ALLOWED_PARAMETERS].join(', ')})` })),
    ...parsed.problems,
    ...(limitProblem ? [limitProblem] : []),
    ...(cursorProblem ? [cursorProblem] : []),
  ];
  if (problems.length > 0) return badRequest(problems);

  const resolved = await resolveScope(parsed.scope);
  if (resolved.problems.length > 0) return badRequest(resolved.problems);
  return new Response(await fetchFigurePageBody(resolved.scope, cursor, limit), { headers: { 'Content-Type': 'application/json' } });
}
