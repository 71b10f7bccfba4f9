/**
 * How a hedge turns a stated number into the range it allows. One convention for the seed, the extractor,
 * the admin form's defaults and the charts, so the same words always mean the same range.
 *
 * - exact: the number itself (low = value = high).
 * - about / estimated: ±10 % around the number, rounded; the stated number stays the best value.
 * - up_to: at most the number (no lower bound is stated, so low is empty).
 * - at_least / more_than: at least the number (no upper bound is stated, so high is empty).
 * - fewer_than: at most the number.
 * - range: the two stated ends, no invented midpoint (value empty).
 * - vague: the coded range of the vague word (table below), never a single value.
 */
import type { Qualifier } from './vocabulary';

export const APPROXIMATION_MARGIN = 0.1;

export interface FigureBounds {
  value: number | null;
  low: number | null;
  high: number | null;
}

/** The coded range of each vague quantity word, as the lowest and highest number the word can honestly mean. */
export const VAGUE_RANGES: Record<string, { low: number; high: number }> = {
  several: { low: 3, high: 9 },
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2_000, high: 9_999 },
  'tens of thousands': { low: 20_000, high: 99_999 },
  'hundreds of thousands': { low: 200_000, high: 999_999 },
  millions: { low: 2_000_000, high: 9_999_999 },
};

/** The range a stated number allows under a hedge (see the module comment for the convention). */
export function boundsForQualifier(qualifier: Exclude<Qualifier, 'range' | 'vague'>, stated: number): FigureBounds {
  switch (qualifier) {
    case 'exact':
      return { value: stated, low: stated, high: stated };
    case 'about':
    case 'estimated':
      return {
        value: stated,
        low: Math.round(stated * (1 - APPROXIMATION_MARGIN)),
        high: Math.round(stated * (1 + APPROXIMATION_MARGIN)),
      };
    case 'up_to':
    case 'fewer_than':
      return { value: stated, low: null, high: stated };
    case 'at_least':
    case 'more_than':
      return { value: stated, low: stated, high: null };
  }
}

/** The coded range of a vague word ("Hundreds" → 200–999), or null when the word is not a known vague quantity. */
export function boundsForVagueWord(word: string): FigureBounds | null {
  const coded = VAGUE_RANGES[word.trim().toLowerCase().replace(/\s+/g, ' ')];
  return coded ? { value: null, low: coded.low, high: coded.high } : null;
}
