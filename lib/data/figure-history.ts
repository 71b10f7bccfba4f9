import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { formatDay, formatNumber } from '@/lib/format/figure';
import { isCategory, QUALIFIER_LABELS, type Qualifier, CATEGORY_LABELS } from '@/lib/figures/vocabulary';
import { FIGURE_FIELD_LABELS, type FigureField } from '@/lib/validation/figure';
import { queryFigureHistory, type RevisionView } from './revisions';
import { toDateString } from '@/lib/format/dates';
import { storedValueText } from '@/lib/format/stored-value';

/** One change of a figure as the public sees it: the field's name and its values as text, never raw ids. */
export interface PublicChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface PublicRevision {
  id: number;
  action: RevisionView['action'];
  /** YYYY-MM-DD */
  day: string;
  who: string | null;
  changes: PublicChange[];
}

/** Bookkeeping a reader has no use for: where the number sits in the text follows from the sentence. */
const HIDDEN_FIELDS = new Set<string>(['start', 'end']);
const REFERENCE_FIELDS = ['sourceId', 'placeId', 'reportId', 'partOfId'] as const;

type Names = Record<(typeof REFERENCE_FIELDS)[number], Map<number, string>>;

function idsOf(history: RevisionView[], field: (typeof REFERENCE_FIELDS)[number]): number[] {
  const ids = history.flatMap((revision) => revision.changes.filter((change) => change.field === field).flatMap((change) => [change.before, change.after]));
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
}

/** The names of every source, place, report and figure the history mentions, one query per kind. */
async function lookUpNames(history: RevisionView[]): Promise<Names> {
  const [sources, places, reports, figures] = await Promise.all([
    prisma.source.findMany({ where: { id: { in: idsOf(history, 'sourceId') } }, select: { id: true, name: true } }),
    prisma.place.findMany({ where: { id: { in: idsOf(history, 'placeId') } }, select: { id: true, name: true } }),
    prisma.report.findMany({ where: { id: { in: idsOf(history, 'reportId') } }, select: { id: true, title: true } }),
    prisma.figure.findMany({ where: { id: { in: idsOf(history, 'partOfId') } }, select: { id: true, rawText: true, counted: true } }),
  ]);
  return {
    sourceId: new Map(sources.map((row) => [row.id, row.name])),
    placeId: new Map(places.map((row) => [row.id, row.name])),
    reportId: new Map(reports.map((row) => [row.id, row.title])),
    partOfId: new Map(figures.map((row) => [row.id, `“${row.rawText}” ${row.counted}`])),
  };
}

function describeValue(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if ((REFERENCE_FIELDS as readonly string[]).includes(field) && typeof value === 'number') {
    return names[field as (typeof REFERENCE_FIELDS)[number]].get(value) ?? 'a record since removed';
  }
  if (typeof value === 'number') return formatNumber(value);
  if (field === 'date' && typeof value === 'string') return formatDay(toDateString(value));
  if (field === 'qualifier' && typeof value === 'string' && value in QUALIFIER_LABELS) return QUALIFIER_LABELS[value as Qualifier];
  if (field === 'category' && typeof value === 'string' && isCategory(value)) return CATEGORY_LABELS[value];
  return storedValueText(value);
}

/** A figure's history for public pages: who changed what and when, with names and formatted values. */
export async function queryPublicFigureHistory(figureId: number): Promise<PublicRevision[]> {
  const history = await queryFigureHistory(figureId);
  const names = await lookUpNames(history);
  return history.map((revision) => ({
    id: revision.id,
    action: revision.action,
    day: toDateString(revision.at),
    who: revision.who,
    changes:
      revision.action === 'create'
        ? []
        : revision.changes
            .filter((change) => change.field in FIGURE_FIELD_LABELS && !HIDDEN_FIELDS.has(change.field))
            .map((change) => ({
              field: change.field,
              label: FIGURE_FIELD_LABELS[change.field as FigureField],
              before: describeValue(change.field, change.before, names),
              after: describeValue(change.field, change.after, names),
            })),
  }));
}

/** A figure's public history (cached like every other public read; each write expires it). */
export const getPublicFigureHistory = cachedRead('figure-history', queryPublicFigureHistory);
