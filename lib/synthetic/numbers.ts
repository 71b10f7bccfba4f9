/**
 * A number as a report states it: the phrase ("up to 2,500", "Hundreds") and the value and range the app's hedge
 * convention (lib/figures/hedges.ts) gives that phrase, so every synthetic figure obeys the figure rules.
 */
import { boundsForQualifier, VAGUE_RANGES } from '@/lib/figures/hedge-ranges';
import type { Qualifier } from '@/lib/figures/vocabulary';
import type { Random } from './random';

export interface StatedNumber {
  qualifier: Qualifier;
  /** The phrase, lower case; the sentence capitalises it when it opens the sentence. */
  phrase: string;
  /** A vague word takes "of" before its noun ("hundreds of people"); "several" and numbers do not. */
  takesOf: boolean;
  value: number | null;
  low: number | null;
  high: number | null;
}

export const QUALIFIER_WEIGHTS: Record<Qualifier, number> = {
  exact: 26,
  about: 11,
  estimated: 8,
  up_to: 8,
  at_least: 15,
  more_than: 10,
  fewer_than: 4,
  range: 8,
  vague: 10,
};

const HEDGE_WORDS: Partial<Record<Qualifier, readonly string[]>> = {
  about: ['about', 'around', 'some', 'nearly', 'almost', 'roughly'],
  estimated: ['an estimated'],
  up_to: ['up to', 'as many as'],
  at_least: ['at least'],
  more_than: ['more than', 'over'],
  fewer_than: ['fewer than'],
};

/** The vague words from the largest down, so the first whose low end is reached fits a magnitude. */
const VAGUE_WORDS_DESCENDING = Object.entries(VAGUE_RANGES)
  .sort(([, a], [, b]) => b.low - a.low)
  .map(([word]) => word);

/** "2,500"; round millions as "1.2 million", as reports write them. */
export function writeCount(count: number): string {
  if (count >= 1_000_000 && count % 100_000 === 0) return `${count / 1_000_000} million`;
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A count rounded to the given significant digits, as hedged figures are ("about 1,200", not "about 1,237"). */
export function roundToSignificant(count: number, digits: number): number {
  if (count < 10) return Math.round(count);
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(count)) - digits + 1);
  return Math.round(count / scale) * scale;
}

function vagueWordFor(magnitude: number, cap: number): string | null {
  const fits = VAGUE_WORDS_DESCENDING.filter((word) => VAGUE_RANGES[word]!.high <= cap);
  return fits.find((word) => VAGUE_RANGES[word]!.low <= magnitude) ?? fits[fits.length - 1] ?? null;
}

/**
 * States a magnitude under a hedge. `cap` bounds the figure's size for the part/whole rule (its value, or its high
 * end when it has none); a hedge that cannot stay under the cap falls back to an exact number.
 */
export function stateNumber(random: Random, qualifier: Qualifier, magnitude: number, cap = Infinity): StatedNumber {
  const stated = Math.max(2, Math.min(Math.round(magnitude), cap));
  if (qualifier === 'vague') {
    const fitting = vagueWordFor(stated, cap);
    if (fitting === null) return stateNumber(random, 'exact', stated, cap);
    // Both mean 24–99 at most; reports say "dozens" far more often.
    const word = fitting === 'scores' && random.chance(0.6) ? 'dozens' : fitting;
    const range = VAGUE_RANGES[word]!;
    return { qualifier, phrase: word, takesOf: word !== 'several', value: null, low: range.low, high: range.high };
  }
  if (qualifier === 'range') {
    const low = Math.max(2, roundToSignificant(stated * 0.75, 2));
    const high = Math.min(cap, roundToSignificant(stated * 1.25, 2));
    if (high <= low) return stateNumber(random, 'exact', stated, cap);
    const phrase = random.chance(0.6) ? `between ${writeCount(low)} and ${writeCount(high)}` : `${writeCount(low)} to ${writeCount(high)}`;
    return { qualifier, phrase, takesOf: false, value: null, low, high };
  }
  const value = qualifier === 'exact' ? (stated < 1_000 ? stated : roundToSignificant(stated, 3)) : roundToSignificant(stated, 2);
  if (value > cap || value < 2) return { qualifier: 'exact', phrase: writeCount(stated), takesOf: false, ...boundsForQualifier('exact', stated) };
  const hedge = HEDGE_WORDS[qualifier];
  const phrase = hedge ? `${random.pick(hedge)} ${writeCount(value)}` : writeCount(value);
  return { qualifier, phrase, takesOf: false, ...boundsForQualifier(qualifier, value) };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
