/**
 * Both ends of a change told of a count named around it: "More bodies were found. The number rose from 205 to 245",
 * "the toll increased from 12 to 19". Each end is a figure of that count: the toll's kind, or the kind of an earlier
 * figure with the value of either end ("the death toll rose to 245 ... The number rose from 205 to 245"), or of the
 * people the sentences before name, or of the figure just before.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { categoryOf } from './categories';
import { countedNoun } from './list-items';
import type { NumberMention } from './numbers';
import type { ExtractedFigure } from './types';

export interface ChangeEnd {
  category: Category;
  counted: string;
  wholeIndex: null;
  place: null;
}

// "The death toll after a violent rally staged by students in Wamena, Monday, rose from 17 to 23": a clause may stand
// between the count and its verb.
const CHANGE = `\\b(?:the|this|that|its|their)\\s+(?:(?:death|casualty)\\s+)?(number|toll|figure|count|tally|total)\\b(?:[^.;]{0,140}?)\\s(?:has\\s+|had\\s+)?(?:also\\s+)?(?:rose|risen|rises|increased|increases|climbed|climbs|jumped|grew|grown|went\\s+up|gone\\s+up|fell|fallen|dropped|decreased)\\s+from\\s+`;
const FIRST_END = new RegExp(`${CHANGE}$`, 'i');
const SECOND_END = new RegExp(`${CHANGE}([\\d,]+)\\s+to\\s+$`, 'i');
const SECOND_AFTER = /^\s+to\s+([\d,]+)/;
const WINDOW = 600;
const WORD = /[a-z][a-z-]*/g;

const valueOf = (digits: string) => Number.parseInt(digits.replace(/,/g, ''), 10);

/**
 * The change end the mention is, or null. `lookback` is the text of the body before the sentence (a few hundred
 * characters); `figures` the report's figures so far.
 */
export function changeEndAt(
  sentence: string, mention: NumberMention, hedgeStart: number, figures: ExtractedFigure[], sentenceStart: number, lookback: string,
): ChangeEnd | null {
  if (mention.isPercentage || mention.kind !== 'digits' || mention.value === null) return null;
  const before = sentence.slice(Math.max(0, hedgeStart - 240), hedgeStart);
  // Most numbers follow neither "from" nor "to": a look at the last word spares the patterns below.
  if (!/\b(?:from|to)\s+$/i.test(before)) return null;
  const first = FIRST_END.exec(before);
  const second = first ? null : SECOND_END.exec(before);
  if (!first && !second) return null;
  const other = first ? SECOND_AFTER.exec(sentence.slice(mention.end, mention.end + 20))?.[1] : second![2];
  if (other === undefined) return null;
  const values = [mention.value, valueOf(other)];
  const noun = (first ?? second)![1]!.toLowerCase();
  if (noun === 'toll') return { category: 'killed', counted: 'deaths', wholeIndex: null, place: null };
  const start = sentenceStart + hedgeStart;
  const near: ExtractedFigure[] = [];
  for (let index = figures.length - 1; index >= 0 && start - figures[index]!.end <= WINDOW; index--) {
    if (!figures[index]!.isPercentage) near.push(figures[index]!);
  }
  const same = near.find((figure) => figure.value !== null && values.includes(figure.value));
  if (same) return { category: same.category, counted: countedNoun(same.counted), wholeIndex: null, place: null };
  const named = categoryOf([...(lookback + sentence.slice(0, hedgeStart)).toLowerCase().matchAll(WORD)].map((match) => match[0]).slice(-40));
  if (named !== null) return { category: named, counted: noun, wholeIndex: null, place: null };
  const last = near[0];
  return last ? { category: last.category, counted: countedNoun(last.counted), wholeIndex: null, place: null } : null;
}
