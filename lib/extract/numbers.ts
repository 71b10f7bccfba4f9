/**
 * Finds the number phrases of one sentence: digits ("2,500", "100 000", "1.2 million", "1.9m", "25%"), number words
 * ("fifteen", "two and a half million"), vague quantities ("hundreds", "tens of thousands", "several hundred"),
 * repeated incidents ("the third time") and clock times (found only so they are not read as counts).
 * Ranges ("between 50 and 70", "21 to 25", "20,000-50,000", "2,000 or 2,500") are joined from two mentions here too.
 */
import { VAGUE_RANGES } from '@/lib/figures/hedge-ranges';
import { EVENT_NOUNS, OUTCOME_WORDS, PEOPLE_NOUNS } from './lexicon';
import { NUMBER_WORDS_SOURCE, parseNumberWords, SCALES } from './number-words';

export interface NumberMention {
  kind: 'digits' | 'words' | 'vague' | 'ordinal' | 'time' | 'range';
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  value: number | null;
  /** For vague quantities and ranges, the range the phrase allows. */
  low: number | null;
  high: number | null;
  isPercentage: boolean;
  /** The scale word written with the number ("million"), so "two to three million" can share it. */
  scale: number;
  /** A rounded number restated exactly in brackets ("almost 1.5 million (1,454,377)"): the exact count, unhedged. */
  restatedExactly?: boolean;
}

const VAGUE_WORDS = Object.keys(VAGUE_RANGES)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, '\\s+'));
const PERCENT = `(?:\\s?%|\\s+per\\s?cent\\b|\\s+percent\\b)`;
const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

// One pass over the sentence; alternatives are tried in this order at each position.
const NUMBER_PHRASE = new RegExp(
  [
    `(?<time>\\b\\d{1,2}:\\d{2}\\b)`,
    `(?<severalScale>\\bseveral\\s+(?:hundred\\s+thousand|hundred|thousand|million|dozen)\\b)`,
    `(?<vague>\\b(?:${VAGUE_WORDS.join('|')})\\b)`,
    `(?<ordinal>\\b(?:${Object.keys(ORDINALS).join('|')}|\\d+(?:st|nd|rd|th))(?=\\s+times?\\b))`,
    `(?<digits>(?:[1-9]\\d{0,2}(?:\\.\\d{3}){2,}(?![\\d.,]\\d)|\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?!\\d|[,.]\\d)|\\d+)(?:\\.\\d+)?(?<digitScale>\\s*(?:million|billion|thousand|lakhs?\\b|crores?\\b|bn\\b|m\\b|k\\b))?(?<digitPercent>${PERCENT})?)`,
    `(?<words>\\b${NUMBER_WORDS_SOURCE}\\b(?<wordPercent>${PERCENT})?)`,
  ].join('|'),
  'gi',
);

// South Asian reports count in lakhs (100,000) and crores (10 million): "8.61 lakh people".
const SCALE_SUFFIX: Record<string, number> = {
  ...SCALES, bn: 1_000_000_000, m: 1_000_000, k: 1_000, lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000,
};

// "1,919,485 million people": digits grouped into millions already say the count, and the scale word after them is
// the writer's slip (no report counts trillions of people).
const GROUPED_MILLIONS = /^\d{1,3}(?:,\d{3}){2,}$/;

function digitsValue(text: string, scaleText: string | undefined): { value: number; scale: number } {
  const numeric = Number.parseFloat(text.replace(/,/g, ''));
  const scale = scaleText && !GROUPED_MILLIONS.test(text) ? (SCALE_SUFFIX[scaleText.trim().toLowerCase()] ?? 1) : 1;
  return { value: Math.round(numeric * scale * 1000) / 1000, scale };
}

function severalRange(phrase: string): { low: number; high: number } {
  // "several hundred" means several times a hundred, so it takes the coded range of "several" times the scale.
  const several = VAGUE_RANGES.several!;
  const scale = phrase.toLowerCase().split(/\s+/).slice(1).reduce((product, word) => product * (SCALES[word] ?? 1), 1);
  return { low: several.low * scale, high: several.high * scale };
}

// "198.846 people": dots between groups of three digits, as many languages write thousands. Read so only for a count
// (a count noun follows, or the number is in a list with such a count) with no scale or percent after it; "1.5
// million", "2.5%" and "7.2 magnitude" stay decimal, and a dotted number that is no count is refused, not guessed.
const DOTTED_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const WORDS_AFTER = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/i;
// Between two counts of one list: names and separators, no other number ("198.846 people, Alpha 91.372").
const LIST_GAP = /^[^\d.;:()]{1,40}$/;

