import { isCategory, type Category } from '@/lib/figures/vocabulary';
import type { FigureFilters } from './figures';

/**
 * Filters travel in the URL so a view can be shared: `category`, `source`, `place`, `report` on pages, and the
 * same names or `sourceId`, `placeId`, `reportId` on the API. A value that names nothing valid (an unknown
 * category, a non-numeric id) is ignored rather than turned into an error page.
 */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function firstValue(params: SearchParamsInput, ...names: string[]): string | undefined {
  for (const name of names) {
    const raw = params instanceof URLSearchParams ? params.get(name) ?? undefined : params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function positiveId(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

export type ParsedFigureFilters = FigureFilters & { category?: Category };

/** The figure filters a page's or the API's query string asks for. */
export function parseFigureFilters(params: SearchParamsInput): ParsedFigureFilters {
  const category = firstValue(params, 'category');
  return {
    category: category !== undefined && isCategory(category) ? category : undefined,
    sourceId: positiveId(firstValue(params, 'source', 'sourceId')),
    placeId: positiveId(firstValue(params, 'place', 'placeId')),
    reportId: positiveId(firstValue(params, 'report', 'reportId')),
  };
}

/** The query string of a page showing these filters ("?category=killed&source=1"), or "" with none. */
export function filtersToQuery(filters: FigureFilters): string {
  const query = new URLSearchParams();
  if (filters.category) query.set('category', filters.category);
  if (filters.sourceId) query.set('source', String(filters.sourceId));
  if (filters.placeId) query.set('place', String(filters.placeId));
  if (filters.reportId) query.set('report', String(filters.reportId));
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(filters: FigureFilters): boolean {
  return Boolean(filters.category || filters.sourceId || filters.placeId || filters.reportId);
}
