import type { Category, Qualifier } from '@/lib/figures/vocabulary';

/**
 * Where the extractor found a figure's source: in the figure's own sentence, in the headline ("...: UN agency"),
 * carried from another sentence of the same paragraph ('previous-sentence': "he said" or a quotation going on
 * from the sentence before, or "..., the agency said in a statement." a sentence or two on), or named at the top
 * of a report that names no other source and meant for every figure after it (or the speaker a briefing summary
 * names in its first line), or given after the figures
 * ('closing': a signature line closing the report).
 */
export const SOURCE_ORIGINS = ['sentence', 'headline', 'previous-sentence', 'report-top', 'closing'] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

/** How sure the reading is, from simple evidence: where the source came from, a known organisation, a hedge word. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

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
  /** Where the source was found; null when there is none. */
  sourceOrigin: SourceOrigin | null;
  confidence: Confidence;
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