function countNounAfter(sentence: string, end: number): boolean {
  const words = WORDS_AFTER.exec(sentence.slice(end, end + 40));
  const isCount = (word: string | undefined) => word !== undefined && (PEOPLE_NOUNS.has(word) || EVENT_NOUNS.has(word) || OUTCOME_WORDS.has(word));
  return words !== null && (isCount(words[1]!.toLowerCase()) || isCount(words[2]?.toLowerCase()));
}

/** Reads dotted thousands where the mention is a count, and drops the dotted numbers no count reading settles. */
function readDottedThousands(sentence: string, mentions: NumberMention[], dotted: Set<NumberMention>): NumberMention[] {
  const grouped = new Set([...dotted].filter((mention) => countNounAfter(sentence, mention.end)));
  // A dotted number in a list with a dotted count is one too ("Alpha 198.846, Beta 91.372 people").
  for (let changed = true; changed;) {
    changed = false;
    mentions.forEach((mention, index) => {
      if (!dotted.has(mention) || grouped.has(mention)) return;
      const neighbours = [mentions[index - 1], mentions[index + 1]];
      if (neighbours.some((other) => other !== undefined && grouped.has(other) && LIST_GAP.test(other.start > mention.start ? sentence.slice(mention.end, other.start) : sentence.slice(other.end, mention.start)))) {
        grouped.add(mention);
        changed = true;
      }
    });
  }
  return mentions.flatMap((mention) => {
    if (!dotted.has(mention)) return [mention];
    if (!grouped.has(mention)) return [];
    return [{ ...mention, value: Number.parseInt(sentence.slice(mention.start, mention.end).replace(/\./g, ''), 10) }];
  });
}

function scanMentions(sentence: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const dotted = new Set<NumberMention>();
  NUMBER_PHRASE.lastIndex = 0;
  for (let match = NUMBER_PHRASE.exec(sentence); match; match = NUMBER_PHRASE.exec(sentence)) {
    const groups = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const base = { start, end, low: null, high: null, isPercentage: false, scale: 1 };
    if (groups.time) mentions.push({ ...base, kind: 'time', value: null });
    else if (groups.severalScale) mentions.push({ ...base, kind: 'vague', value: null, ...severalRange(match[0]) });
    else if (groups.vague) {
      const coded = VAGUE_RANGES[match[0].toLowerCase().replace(/\s+/g, ' ')]!;
      mentions.push({ ...base, kind: 'vague', value: null, low: coded.low, high: coded.high });
    } else if (groups.ordinal) {
      const value = ORDINALS[match[0].toLowerCase()] ?? Number.parseInt(match[0], 10);
      mentions.push({ ...base, kind: 'ordinal', value });
    } else if (groups.digits) {
      // "100 000": a space (or a no-break space) may separate the thousands.
      const numberText = match[0].match(/^\d[\d,. \u00a0\u202f]*/)![0].replace(/[ \u00a0\u202f]/g, '').replace(/\.$/, '');
      // "1.234.567 million" has no reading.
      if ((groups.digitScale || groups.digitPercent) && /\.\d{3}\./.test(match[0])) continue;
      const { value, scale } = digitsValue(numberText, groups.digitScale);
      const mention: NumberMention = { ...base, kind: 'digits', value, scale, isPercentage: Boolean(groups.digitPercent) };
      if (!groups.digitScale && !groups.digitPercent && DOTTED_THOUSANDS.test(match[0])) dotted.add(mention);
      mentions.push(mention);
    } else if (groups.words) {
      const wordsText = groups.wordPercent ? match[0].slice(0, -groups.wordPercent.length) : match[0];
      const value = parseNumberWords(wordsText);
      if (value === null) continue;
      const lastWord = wordsText.toLowerCase().split(/\s+/).pop() ?? '';
      mentions.push({ ...base, kind: 'words', value, scale: SCALES[lastWord] ?? 1, isPercentage: Boolean(groups.wordPercent) });
    }
  }
  return dotted.size === 0 ? mentions : readDottedThousands(sentence, mentions, dotted);
}

const RANGE_JOINER = /^\s*(?:-|–|—|to)\s*$/i;
const AND_JOINER = /^\s+and\s+$/i;
// "2,000 or 2,500 people", "one or two": two guesses at one count are a range, when they are of one size.
const OR_JOINER = /^\s+or\s+$/i;
const OR_RANGE_RATIO = 10;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
// "could range from 60 to 100", "estimates ranging from 60 to 100": a range, though written with "from".
const RANGE_FROM_BEFORE = /\brang(?:e|es|ed|ing)\s+from\s+$/i;

