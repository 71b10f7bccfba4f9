/**
 * Reads the hedge written before a number ("about", "an estimated", "up to", "at least", "more than"...) and turns
 * the number into value, low and high with the project's one range convention (lib/figures/hedges.ts).
 */
import { boundsForQualifier, type FigureBounds } from '@/lib/figures/hedge-ranges';
import type { Qualifier } from '@/lib/figures/vocabulary';
import type { NumberMention } from './numbers';

const HEDGES: ReadonlyArray<[Qualifier, string[]]> = [
  // "The toll was estimated at 14": the estimate is the hedge, "at" only links it to the number.
  ['estimated', ['an estimated', 'estimated at', 'estimated', 'est.']],
  // A toll that "nears 4,000" is about 4,000, as headlines write it; "estimated the toll at near 100" too.
  ['about', ['about', 'around', 'some', 'nearly', 'near', 'almost', 'approximately', 'roughly', 'close to', 'approx.', 'circa', 'more or less', 'an approximate', 'approximate to', 'approximately to', 'nears', 'neared', 'nearing', 'approaches', 'approaching', 'approached']],
  ['up_to', ['up to', 'as many as', 'as much as', 'as high as', 'at most', 'a maximum of']],
  ['at_least', ['at least', 'atleast', 'no fewer than', 'no less than', 'a minimum of', 'a minimum']],
  // A toll that has "surpassed 3,000" is more than 3,000; so are injuries that "top 1000" and a count that has
  // "climbed past 1000".
  ['more_than', ['more than', 'over', 'in excess of', 'upwards of', 'upward of', 'above', 'exceeding', 'surpassing', 'topping', 'surpassed', 'exceeded', 'topped', 'passed', 'passes', 'tops', 'top', 'exceeds', 'surpasses', 'climbed past', 'rose past', 'risen past', 'gone past', 'went past', 'jumped past']],
  ['fewer_than', ['fewer than', 'less than', 'under', 'below', 'just under', 'just below']],
];

const QUALIFIER_BY_HEDGE = new Map<string, Qualifier>();
for (const [qualifier, phrases] of HEDGES) for (const phrase of phrases) QUALIFIER_BY_HEDGE.set(phrase, qualifier);

const HEDGE_PHRASES = [...QUALIFIER_BY_HEDGE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');
// The hedge must end right before the number; the longest phrase wins ("an estimated" over "estimated").
// "at least another 13,000", "up to a further 200": "another" may stand between the hedge and the number.
const HEDGE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${HEDGE_PHRASES})\\s+(?:another\\s+|a\\s+further\\s+|an\\s+additional\\s+)?["“]?$`, 'i');

// "(Some) 316 others": an editor's hedge in brackets, inside a quotation, belongs to the number too.
const BRACKETED_HEDGE_BEFORE = new RegExp(`[(\\[](${HEDGE_PHRASES})[)\\]]\\s*$`, 'i');

// "The agency estimates that 3.4m people ...", "it is estimated that 20,000 ...": the verb hedges the number it
// introduces. Read only when nothing is written between the verb (or its "that") and the number.
const ESTIMATING_VERB_BEFORE = /\b(?:estimates|estimated|estimate)\s+(?:that\s+)?["“]?$/i;
// "The ministry estimated the death toll at 20,000", "estimates the number of injured at 3,000": the estimate's object
// is the count the number gives.
const ESTIMATED_AT_BEFORE = /\bestimat(?:ed|es|e|ing)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){1,4}at\s+$/i;
// "Rights groups estimate the clashes left 600 people dead": the verb hedges a clause whose own verb gives the number.
const ESTIMATED_CLAUSE_BEFORE =
  /\b(?:estimates|estimated|estimate)\s+(?:that\s+)?(?:the|these|those|this|its|their)\s+(?:[a-z-]+\s+){1,3}(?:left|killed|displaced|claimed|affected|injured|wounded|uprooted|forced|drove)\s+$/i;

export interface Hedge {
  qualifier: Qualifier;
  /** Offset in the sentence where the hedge begins (the number's own start when there is none). */
  start: number;
}

// "revised the death toll up to 254", "raised the number up to 40": "up to" says where the count was moved, not a ceiling.
const MOVED_COUNT_BEFORE = /\b(?:revised|raised|pushed|brought|increased|took|updated)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}(?:toll|number|count|tally|figure|total)\s+$/i;

// "(>85%)", "≥ 12": a comparison sign written against the number.
const SIGN_QUALIFIERS: Readonly<Record<string, Qualifier>> = { '>': 'more_than', '≥': 'at_least', '<': 'fewer_than', '≤': 'up_to' };

// "the death figure has gone up to 101": "up" goes with the verb, and the count reached is exact.
// "Casualties rise up to 11": after a verb of rising, "up to" is "to".
const GONE_BEFORE = /\b(?:gone|went|goes|going|rise|rises|rose|risen|rising|climb|climbs|climbed|climbing|jump|jumps|jumped|shot)\s+$/i;

