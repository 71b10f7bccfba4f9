import 'server-only';
import { parseScope, SCOPE_PARAMETER_NAMES, type FigureScope, type ScopeProblem } from './scope';
import { resolveScope } from './scope-names';

/**
 * The scope an API request asks for. Unlike a page, the API refuses what it cannot use: an unknown parameter, a
 * malformed value or an id that names nothing is a problem, and the caller answers 400 with all of them.
 */
export async function readApiScope(
  params: URLSearchParams,
  otherParameters: readonly string[] = [],
): Promise<{ scope: FigureScope; problems: ScopeProblem[] }> {
  const allowed = new Set([...SCOPE_PARAMETER_NAMES, ...otherParameters]);
  const unknown = [...new Set(params.keys())]
    .filter((name) => !allowed.has(name))
    .map((name) => ({ parameter: name, value: params.get(name) ?? '', message: `is not a parameter of this endpoint (allowed: ${[...allowed].join(', ')})` }));
  const parsed = parseScope(params);
  if (unknown.length > 0 || parsed.problems.length > 0) return { scope: parsed.scope, problems: [...unknown, ...parsed.problems] };
  const resolved = await resolveScope(parsed.scope);
  return { scope: resolved.scope, problems: resolved.problems };
}

/** The 400 answer of an API request with problems: one readable sentence and the problems one by one. */
export function badRequest(problems: ScopeProblem[]): Response {
  return Response.json(
    { error: problems.map((problem) => `${problem.parameter} ${problem.message} (got "${problem.value}")`).join('; '), problems },
    { status: 400 },
  );
}
