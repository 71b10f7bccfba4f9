import 'server-only';
import { unknownParameters } from './request';
import { parseScope, scopeParameterName, type FigureScope, type ScopeProblem } from '@/lib/data/scope';
import { resolveScope } from '@/lib/data/scope-names';

/**
 * The scope an API request asks for. Unlike a page, the API refuses what it cannot use: a parameter the endpoint
 * does not document (`allowed`), a malformed value or an id that names nothing is a problem, and the caller
 * answers 400 with all of them.
 */
export async function readApiScope(params: URLSearchParams, allowed: readonly string[]): Promise<{ scope: FigureScope; problems: ScopeProblem[] }> {
  const unknown = unknownParameters(params, allowed);
  const parsed = parseScope(params);
  if (unknown.length > 0 || parsed.problems.length > 0) return { scope: parsed.scope, problems: [...unknown, ...parsed.problems] };
  const resolved = await resolveScope(parsed.scope);
  const fields = { source: 'sourceId', place: 'placeId', report: 'reportId' } as const;
  const problems = resolved.problems.map((problem) =>
    problem.parameter in fields ? { ...problem, parameter: scopeParameterName(params, fields[problem.parameter as keyof typeof fields]) } : problem,
  );
  return { scope: resolved.scope, problems };
}
