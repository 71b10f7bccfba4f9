/**
 * Numbers that name a period of a bulletin count nothing: "reported in week 26 (22 to 28 June)", "epi-week 19",
 * "EW 40", "on day 12 of the siege". Only a label reads so: "last week 300 people fled" and "every day 40 arrive"
 * tell when a count happened, and the count stays a figure.
 */
import type { NumberMention } from './numbers';

// The period word right before the number, with an optional "No." ("Week No. 5").
const PERIOD_WORD_BEFORE = /(?:^|[^\p{L}-])((?:epi(?:demiological)?[\s-]?)?week|EW|wk|day)\s+(?:no\.?\s*)?$/iu;
// A word before "week" or "day" that makes it a time of the count, not its label.
const TIME_OF_COUNT_BEFORE =
  /\b(?:last|this|next|a|one|per|each|every|past|previous|same|that|the|first|second|third|fourth|fifth|final|single|any|\d+(?:st|nd|rd|th))\s+$/i;

/** True when the mention is the number of a week or a day named as a bulletin's period. */
export function isPeriodLabel(sentence: string, mention: NumberMention): boolean {
  if (mention.kind !== 'digits' || mention.isPercentage) return false;
  // Most numbers follow no period word: a look at the last letters spares the pattern below.
  const tail = sentence.slice(Math.max(0, mention.start - 8), mention.start).trimEnd().toLowerCase();
  if (!/(?:week|day|ew|wk|no\.?)$/.test(tail)) return false;
  const before = sentence.slice(Math.max(0, mention.start - 40), mention.start);
  const period = PERIOD_WORD_BEFORE.exec(before);
  if (!period) return false;
  const wordStart = period.index + period[0].indexOf(period[1]!);
  return !TIME_OF_COUNT_BEFORE.test(before.slice(0, wordStart));
}
