/**
 * Number forms that are never counts, whatever words follow: clock times, parts of names ("M23", "COVID-19"),
 * compounds ("12-year-old"), money, ratios ("one in eight"), readings on a scale ("magnitude 6.1"), addresses, ages,
 * dates and years. `skip-rules.ts` asks this first, before it reads what a number counts.
 */
import { EVENT_NOUNS, MONTHS, PEOPLE_NOUNS, WORDS_BEFORE_NON_COUNT } from './lexicon';
import type { NumberMention } from './numbers';
import { tokensAfter, tokensBefore } from './words';

const CURRENCY_BEFORE = /(?:[$€£¥]|US\$|USD\s?)\s*$/;
const ADDRESS_AFTER = /^\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Lane)\b/;
// Ages written with "under": "children under five", "under the age of 18".
const AGE_BEFORE = /\b(?:children|child|kids|babies|boys|girls|age|aged)\s+(?:under|below|over|of|between)\s+(?:the\s+age\s+of\s+)?$/i;
// "one in eight children": a proportion, not a count.
const RATIO_AFTER = /^\s+in\s+(?:every\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b/i;
const RATIO_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:every\s+)?$/i;
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;
// "a maximum of 7 on the Japanese intensity scale", "measured 6.1", "category 5", "IPC phase 4": a value on a scale.
const SCALE_AFTER = /^\s+(?:on\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}(?:scale|index)|out\s+of\s+(?:\d+|ten|five))\b/i;
const SCALE_BEFORE =
  /\b(?:registered|registering|measured|measuring|intensity|magnitude|level|scale|category|phase|grade)\s+(?:of\s+)?(?:a\s+maximum\s+(?:of\s+)?|up\s+to\s+|about\s+|around\s+)?$/i;
// "on 21 and 22 July", "from 3 to 5 May": the first day of a span of dates.
const DATE_SPAN_AFTER = /^\s*(?:and|to|-|–)\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const REGISTERING_BEFORE = /\bregister(?:ed|ing)\s+$/i;

/** A people or event noun among the few words after the number ("50 new cholera cases"). */
function namesPeopleOrEventsSoon(sentence: string, end: number): boolean {
  return tokensAfter(sentence, end, 4).some((token) => token.kind === 'word' && (PEOPLE_NOUNS.has(token.word) || EVENT_NOUNS.has(token.word)));
}

const GLUED_PEOPLE_AFTER = /^(?:people|persons|families|households|individuals|deaths|children|refugees|casualties)\b/;

/** True when the number is part of a date, a year, an age, a time, an address, money or a compound ("12-year-old"). */
export function isNonCountForm(sentence: string, mention: NumberMention, text: string): boolean {
  if (mention.kind === 'time') return true;
  const charBefore = sentence[mention.start - 1] ?? ' ';
  const twoBefore = sentence.slice(Math.max(0, mention.start - 2), mention.start);
  const charAfter = sentence[mention.end] ?? ' ';
  // "M23", "F-16", "COVID-19": the digits belong to a name.
  if (/[A-Za-z]/.test(charBefore) || /[A-Za-z]-$/.test(twoBefore)) return true;
  // "12-year-old", "three-day", "11am", "5th".
  // "84,943persons": a count typed against its noun is still a count of it.
  if (/[A-Za-z]/.test(charAfter) && !(mention.kind === 'digits' && GLUED_PEOPLE_AFTER.test(sentence.slice(mention.end, mention.end + 14)))) return true;
  if (charAfter === '-' && /[A-Za-z]/.test(sentence[mention.end + 1] ?? '')) return true;
  if (charBefore === '#' || CURRENCY_BEFORE.test(sentence.slice(Math.max(0, mention.start - 5), mention.start))) return true;
  if (RATIO_AFTER.test(sentence.slice(mention.end, mention.end + 20))) return true;
  if (SCALE_AFTER.test(sentence.slice(mention.end, mention.end + 50))) return true;
  // "registering 6.1" is a reading on a scale; "registering 50 new cases" counts the cases.
  const scaleBefore = sentence.slice(Math.max(0, mention.start - 30), mention.start);
  if (SCALE_BEFORE.test(scaleBefore) && !(REGISTERING_BEFORE.test(scaleBefore) && namesPeopleOrEventsSoon(sentence, mention.end))) return true;
  if (RATIO_BEFORE.test(sentence.slice(Math.max(0, mention.start - 20), mention.start))) return true;
  if (ADDRESS_AFTER.test(sentence.slice(mention.end, mention.end + 12))) return true;
  if (AGE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 30), mention.start))) return true;
  const previous = tokensBefore(sentence, mention.start, 1)[0];
  const next = tokensAfter(sentence, mention.end, 1)[0];
  if (previous && (WORDS_BEFORE_NON_COUNT.has(previous.word) || MONTHS.has(previous.word))) return true;
  if (next && MONTHS.has(next.word) && next.raw[0] === next.raw[0]!.toUpperCase()) return true;
  if (mention.kind === 'digits' && DATE_SPAN_AFTER.test(sentence.slice(mention.end, mention.end + 20))) return true;
  // A bare four-digit number in the range of years is a year unless people follow ("in 2014", "since 2015").
  if (mention.kind === 'digits' && YEAR_LIKE.test(text) && !(next && PEOPLE_NOUNS.has(next.word))) return true;
  return false;
}
