import type { Category, Qualifier } from '@/lib/figures/vocabulary';

/** One figure the extractor proposes: a number phrase of the report body with its reading and context. */
export interface ExtractedFigure {
  /** The number phrase with its hedge, without the counted noun ("up to 2,500", "Hundreds"). */
  rawText: string;
  /** Offsets in the body: body.slice(start, end) === rawText. */
  start: number;
  end: number;
  /** Best single value; null for ranges and vague quantities. */
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  isPercentage: boolean;
  category: Category;
  /** Short description of what is counted, from the words around the number. */
  counted: string;
  /** Organisation or person the text attributes the figure to, as first named in the text. */
  source: string | null;
  place: string | null;
  /** Index (in the returned array) of the figure this one is a subset of ("including", "of whom"). */
  partOfIndex: number | null;
  sentence: string;
  sentenceStart: number;
}

/** A sentence of the body and where it starts. */
export interface Sentence {
  text: string;
  start: number;
}
