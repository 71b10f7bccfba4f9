import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { figureFormValues } from '@/lib/forms/figure-form-values';
import type { RevisionView } from './revision-history';
import { queryReportFigureChoices, type SearchChoice } from './admin-search';
import { labelFieldOf } from './admin-search-fields';

/**
 * Reads for the admin figure pages, straight from the database (never cached: editors see every change at once).
 * The form never lists every report, source or place: it names the ones the figure points at and searches for
 * others (app/api/admin/search/*); only the figures of the figure's own report are offered as its whole.
 */

/** A figure as its edit form needs it: every field as the string an input holds. */
export interface FigureFormData {
  id: number;
  version: number;
  fields: Record<string, string>;
}

/** A figure with its fields as its edit form shows them, or null when there is no such figure. */
export async function queryFigureForEdit(id: number): Promise<FigureFormData | null> {
  const figure = await prisma.figure.findUnique({
    where: { id },
    include: { report: { select: { title: true } }, source: { select: { name: true } }, place: { select: { name: true } } },
  });
  if (!figure) return null;
  return {
    id: figure.id,
    version: figure.version,
    fields: {
      ...figureFormValues(figure),
      [labelFieldOf('reportId')]: figure.report.title,
      [labelFieldOf('sourceId')]: figure.source?.name ?? '',
      [labelFieldOf('placeId')]: figure.place?.name ?? '',
    },
  };
}

export interface FigureFormOptions {
  /** The figures of the form's report that the figure can be part of (the figure itself left out). */
  wholes: SearchChoice[];
  /** The report those wholes belong to, or null when no report is chosen yet. */
  wholesReportId: number | null;
}

/** The choices the figure form starts with: the figures of its report, as wholes. */
export async function queryFigureFormOptions(reportId: number | null, figureId?: number): Promise<FigureFormOptions> {
  if (reportId === null) return { wholes: [], wholesReportId: null };
  const wholes = await queryReportFigureChoices(reportId);
  return { wholes: wholes.filter((whole) => whole.id !== figureId), wholesReportId: reportId };
}

/** A new figure's report when the URL names an existing one, or the only report there is. */
export async function queryNewFigureReport(reportId: number | undefined): Promise<{ id: number; title: string } | null> {
  if (reportId !== undefined) return prisma.report.findUnique({ where: { id: reportId }, select: { id: true, title: true } });
  const reports = await prisma.report.findMany({ select: { id: true, title: true }, take: 2 });
  return reports.length === 1 ? reports[0]! : null;
}

/** The ids one field holds across a history's snapshots. */
function idsIn(history: RevisionView[], field: string): number[] {
  const ids = new Set<number>();
  for (const entry of history) {
    for (const snapshot of [entry.before, entry.after]) {
      const value = snapshot?.[field];
      if (typeof value === 'number') ids.add(value);
    }
  }
  return [...ids];
}

const byId = <Row extends { id: number }>(rows: Row[], name: (row: Row) => string) =>
  Object.fromEntries(rows.map((row) => [String(row.id), name(row)]));

/**
 * Names of the records a figure's history points at (report, source, place, whole), for showing "UNICEF" rather
 * than "3": only the ids that occur in the history are read.
 */
export async function queryFigureHistoryNames(history: RevisionView[]): Promise<Record<string, Record<string, string>>> {
  const [reports, sources, places, wholes] = await Promise.all([
    prisma.report.findMany({ where: { id: { in: idsIn(history, 'reportId') } }, select: { id: true, title: true } }),
    prisma.source.findMany({ where: { id: { in: idsIn(history, 'sourceId') } }, select: { id: true, name: true } }),
    prisma.place.findMany({ where: { id: { in: idsIn(history, 'placeId') } }, select: { id: true, name: true } }),
    prisma.figure.findMany({ where: { id: { in: idsIn(history, 'partOfId') } }, select: { id: true, rawText: true } }),
  ]);
  return {
    reportId: byId(reports, (report) => report.title),
    sourceId: byId(sources, (source) => source.name),
    placeId: byId(places, (place) => place.name),
    partOfId: byId(wholes, (whole) => `#${whole.id} “${whole.rawText}”`),
  };
}
