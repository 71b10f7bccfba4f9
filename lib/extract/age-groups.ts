/**
 * Counts told by age after a total: "The toll has reached 168: six children aged under five, 19 aged between five and
 * 14, ... and 128 aged above 18". A number followed by "aged ..." counts people of that age, and is a part of the
 * total before it in its sentence. Under 18 they are children; otherwise they count what the total counts.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { parseNumberWords } from './number-words';
import type { NumberMention } from './numbers';
import type { ExtractedFigure } from './types';

export interface AgeGroup {
  category: Category;
  counted: string;
  wholeIndex: number;
  place: null;
}

const AGE = '(\\d{1,3}|[a-z]+)';
const AGED_AFTER = new RegExp(
  `^\\s+(?:(?:people|persons|victims|children|boys|girls|men|women|adults)\\s+)?aged\\s+(?:(under|below|over|above|between|from)\\s+${AGE}(?:\\s+(?:and|to)\\s+${AGE})?|${AGE}\\s+(?:to|-)\\s+${AGE})\\b`,
  'i',
);
const ADULT_AGE = 18;

function ageValue(word: string | undefined): number | null {
  if (word === undefined) return null;
  return /^\d+$/.test(word) ? Number.parseInt(word, 10) : parseNumberWords(word);
}

/** The highest age an "aged ..." phrase allows, or Infinity when it has no upper bound ("above 18"). */
function upperAge(match: RegExpExecArray): number | null {
  const [, word, first, second, low, high] = match;
  if (word === undefined) return ageValue(high) ?? (ageValue(low) === null ? null : Number.POSITIVE_INFINITY);
  const relation = word.toLowerCase();
  if (relation === 'over' || relation === 'above') return Number.POSITIVE_INFINITY;
  if (relation === 'under' || relation === 'below') return ageValue(first);
  return ageValue(second);
}

/** The age group a mention counts, or null. `figures` are the report's figures so far; the total is in the sentence. */
export function ageGroupAt(sentence: string, mention: NumberMention, figures: ExtractedFigure[], sentenceStart: number): AgeGroup | null {
  if (mention.isPercentage || (mention.kind !== 'digits' && mention.kind !== 'words')) return null;
  const aged = AGED_AFTER.exec(sentence.slice(mention.end, mention.end + 60));
  if (!aged) return null;
  const upper = upperAge(aged);
  if (upper === null) return null;
  // The total: the largest earlier count of the sentence that is no part of another.
  let wholeIndex = -1;
  for (let index = figures.length - 1; index >= 0 && figures[index]!.sentenceStart === sentenceStart; index--) {
    const figure = figures[index]!;
    if (figure.partOfIndex !== null || figure.isPercentage || figure.value === null) continue;
    if (wholeIndex === -1 || figure.value > figures[wholeIndex]!.value!) wholeIndex = index;
  }
  const whole = figures[wholeIndex];
  if (whole === undefined || (mention.value !== null && mention.value > whole.value!)) return null;
  const category: Category = upper < ADULT_AGE || (upper === ADULT_AGE && !/over|above/i.test(aged[1] ?? '')) ? 'children' : whole.category;
  return { category, counted: `${category === 'children' ? 'children' : 'people'} ${aged[0].trim()}`, wholeIndex, place: null };
}