// "Аbout 6,000" typed with a Cyrillic capital A: letters that look Latin are read as Latin (one for one, so offsets hold).
const CONFUSABLES: Readonly<Record<string, string>> = { А: 'A', а: 'a', В: 'B', Е: 'E', е: 'e', К: 'K', М: 'M', Н: 'H', О: 'O', о: 'o', Р: 'P', р: 'p', С: 'C', с: 'c', Т: 'T', у: 'y', Х: 'X', х: 'x' };
const CONFUSABLE = /[АаВЕеКМНОоРрСсТуХх]/g;
// The look-back of the hedge patterns below (the window, and "revised the toll" before "up to").
const HEDGE_LOOKBACK = 90;
/** The sentence with look-alike letters read as Latin, when one stands near enough before the number to matter. */
function latinisedNear(text: string, mentionStart: number): string {
  const near = text.slice(Math.max(0, mentionStart - HEDGE_LOOKBACK), mentionStart);
  return /[\u0400-\u04ff]/.test(near) ? text.replace(CONFUSABLE, (letter) => CONFUSABLES[letter]!) : text;
}

/** The hedge written immediately before the mention, if any. */
export function hedgeBefore(written: string, mentionStart: number): Hedge | null {
  const sentence = latinisedNear(written, mentionStart);
  const signAt = sentence[mentionStart - 1] === ' ' ? mentionStart - 2 : mentionStart - 1;
  const sign = SIGN_QUALIFIERS[sentence[signAt] ?? ''];
  if (sign) return { qualifier: sign, start: signAt };
  const windowStart = Math.max(0, mentionStart - 24);
  const window = sentence.slice(windowStart, mentionStart);
  const bracketed = BRACKETED_HEDGE_BEFORE.exec(window);
  if (bracketed) {
    const qualifier = QUALIFIER_BY_HEDGE.get(bracketed[1]!.toLowerCase().replace(/\s+/g, ' '));
    if (qualifier) return { qualifier, start: windowStart + bracketed.index };
  }
  const match = HEDGE_BEFORE.exec(window);
  if (!match) return null;
  const phrase = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const qualifier = QUALIFIER_BY_HEDGE.get(phrase);
  if (!qualifier) return null;
  const start = windowStart + match.index + match[0].indexOf(match[1]!);
  if (phrase === 'up to' && (MOVED_COUNT_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) || GONE_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)))) return null;
  return { qualifier, start };
}

export interface Reading extends FigureBounds {
  qualifier: Qualifier;
  /** Where the raw text starts: at the hedge when it belongs to the figure. */
  start: number;
  /** Where the raw text ends: after a hedge written after the number ("2,463 at a minimum", "100 or more"). */
  end: number;
}

// "2,463 at a minimum", "300 at least", "100 or more": a lower bound written after the number; "50 or so", "200-odd":
// an approximation; "20 or fewer": an upper bound; "100-plus": more than the number.
const HEDGES_AFTER: ReadonlyArray<[Qualifier, RegExp]> = [
  ['at_least', /^(?:\s+at\s+(?:a\s+)?(?:minimum|least)|\s+or\s+more)\b/i],
  ['about', /^(?:\s+or\s+so|-odd)\b/i],
  ['up_to', /^\s+or\s+(?:fewer|less)\b/i],
  // "a death toll of 36 plus the attacker" adds someone; it is no hedge.
  ['more_than', /^(?:-|\s+)plus\b(?!\s+(?:\d|(?:the|a|an|his|her|their|its|one|two|three)\b))/i],
];

const DOZEN_WRITTEN = /\bdozen$/i;

function hedgeAfter(sentence: string, end: number): { qualifier: Qualifier; length: number } | null {
  const after = sentence.slice(end, end + 20);
  for (const [qualifier, pattern] of HEDGES_AFTER) {
    const match = pattern.exec(after);
    if (match) return { qualifier, length: match[0].length };
  }
  return null;
}

/**
 * Value, range and qualifier of a mention under the hedge before it, or a lower bound after it (ranges and vague
 * words keep their own).
 */
export function readMention(sentence: string, mention: NumberMention): Reading {
  const spanned = { start: mention.start, end: mention.end };
  if (mention.kind === 'range') return { qualifier: 'range', value: null, low: mention.low, high: mention.high, ...spanned };
  if (mention.kind === 'vague') return { qualifier: 'vague', value: null, low: mention.low, high: mention.high, ...spanned };
  const written = mention.kind === 'ordinal' ? null : hedgeBefore(sentence, mention.start);
  // "almost 1.5 million (1,454,377)": the hedge belongs to the rounding; the bracket gives the exact count.
  if (written && mention.restatedExactly) {
    return { qualifier: 'exact', value: mention.value, low: mention.value, high: mention.value, start: written.start, end: mention.end };
  }
  const hedge = written;
  const estimatedByVerb = hedge === null && mention.kind !== 'ordinal' &&
    (ESTIMATING_VERB_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start)) || ESTIMATED_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 70), mention.start)) ||
      ESTIMATED_AT_BEFORE.test(sentence.slice(Math.max(0, mention.start - 60), mention.start)));
  const after = hedge === null && mention.kind !== 'ordinal' ? hedgeAfter(sentence, mention.end) : null;
  // "two dozen more", "a dozen people": a count in dozens is a round figure, as "about 24" is.
  const inDozens = mention.kind === 'words' && DOZEN_WRITTEN.test(sentence.slice(mention.start, mention.end));
  const qualifier = hedge?.qualifier ?? after?.qualifier ?? (estimatedByVerb ? 'estimated' : inDozens ? 'about' : 'exact');
  const stated = mention.value ?? 0;
  const bounds = boundsForQualifier(qualifier as Exclude<Qualifier, 'range' | 'vague'>, stated);
  return { ...bounds, qualifier, start: hedge?.start ?? mention.start, end: mention.end + (after?.length ?? 0) };
}
