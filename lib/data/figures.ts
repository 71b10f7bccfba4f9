import 'server-only';
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

