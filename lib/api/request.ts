import 'server-only';
import type { z } from 'zod';
import type { CursorValue } from '@/lib/data/cursor';
import { parseId } from '@/lib/data/ids';
import { parseCursorParameter, type ScopeProblem } from '@/lib/data/scope';
import { allowedParameters, DEFAULT_LIMIT, MAX_LIMIT } from './parameters';

/**
 * Reading an API request: every parameter it cannot use is a problem, and a request with problems is answered
 * 400 with all of them, each naming the parameter and what is allowed. An id in the path that names nothing is 404.
 */
export function unknownParameters(params: URLSearchParams, allowed: readonly string[]): ScopeProblem[] {
  return [...new Set(params.keys())]
    .filter((name) => !allowed.includes(name))
    .map((name) => ({
      parameter: name,
      value: params.get(name) ?? '',
      message: `is not a parameter of this endpoint (allowed: ${allowed.length > 0 ? allowed.join(', ') : 'none'})`,
    }));
}

export function parseLimit(params: URLSearchParams): { limit: number; problem: ScopeProblem | null } {
  const text = params.get('limit');
  if (text === null || text.trim() === '') return { limit: DEFAULT_LIMIT, problem: null };
  const limit = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return limit >= 1 && limit <= MAX_LIMIT
    ? { limit, problem: null }
    : { limit: DEFAULT_LIMIT, problem: { parameter: 'limit', value: text, message: `must be a whole number from 1 to ${MAX_LIMIT}` } };
}

/** The paging of a list request (`limit`, `cursor` checked against the list's key) and its other problems. */
export function readPaging(
  params: URLSearchParams,
  list: { isKey: (key: CursorValue[]) => boolean; keyLength: number },
): { limit: number; cursor: CursorValue[] | null; problems: ScopeProblem[] } {
  const { limit, problem: limitProblem } = parseLimit(params);
  const { cursor, problem: cursorProblem } = parseCursorParameter(params, list.isKey, list.keyLength);
  return { limit, cursor, problems: [limitProblem, cursorProblem].filter((problem): problem is ScopeProblem => problem !== null) };
}

/** A list request's paging, refusing any parameter its endpoint does not document. */
export function readListRequest(
  params: URLSearchParams,
  parameters: z.ZodObject,
  list: { isKey: (key: CursorValue[]) => boolean; keyLength: number },
): { limit: number; cursor: CursorValue[] | null; problems: ScopeProblem[] } {
  const paging = readPaging(params, list);
  return { ...paging, problems: [...unknownParameters(params, allowedParameters(parameters)), ...paging.problems] };
}

/** The 400 answer of a request with problems: one readable sentence and the problems one by one. */
export function badRequest(problems: ScopeProblem[]): Response {
  return Response.json(
    { error: problems.map((problem) => `${problem.parameter} ${problem.message} (got "${problem.value}")`).join('; '), problems },
    { status: 400 },
  );
}

export function notFound(message: string): Response {
  return Response.json({ error: message }, { status: 404 });
}

/** The id in an endpoint's path, or the 400 that says it is not one (a well-formed id that names nothing is the route's 404). */
export function readPathId(segment: string, what: string): { id: number; response?: never } | { id?: never; response: Response } {
  const id = parseId(segment);
  return id === null
    ? { response: badRequest([{ parameter: 'id', value: segment, message: `must be a positive whole number (the id of a ${what})` }]) }
    : { id };
}