/** Joins "N to M", "N-M", "N or M" and "between N and M" into one range mention (M larger than N). */
function joinRanges(sentence: string, mentions: NumberMention[]): NumberMention[] {
  const joined: NumberMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const first = mentions[index]!;
    const second = mentions[index + 1];
    const countable = (mention: NumberMention) => mention.kind === 'digits' || mention.kind === 'words';
    if (second && countable(first) && countable(second) && first.value !== null && second.value !== null) {
      const gap = sentence.slice(first.end, second.start);
      const before = sentence.slice(Math.max(0, first.start - 16), first.start);
      const between = BETWEEN_BEFORE.test(before) && AND_JOINER.test(gap);
      const alternatives = OR_JOINER.test(gap) && second.value <= first.value * second.scale * OR_RANGE_RATIO && second.value > first.value;
      // "rose from 20 to 30" is a change, not a range.
      if ((RANGE_JOINER.test(gap) && (!FROM_BEFORE.test(before) || RANGE_FROM_BEFORE.test(before))) || between || alternatives) {
        // "two to three million": the scale written once applies to both ends.
        const low = first.scale === 1 && second.scale > 1 && first.value < 1000 ? first.value * second.scale : first.value;
        if (low < second.value) {
          const start = between ? first.start - before.match(BETWEEN_BEFORE)![0].length : first.start;
          joined.push({
            kind: 'range', start, end: second.end, value: null, low, high: second.value,
            isPercentage: first.isPercentage || second.isPercentage, scale: second.scale,
          });
          index++;
          continue;
        }
      }
    }
    joined.push(first);
  }
  return joined;
}

// "15, 316 people": a comma written with a stray space still separates thousands when exactly three digits follow
// it and neither side goes on as a list ("5, 10, 150") or a date ("May 15, 316 ...").
const SPACED_SEPARATOR = ', ';
const LIST_BEFORE = /(?:\d\s*,\s*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)$/i;
const LIST_AFTER = /^\s*(?:,\s*\d|\.\d|(?:and|or|to)\s+\d)/i;

function joinSpacedThousands(sentence: string, mentions: NumberMention[]): NumberMention[] {
  const joined: NumberMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const first = mentions[index]!;
    const second = mentions[index + 1];
    const firstText = sentence.slice(first.start, first.end);
    if (
      second && first.kind === 'digits' && second.kind === 'digits' && /^\d{1,3}$/.test(firstText) &&
      /^\d{3}$/.test(sentence.slice(second.start, second.end)) && sentence.slice(first.end, second.start) === SPACED_SEPARATOR &&
      !LIST_BEFORE.test(sentence.slice(Math.max(0, first.start - 12), first.start)) && !LIST_AFTER.test(sentence.slice(second.end, second.end + 8))
    ) {
      joined.push({ ...first, end: second.end, value: first.value! * 1000 + second.value! });
      index++;
      continue;
    }
    joined.push(first);
  }
  return joined;
}

const OPENING_BRACKET = /^\s*\(\s*$/;
// "half a million people (553,916)": the noun may stand between the rounded number and its exact restatement.
const OPENING_BRACKET_AFTER_NOUN = /^\s*(?:(?:people|persons|individuals|refugees)\s*)?\(\s*$/;
// A restatement is exact when the rounded number is within a tenth of it.
const ROUNDING_TOLERANCE = 0.1;
const CLOSING_BRACKET = /^\s*\)/;

/**
 * "8.61 lakh (861,000) people": a number restated in brackets is one mention, which ends after the bracket. "almost
 * 1.5 million (1,454,377)" restates a rounded number exactly: one mention, of the exact count.
 */
function joinRestatements(sentence: string, mentions: NumberMention[]): NumberMention[] {
  const joined: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = joined[joined.length - 1];
    const closing = CLOSING_BRACKET.exec(sentence.slice(mention.end, mention.end + 4));
    if (previous && closing && previous.value !== null && previous.value === mention.value && OPENING_BRACKET.test(sentence.slice(previous.end, mention.start))) {
      previous.end = mention.end + closing[0].length;
      continue;
    }
    const rounded = previous && closing && previous.value !== null && previous.scale > 1 && mention.kind === 'digits' && mention.scale === 1 && mention.value !== null && !mention.isPercentage && !previous.isPercentage;
    if (rounded && Math.abs(previous.value! - mention.value!) <= mention.value! * ROUNDING_TOLERANCE && OPENING_BRACKET_AFTER_NOUN.test(sentence.slice(previous.end, mention.start))) {
      previous.end = mention.end + closing[0].length;
      previous.value = mention.value;
      previous.restatedExactly = true;
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/** The number phrases of a sentence, in order, with ranges and restatements joined. */
export function findNumberMentions(sentence: string): NumberMention[] {
  return joinRanges(sentence, joinRestatements(sentence, joinSpacedThousands(sentence, scanMentions(sentence))));
}
