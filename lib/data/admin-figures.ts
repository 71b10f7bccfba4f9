import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Category, Qualifier } from '@/lib/figures/vocabulary';
import { figureFormValues } from '@/lib/actions/figure-form-values';

/** Reads for the admin figure pages, straight from the database (never cached: editors see every change at once). */
export interface AdminFigureFilters {
  query?: string;
  category?: string;
  sourceId?: number;
  reportId?: number;
}

export interface AdminFigureRow {
  id: number;
  rawText: string;
  category: Category;
  qualifier: Qualifier;
  value: number | null;
  low: number | null;
  high: number | null;
  counted: string;
  sourceName: string | null;
  reportTitle: string;
  version: number;
  updatedAt: string;
}

/** Figures matching a text search (number as written, sentence, what is counted) and filters, newest report first. */
export async function fetchAdminFigures(filters: AdminFigureFilters): Promise<AdminFigureRow[]> {
  const query = filters.query?.trim();
  const where: Prisma.FigureWhereInput = {
    category: filters.category || undefined,
    sourceId: filters.sourceId,
    reportId: filters.reportId,
    ...(query
      ? { OR: [{ rawText: { contains: query } }, { quote: { contains: query } }, { counted: { contains: query } }] }
      : {}),
  };
  const rows = await prisma.figure.findMany({
    where,
    include: { source: { select: { name: true } }, report: { select: { title: true } } },
    orderBy: [{ report: { publishedAt: 'desc' } }, { reportId: 'asc' }, { start: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    rawText: row.rawText,
    category: row.category as Category,
    qualifier: row.qualifier as Qualifier,
    value: row.value,
    low: row.low,
    high: row.high,
    counted: row.counted,
    sourceName: row.source?.name ?? null,
    reportTitle: row.report.title,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** A figure as its edit form needs it: every field as the string an input holds. */
export interface FigureFormData {
  id: number;
  version: number;
  fields: Record<string, string>;
}

/** A figure with its fields as its edit form shows them, or null when there is no such figure. */
export async function fetchFigureForEdit(id: number): Promise<FigureFormData | null> {
  const figure = await prisma.figure.findUnique({ where: { id } });
  if (!figure) return null;
  return {
    id: figure.id,
    version: figure.version,
    fields: figureFormValues(figure),
  };
}

export interface FigureFormOptions {
  reports: Array<{ id: number; title: string }>;
  sources: Array<{ id: number; name: string }>;
  places: Array<{ id: number; name: string }>;
  figures: Array<{ id: number; rawText: string; counted: string; reportId: number }>;
}

/** The choices of the figure form's select fields. */
export async function fetchFigureFormOptions(): Promise<FigureFormOptions> {
  const [reports, sources, places, figures] = await Promise.all([
    prisma.report.findMany({ select: { id: true, title: true }, orderBy: { publishedAt: 'desc' } }),
    prisma.source.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.place.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.figure.findMany({ select: { id: true, rawText: true, counted: true, reportId: true }, orderBy: [{ reportId: 'asc' }, { start: 'asc' }] }),
  ]);
  return { reports, sources, places, figures };
}
