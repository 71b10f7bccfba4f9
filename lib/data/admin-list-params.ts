/**
 * The query string of the admin lists (search text, filters, cursor): read leniently, so a hand-edited URL shows a
 * list rather than an error page, and written back in one way, so every link keeps the filters it was made from.
 */
import { parseId } from './ids';

export type PageSearchParams = Record<string, string | string[] | undefined>;

/** The longest search text a list or search route looks for; longer text is cut, not refused. */
export const SEARCH_TEXT_LIMIT = 200;

/** Rows per page of every admin list. */
export const ADMIN_PAGE_SIZE = 50;

function firstValue(params: PageSearchParams, name: string): string | undefined {
  const raw = params[name];
  return Array.isArray(raw) ? raw[0] : raw;
}

/** The trimmed text of a parameter, cut to SEARCH_TEXT_LIMIT, or undefined when blank. */
export function textParam(params: PageSearchParams, name: string): string | undefined {
  const text = firstValue(params, name)?.trim().slice(0, SEARCH_TEXT_LIMIT);
  return text ? text : undefined;
}

/** A page link's cursor, as given: never cut, since a cut cursor would read as a bad one (decodeCursor checks it). */
export function cursorParam(params: PageSearchParams): string | undefined {
  const text = firstValue(params, 'cursor')?.trim();
  return text ? text : undefined;
}

/** A parameter that must name a row by id; anything else is ignored. */
export function idParam(params: PageSearchParams, name: string): number | undefined {
  const text = firstValue(params, name)?.trim();
  return text ? (parseId(text) ?? undefined) : undefined;
}

/** A link to a list with these parameters; empty ones are left out so URLs stay short and shareable. */
export function listHref(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
