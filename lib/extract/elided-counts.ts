/**
 * Numbers whose counted noun is written elsewhere than right after them: "the number of displaced people has
 * increased from 170,000 to 220,000", the list "Balochistan (63 fatalities), Sindh (26), and Punjab (23)", and
 * "150 buildings ... and hundreds others" (the others are buildings, not people), and a bulletin's "4 probable" after
 * "cases". Reports of every kind write
 * counts this way, so these are read here once for both "is it a figure?" and "what does it count?".
 */
import { AUXILIARIES, EVENT_NOUNS, OUTCOME_WORDS, PEOPLE_NOUNS, UNIT_NOUNS } from './lexicon';
import type { NumberMention } from './numbers';
import { tokensBefore } from './words';

const countsPeopleOrEvents = (word: string) => PEOPLE_NOUNS.has(word) || EVENT_NOUNS.has(word) || OUTCOME_WORDS.has(word);

// "the number of" is read within the number's clause; a handful of words may sit between ("has gone down from a high of").
const NUMBER_OF_LOOKBACK = 24;
const NAMED_AFTER_OF = 4;
const RELATIVES = new Set(['that', 'who', 'which']);
// "The number of people injured has climbed past 1000 though the death toll remains at nine": a contrast opens
// another clause, whose number counts something else.
const CONTRASTS = new Set(['though', 'although', 'while', 'whereas', 'but']);
const NUMBER_OF_VERBS = new Set(['rose', 'risen', 'rises', 'increased', 'reached', 'dropped', 'fell', 'fallen', 'stands', 'stood', 'climbed', 'jumped', 'grew', 'doubled']);

/** The words after "number of" in the number's clause when they name people or events ("displaced persons"). */
export function numberOfPhraseBefore(sentence: string, start: number): string[] | null {
  // Most clauses have no "number of"; a plain search spares tokenising the look-back for every number.
  const window = sentence.slice(Math.max(0, start - NUMBER_OF_LOOKBACK * 16), start).toLowerCase();
  if (!window.includes('number of') && !window.includes('count of')) return null;
  const before = tokensBefore(sentence, start, NUMBER_OF_LOOKBACK).reverse();
  for (let index = 0; index + 2 < before.length; index++) {
    // "The count of troops killed has increased to 12" reads like "the number of".
    if ((before[index]!.word !== 'number' && before[index]!.word !== 'count') || before[index + 1]!.word !== 'of') continue;
    if (before.slice(index + 2).some((token) => CONTRASTS.has(token.word))) continue;
    const following = before.slice(index + 2, index + 2 + NAMED_AFTER_OF).filter((token) => token.kind === 'word').map((token) => token.word);
    // "the number of deaths has risen to": what is counted ends where the verb begins.
    const verb = following.findIndex((word) => AUXILIARIES.has(word) || NUMBER_OF_VERBS.has(word));
    const named = verb === -1 ? following : following.slice(0, verb);
    // "the number of people that have been displaced is 25,000": the participle after "that" and its auxiliaries
    // says what happened to them.
    if (named.length > 1 && RELATIVES.has(named[named.length - 1]!)) {
      const rest = before.slice(index + 2 + named.length).filter((token) => token.kind === 'word').map((token) => token.word);
      const participle = rest.find((word) => !AUXILIARIES.has(word));
      if (participle !== undefined && OUTCOME_WORDS.has(participle)) return [...named.slice(0, -1), participle];
    }
    if (named.some(countsPeopleOrEvents)) return named;
  }
  return null;
}

