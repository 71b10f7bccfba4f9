/**
 * The rows the synthetic data writes, one interface per table, with the columns the app reads (ids are explicit, so
 * parts can point at their wholes before anything is written). Days are YYYY-MM-DD; the writer stores them in the
 * format Prisma writes.
 */
import type { Category, Grade, Qualifier, SourceKind } from '@/lib/figures/vocabulary';

export interface PlaceRow {
  id: number;
  name: string;
  parentId: number | null;
  adminCode: string;
  latitude: number;
  longitude: number;
  /** 0 country, 1 governorate, 2 district. */
  level: 0 | 1 | 2;
  /** Index of its country in the country list. */
  countryIndex: number;
}

export interface SourceRow {
  id: number;
  name: string;
  shortName: string | null;
  kind: SourceKind;
  description: string;
  /** One per line, as the Source table keeps them. */
  aliases: string;
  /** How prose first names it ("the Halab Casualty Monitor", "Radio Halab"). */
  mention: string;
  /** How prose names it again ("the monitor", "HCM"). */
  laterMention: string;
  /** The country it reports on, or null for one that reports everywhere. */
  countryIndex: number | null;
}

export interface ReportRow {
  id: number;
  title: string;
  outlet: string;
  publishedDay: string;
  url: string | null;
  body: string;
  bodyHash: string;
}

export interface FigureRow {
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
  day: string;
  grade: Grade | null;
  reportId: number;
  sourceId: number | null;
  placeId: number;
  partOfId: number | null;
}

export interface SyntheticOptions {
  reports: number;
  perReport: number;
  seed: number;
}

export interface SyntheticCounts {
  reports: number;
  figures: number;
  parts: number;
  sources: number;
  places: number;
  events: number;
}
