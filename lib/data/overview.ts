import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { CATEGORIES, type Category } from '@/lib/figures/vocabulary';
import { queryFigures, type FigureFilters, type FigureView } from './figures';

/** A headline card: the leading figure of a group of categories and the group's other figures. */
export interface Headline {
  key: string;
  label: string;
  categories: Category[];
  lead: FigureView | null;
  others: FigureView[];
}

export const HEADLINE_GROUPS: ReadonlyArray<{ key: string; label: string; categories: Category[] }> = [
  { key: 'killed', label: 'Killed', categories: ['killed'] },
  { key: 'children', label: 'Children', categories: ['children'] },
  { key: 'fighters', label: 'Fighters', categories: ['fighters'] },
  { key: 'displaced', label: 'Displaced / fled', categories: ['displaced', 'fled', 'refugees'] },
  { key: 'population', label: 'Population', categories: ['population'] },
];

/** A population figure with its parts, and theirs, as the text gives them (through partOf). */
export interface CompositionNode {
  figure: FigureView;
  depth: number;
  parts: CompositionNode[];
}

/** The figures one source stands behind; `source` is null for figures the text attributes to no one. */
export interface SourceGroup {
  source: FigureView['source'];
  figures: FigureView[];
}

export interface Overview {
  figures: FigureView[];
  headlines: Headline[];
  /** Population figures that are not part of another population figure, each with its tree of parts. */
  compositions: CompositionNode[];
  bySource: SourceGroup[];
  byCategory: Array<{ category: Category; figures: FigureView[] }>;
}

const GRADE_RANK: Record<string, number> = { confirmed: 5, fair: 4, weak: 3, contested: 2, discounted: 1 };

/** A comparable size: the stated value, or the geometric middle of a range, never the optimistic end. */
function magnitude(figure: FigureView): number {
  if (figure.value !== null) return figure.value;
  if (figure.low !== null && figure.high !== null) return Math.sqrt(Math.max(figure.low, 1) * figure.high);
  return figure.low ?? figure.high ?? 0;
}

/**
 * Which figure leads a headline card: the most recent, then one attributed to a source, then the better graded,
 * then the larger. Attributed figures lead because a reader can weigh who says so.
 */
export function compareForHeadline(a: FigureView, b: FigureView): number {
  return (
    (b.date ?? '').localeCompare(a.date ?? '') ||
    Number(b.source !== null) - Number(a.source !== null) ||
    (GRADE_RANK[b.grade ?? ''] ?? 0) - (GRADE_RANK[a.grade ?? ''] ?? 0) ||
    magnitude(b) - magnitude(a)
  );
}

export function buildHeadlines(figures: FigureView[]): Headline[] {
  return HEADLINE_GROUPS.map((group) => {
    const [lead = null, ...others] = figures.filter((figure) => group.categories.includes(figure.category)).sort(compareForHeadline);
    return { ...group, lead, others };
  });
}

/** The composition trees of the population figures among `figures`, parts of any category included. */
export function buildCompositions(figures: FigureView[]): CompositionNode[] {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const partsOf = new Map<number, FigureView[]>();
  for (const figure of figures) {
    if (figure.partOfId !== null && byId.has(figure.partOfId)) {
      partsOf.set(figure.partOfId, [...(partsOf.get(figure.partOfId) ?? []), figure]);
    }
  }
  const grow = (figure: FigureView, depth: number, seen: Set<number>): CompositionNode => {
    const parts = (partsOf.get(figure.id) ?? [])
      .filter((part) => !seen.has(part.id))
      .sort((a, b) => magnitude(b) - magnitude(a))
      .map((part) => grow(part, depth + 1, new Set([...seen, part.id])));
    return { figure, depth, parts };
  };
  const isRoot = (figure: FigureView) =>
    figure.category === 'population' && (figure.partOfId === null || byId.get(figure.partOfId)?.category !== 'population');
  return figures
    .filter(isRoot)
    .sort((a, b) => magnitude(b) - magnitude(a))
    .map((root) => grow(root, 0, new Set([root.id])));
}

/** The composition tree in reading order (whole first, then each part under it). */
export function flattenComposition(node: CompositionNode): CompositionNode[] {
  return [node, ...node.parts.flatMap(flattenComposition)];
}

export function groupBySource(figures: FigureView[]): SourceGroup[] {
  const groups = new Map<number | null, SourceGroup>();
  for (const figure of figures) {
    const key = figure.source?.id ?? null;
    const group = groups.get(key) ?? { source: figure.source, figures: [] };
    group.figures.push(figure);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.source === null) - Number(b.source === null) || b.figures.length - a.figures.length || (a.source?.name ?? '').localeCompare(b.source?.name ?? ''),
  );
}

export function groupByCategory(figures: FigureView[]): Array<{ category: Category; figures: FigureView[] }> {
  return CATEGORIES.map((category) => ({ category, figures: figures.filter((figure) => figure.category === category) })).filter(
    (group) => group.figures.length > 0,
  );
}

/**
 * Everything the overview shows for the filters, straight from the database. The composition ignores the
 * category and source filters: a population's parts are often other categories from other sources.
 */
export async function queryOverview(filters: FigureFilters = {}): Promise<Overview> {
  const figures = await queryFigures(filters);
  const populationScope = await queryFigures({ placeId: filters.placeId, reportId: filters.reportId });
  return {
    figures,
    headlines: buildHeadlines(figures),
    compositions: buildCompositions(populationScope),
    bySource: groupBySource(figures),
    byCategory: groupByCategory(figures),
  };
}

const cachedOverview = cachedRead('fetchOverview', (filters: FigureFilters) => queryOverview(filters));

/** Everything the overview shows for the filters (cached until data changes). */
export async function fetchOverview(filters: FigureFilters = {}): Promise<Overview> {
  const { category, sourceId, placeId, reportId } = filters;
  return cachedOverview({ category, sourceId, placeId, reportId });
}