// "Sindh (26)": a bare number alone in brackets right after a name.
const BRACKETED_AFTER_NAME = /[A-Z][\w'’-]*\s*\(\s*$/;
const CLOSING_BRACKET = /^\s*\)/;
// The list's first item, which names what every item counts: "Balochistan (63 fatalities)".
const NAMED_LIST_ITEM = /[A-Z][\w'’-]*\s*\(\s*[\d,]+\s+([a-z-]+)\s*\)/g;

/**
 * The noun an elided list item counts: in "Balochistan (63 fatalities), Sindh (26)", "26" counts fatalities.
 * Null when the mention is not such an item or the list's first item counts things, not people or events.
 */
export function elidedListNoun(sentence: string, mention: NumberMention): string | null {
  if (mention.kind !== 'digits' || mention.isPercentage) return null;
  if (!BRACKETED_AFTER_NAME.test(sentence.slice(Math.max(0, mention.start - 40), mention.start))) return null;
  if (!CLOSING_BRACKET.test(sentence.slice(mention.end, mention.end + 4))) return null;
  NAMED_LIST_ITEM.lastIndex = 0;
  let noun: string | null = null;
  for (let match = NAMED_LIST_ITEM.exec(sentence); match && match.index < mention.start; match = NAMED_LIST_ITEM.exec(sentence)) {
    noun = match[1]!.toLowerCase();
  }
  return noun !== null && countsPeopleOrEvents(noun) ? noun : null;
}

// The noun after the nearest earlier count in the sentence ("150 buildings", "dozens of homes").
// The count's digits end on a digit: "26, with 71 others" names no noun after 26.
// "14 security forces": a second word naming people makes the first its modifier.
const EARLIER_COUNT = /(?:\d(?:[\d,.]*\d)?|\b(?:dozens|hundreds|thousands|scores))\s+(?:of\s+)?([A-Za-z-]+)(?:\s+([A-Za-z-]+))?/g;
const OTHERS_LOOKBACK = 200;

/** True for "others" / "more" after a count of things: "150 buildings ... and damaged hundreds others". */
export function othersAreThings(sentence: string, start: number): boolean {
  const windowStart = Math.max(0, start - OTHERS_LOOKBACK);
  const before = sentence.slice(windowStart, start);
  let noun: string | null = null;
  EARLIER_COUNT.lastIndex = 0;
  for (let match = EARLIER_COUNT.exec(before); match; match = EARLIER_COUNT.exec(before)) {
    // "over the past 24 hours, and 56,165 others": a measure is no antecedent.
    if (!UNIT_NOUNS.has(match[1]!.toLowerCase())) noun = match[2] !== undefined && PEOPLE_NOUNS.has(match[2].toLowerCase()) ? match[2] : match[1]!;
  }
  if (noun === null) return false;
  // A capitalised plural after a count is a people ("165 Gazans"); anything else that is no person is a thing.
  return !/^[A-Z]/.test(noun) && !countsPeopleOrEvents(noun.toLowerCase()) && noun.toLowerCase() !== 'others';
}

// "317 cases have been classified as confirmed and eight as probable", "36 cases ...; 4 probable and 19 contacts": a
// bulletin names the class of a case and leaves "cases" to the count before it.
const CASE_CLASS_AFTER = /^\s+(?:as\s+)?(?:probable|suspected|confirmed)\b(?!\s+(?!and\b|or\b|including\b|with\b)[a-z])/i;
// "36 case-patients (18 confirmed, 18 suspected)": a bulletin may name its cases in the singular or a compound.
const CASES_BEFORE = /\bcases?\b/i;
const CASES_LOOKBACK = 200;

/** True for a count of cases written with only its class ("4 probable"), in a sentence that has named cases. */
export function elidedCaseCount(sentence: string, mention: NumberMention): boolean {
  if (mention.kind !== 'digits' && mention.kind !== 'words') return false;
  if (mention.isPercentage || !CASE_CLASS_AFTER.test(sentence.slice(mention.end, mention.end + 24))) return false;
  return CASES_BEFORE.test(sentence.slice(Math.max(0, mention.start - CASES_LOOKBACK), mention.start));
}

// "with 12 and one cases reported", "between 40 and 50 deaths" aside: the first of two counts joined by "and" shares
// the noun written after the second.
const SHARED_NOUN_AFTER =
  /^\s+and\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z-]+)\b/i;

/** The noun a count shares with the count joined to it by "and" ("12 and one cases"), if it counts people or events. */
export function sharedNounAfter(sentence: string, mention: NumberMention): string | null {
  if (mention.isPercentage || (mention.kind !== 'digits' && mention.kind !== 'words') || !sentence.startsWith(' and ', mention.end)) return null;
  const shared = SHARED_NOUN_AFTER.exec(sentence.slice(mention.end, mention.end + 40));
  const noun = shared?.[1]!.toLowerCase();
  return noun !== undefined && (PEOPLE_NOUNS.has(noun) || EVENT_NOUNS.has(noun)) ? noun : null;
}
