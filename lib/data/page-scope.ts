import 'server-only';
import { parseScope, type FigureScope, type ScopeProblem, type SearchParamsInput } from './scope';
import { resolveScope, type ScopeNames } from './scope-names';

/**
 * The scope a page's query string asks for, with the names of the records it names. Pages never fail on a bad
 * scope: what names nothing is left out and listed in `problems` for the page to show.
 */
export async function readPageScope(params: SearchParamsInput): Promise<{ scope: FigureScope; names: ScopeNames; problems: ScopeProblem[] }> {
  const parsed = parseScope(params);
  const resolved = await resolveScope(parsed.scope);
  return { scope: resolved.scope, names: resolved.names, problems: [...parsed.problems, ...resolved.problems] };
}
