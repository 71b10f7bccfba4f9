/**
 * The query parameters of each endpoint, as zod schemas: the OpenAPI document lists them from here, and each route
 * accepts exactly these names (`allowedParameters`), so the document and the routes cannot disagree on what exists.
 * The values themselves are read by the scope and paging parsers, which give the messages of a 400.
 */
import { z } from 'zod';
import { GRADE_FILTERS, MAX_SEARCH_LENGTH } from '@/lib/data/scope';
import { CATEGORIES, QUALIFIERS } from '@/lib/figures/vocabulary';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1_000;

const id = (what: string) => z.int().positive().describe(what);

const PAGING = {
  limit: z.int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`How many items a page holds (1 to ${MAX_LIMIT})`),
  cursor: z.string().describe('The nextCursor of the previous page'),
};

export const FIGURE_SCOPE_PARAMETERS = {
  category: z.enum(CATEGORIES).describe('Only figures of this category'),
  source: id('Only figures attributed to this source (id)'),
  sourceId: id('Same as source'),
  place: id('Only figures of this place (id) and of every place in it'),
  placeId: id('Same as place'),
  report: id('Only figures of this report (id)'),
  reportId: id('Same as report'),
  from: z.iso.date().describe('Only figures dated on or after this day'),
  to: z.iso.date().describe('Only figures dated on or before this day'),
  qualifier: z.enum(QUALIFIERS).describe('Only figures with this hedge'),
  grade: z.enum(GRADE_FILTERS as [string, ...string[]]).describe('Only figures with this grade (ungraded: not yet graded)'),
  q: z.string().max(MAX_SEARCH_LENGTH).describe('Text found, ignoring case, in the number as written, what is counted or the sentence'),
};

export const FIGURE_LIST_PARAMETERS = z.object({ ...FIGURE_SCOPE_PARAMETERS, ...PAGING });
export const FIGURE_EXPORT_PARAMETERS = z.object(FIGURE_SCOPE_PARAMETERS);
export const LIST_PARAMETERS = z.object(PAGING);
export const PLACE_LIST_PARAMETERS = z.object({ parent: id('Only the places directly in this place (id)'), ...PAGING });
export const NO_PARAMETERS = z.object({});

/** The names an endpoint accepts; any other is a 400. */
export function allowedParameters(parameters: z.ZodObject): string[] {
  return Object.keys(parameters.shape);
}
