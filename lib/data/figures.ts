import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Category, Grade, Qualifier, SourceKind } from '@/lib/figures/vocabulary';

/** A figure as pages and the API show it: plain, serialisable, with its source, place and report. */
export interface FigureView {
  id: number;
  category: Category;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  rawText: string;
  quote: string;
  start: number;
  end: number;
  counted: string;
  /** The day the figure refers to, YYYY-MM-DD. */
  date: string | null;
  grade: Grade | null;
  version: number;
  partOfId: number | null;
  source: { id: number; name: string; shortName: string | null; kind: SourceKind; description: string | null } | null;
  place: { id: number; name: string; adminCode: string | null; latitude: number | null; longitude: number | null } | null;
  report: { id: number; title: string; outlet: string; publishedAt: string; url: string | null };
}

export const figureViewInclude = {
  source: { select: { id: true, name: true, shortName: true, kind: true, description: true } },
  place: { select: { id: true, name: true, adminCode: true, latitude: true, longitude: true } },
  report: { select: { id: true, title: true, outlet: true, publishedAt: true, url: true } },
} satisfies Prisma.FigureInclude;

type FigureRow = Prisma.FigureGetPayload<{ include: typeof figureViewInclude }>;

export function toDateString(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function toFigureView(row: FigureRow): FigureView {
  return {
    id: row.id,
    category: row.category as Category,
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier as Qualifier,
    rawText: row.rawText,
    quote: row.quote,
    start: row.start,
    end: row.end,
    counted: row.counted,
    date: toDateString(row.date),
    grade: row.grade as Grade | null,
    version: row.version,
    partOfId: row.partOfId,
    source: row.source ? { ...row.source, kind: row.source.kind as SourceKind } : null,
    place: row.place,
    report: { ...row.report, publishedAt: toDateString(row.report.publishedAt) ?? '' },
  };
}
