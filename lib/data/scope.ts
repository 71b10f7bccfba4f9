/**
 * The scope of a view: which figures a page, a widget or an API call is about. It travels in the URL so a view can
 * be shared: `category`, `source`, `place` (the place and every place under it), `report`, the period `from` /
 * `to` (ISO days, both included), the hedge `qualifier`, the `grade` (or `ungraded`), and `q`, text looked for in
 * the number as written, what is counted and the sentence. One parser serves the pages and the API: pages ignore a value that names nothing
 * and say so; the API answers 400 naming the parameter.
 */
import { CATEGORIES, GRADES, isCategory, QUALIFIERS, type Category, type Grade, type Qualifier } from '@/lib/figures/vocabulary';
import { decodeCursor, type CursorValue } from './cursor';
import { parseId } from './ids';
import { toDateString } from '@/lib/format/dates';

export interface FigureScope {
  category?: Category;
  sourceId?: number;
  placeId?: number;
  reportId?: number;
  /** First day included, YYYY-MM-DD. */
  from?: string;
  /** Last day included, YYYY-MM-DD. */
  to?: string;
  qualifier?: Qualifier;
  grade?: GradeFilter;
  /** Text found, ignoring case, in rawText, counted or quote. */
  q?: string;
}

/** A grade, or `ungraded` for figures nobody has graded yet. */
export type GradeFilter = Grade | 'ungraded';
export const GRADE_FILTERS: readonly GradeFilter[] = [...GRADES, 'ungraded'];

/** The longest text search accepted. */
export const MAX_SEARCH_LENGTH = 200;

/** A parameter the parser could not use, and why, in words a reader of the page or the API understands. */
export interface ScopeProblem {
  parameter: string;
  value: string;
  message: string;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The names each scope field is read from: the page names first, then the API's longer aliases. */
const SCOPE_PARAMETERS = {
  category: ['category'],
  sourceId: ['source', 'sourceId'],
  placeId: ['place', 'placeId'],
  reportId: ['report', 'reportId'],
  from: ['from'],
  to: ['to'],
  qualifier: ['qualifier'],
  grade: ['grade'],
  q: ['q'],
} as const;

export const SCOPE_PARAMETER_NAMES: readonly string[] = Object.values(SCOPE_PARAMETERS).flat();

function readParameter(params: SearchParamsInput, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const raw = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== '') return { name, value: value.trim() };
  }
  return undefined;
}

/** The name a query string gives a scope field by ("sourceId" when it uses the alias), or the page name. */
export function scopeParameterName(params: SearchParamsInput, field: keyof typeof SCOPE_PARAMETERS): string {
  return readParameter(params, SCOPE_PARAMETERS[field])?.name ?? SCOPE_PARAMETERS[field][0];
}

/** A calendar day written YYYY-MM-DD that exists ("2017-02-30" does not), or null. */
export function parseDay(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && toDateString(date) === text ? text : null;
}

/**
 * Reads the scope from a query string. Every value that cannot be used is left out of the scope and reported as a
 * problem; values that are well formed but name no stored record are found later by `resolveScope`.
 */
export function parseScope(params: SearchParamsInput): { scope: FigureScope; problems: ScopeProblem[] } {
  const scope: FigureScope = {};
  const problems: ScopeProblem[] = [];

  const category = readParameter(params, SCOPE_PARAMETERS.category);
  if (category) {
    if (isCategory(category.value)) scope.category = category.value;
    else problems.push({ parameter: category.name, value: category.value, message: `must be one of ${CATEGORIES.join(', ')}` });
  }

  for (const field of ['sourceId', 'placeId', 'reportId'] as const) {
    const parameter = readParameter(params, SCOPE_PARAMETERS[field]);
    if (!parameter) continue;
    const id = parseId(parameter.value);
    if (id === null) problems.push({ parameter: parameter.name, value: parameter.value, message: 'must be a positive whole number (an id)' });
    else scope[field] = id;
  }

  for (const field of ['from', 'to'] as const) {
    const parameter = readParameter(params, SCOPE_PARAMETERS[field]);
    if (!parameter) continue;
    const day = parseDay(parameter.value);
    if (day === null) problems.push({ parameter: parameter.name, value: parameter.value, message: 'must be a day written YYYY-MM-DD' });
    else scope[field] = day;
  }

  const qualifier = readParameter(params, SCOPE_PARAMETERS.qualifier);
  if (qualifier) {
    const known = QUALIFIERS.find((name) => name === qualifier.value);
    if (known) scope.qualifier = known;
    else problems.push({ parameter: qualifier.name, value: qualifier.value, message: `must be one of ${QUALIFIERS.join(', ')}` });
  }

  const grade = readParameter(params, SCOPE_PARAMETERS.grade);
  if (grade) {
    const known = GRADE_FILTERS.find((name) => name === grade.value);
    if (known) scope.grade = known;
    else problems.push({ parameter: grade.name, value: grade.value, message: `must be one of ${GRADE_FILTERS.join(', ')}` });
  }

  const q = readParameter(params, SCOPE_PARAMETERS.q);
  if (q) {
    if (q.value.length <= MAX_SEARCH_LENGTH) scope.q = q.value;
    else problems.push({ parameter: q.name, value: `${q.value.slice(0, 40)}…`, message: `must be at most ${MAX_SEARCH_LENGTH} characters` });
  }

  if (scope.from && scope.to && scope.from > scope.to) {
    problems.push({ parameter: 'to', value: scope.to, message: `must not be before from (${scope.from})` });
    delete scope.to;
  }
  return { scope, problems };
}

/**
 * The cursor of a paginated list (`cursor` in the query string), checked against the shape of the list's sort key:
 * a cursor from another list, or text that is not a cursor, is a problem rather than a wrong page.
 */
export function parseCursorParameter(
  params: SearchParamsInput,
  isKey: (key: CursorValue[]) => boolean,
  keyLength: number,
): { cursor: CursorValue[] | null; problem: ScopeProblem | null } {
  const parameter = readParameter(params, ['cursor']);
  if (!parameter) return { cursor: null, problem: null };
  const cursor = decodeCursor(parameter.value, keyLength);
  return cursor && isKey(cursor)
    ? { cursor, problem: null }
    : { cursor: null, problem: { parameter: 'cursor', value: parameter.value, message: 'is not a cursor of this list: use the nextCursor of a previous page' } };
}

/** The scope as a shareable query string with the page names ("?category=killed&source=1"), or "" when empty. */
export function scopeToQuery(scope: FigureScope, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  if (scope.category) query.set('category', scope.category);
  if (scope.sourceId) query.set('source', String(scope.sourceId));
  if (scope.placeId) query.set('place', String(scope.placeId));
  if (scope.reportId) query.set('report', String(scope.reportId));
  if (scope.from) query.set('from', scope.from);
  if (scope.to) query.set('to', scope.to);
  if (scope.qualifier) query.set('qualifier', scope.qualifier);
  if (scope.grade) query.set('grade', scope.grade);
  if (scope.q) query.set('q', scope.q);
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function hasScope(scope: FigureScope): boolean {
  return Object.values(normaliseScope(scope)).length > 0;
}

/** The scope with only its defined fields, in a fixed order: the same scope always gives the same cache key. */
export function normaliseScope(scope: FigureScope): FigureScope {
  const { category, sourceId, placeId, reportId, from, to, qualifier, grade, q } = scope;
  return Object.fromEntries(
    Object.entries({ category, sourceId, placeId, reportId, from, to, qualifier, grade, q }).filter(([, value]) => value !== undefined),
  );
}
