/**
 * Numbers that count what an earlier figure or an earlier noun counts, written without a noun of their own:
 * "2.1 million people are displaced - one million of these in 2017", "28,295 cases. Of those, 15,201 were
 * confirmed", "Among the reported deaths, 504 were in X", "506 cases (including 295 confirmed)", "displaced
 * families, who number over 265,000", "cases amount to 13,823", "the number of refugees ..., reaching 60,000",
 * "Refugee influx passes 10,000 mark", "and another 400,000 who were there before", and the same count elsewhere
 * opening the next sentence ("2.75 million refugees have fled to Poland. Nearly 740,000 reached Romania.").
 */
import type { Category } from '@/lib/figures/vocabulary';
import { categoryOf } from './categories';
import { AUXILIARIES, CIRCUMSTANCE_WORDS, EVENT_NOUNS, namesVictimsOfAttack, OUTCOME_WORDS, PEOPLE_NOUNS } from './lexicon';
import { countedNoun } from './list-items';
import type { NumberMention } from './numbers';
import { SMALL_COUNT_SOURCE, tokensAfter, tokensBefore } from './words';

/** The figure just before the mention (in this sentence or the one before), as this module reads it. */
export interface Antecedent {
  /** Offset in the body where its number ends. */
  end: number;
  category: Category;
  counted: string;
}

export interface AntecedentCount {
  /** null when the count takes its antecedent's category. */
  category: Category | null;
  counted: string;
  /** The count is a part of the figure just before it ("of these", "of those", "including"). */
  isPart: boolean;
  /** The count goes on a list of parts: it is a part of the whole the figure just before is a part of. */
  continuesParts?: boolean;
}

const countsPeopleOrEvents = (word: string) => PEOPLE_NOUNS.has(word) || EVENT_NOUNS.has(word) || OUTCOME_WORDS.has(word);

// "one million of these in 2017", "2,000 of them children".
const OF_THESE_AFTER = /^\s+of\s+(?:these|those|them|whom)\b/i;
// "Of those, 15,201 were confirmed": the sentence (or its clause) opens on the group.
const OF_THESE_BEFORE = /(?:^|[.;:]\s+|,\s+)(?:of|among)\s+(?:these|those|them|which)\s*,?\s*$/i;
// "Among the reported deaths, 504 were in X": a count of the group named after "among".
const AMONG_NAMED_BEFORE = /(?:^|[.;:]\s+)(?:of|among)\s+the\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s*,\s*$/i;
// "(including 295 confirmed)", ", including 40 suspected": a qualified part of the count before.
const INCLUDING_QUALIFIED = /(?:\(|,)\s*including\s+$/i;
// "25 people were wounded, including 10 seriously": how badly is a qualifier too.
const QUALIFIED_AFTER = /^\s+(?:[a-z]+ed|probable|suspected|new|seriously|critically|severely|gravely|badly|slightly|lightly)\b|^\s*\)/;
// "displaced families, who number over 265,000", "refugees, numbering 3,000": the noun is before.
const NUMBERING_BEFORE = /\b(?:(?:who|which)\s+(?:now\s+)?(?:number(?:ed)?|total(?:led|ed)?)|numbering|totall?ing)\s+$/i;
// "confirmed and suspected cases amount to 13,823": the clause's subject is counted.
// "The injuries are numbered at 1,353 people": so is a count the clause's subject is numbered at.
const AMOUNTS_TO_BEFORE = /\b(?:amount(?:s|ed)?\s+to|total(?:s|led|ed)?|now\s+stands?\s+at|(?:are|were|is|was)\s+numbered\s+at)\s+$/i;
// "the number of refugees fleeing the conflict in Sudan, reaching 60,000".
const REACHING_BEFORE = /,\s+(?:reaching|rising\s+to|climbing\s+to|bringing\s+it\s+to)\s+$/i;
// "The number of homeless people ... more than doubled, going from more than 163 thousand this Wednesday to 327,105":
// both ends of the change count what "the number of" names.
const CHANGE_FROM_BEFORE = /,\s+(?:going|rising|climbing|increasing|jumping|growing|falling|dropping)\s+from\s+$/i;
const CHANGE_TO_BEFORE =
  /,\s+(?:going|rising|climbing|increasing|jumping|growing|falling|dropping)\s+from\s+(?:more\s+than\s+|about\s+|some\s+)?[\d,.]+(?:\s+(?:thousand|million))?(?:[^,;.\d]|\(\d{1,2}\)){0,40}\s+to\s+$/i;
const NUMBER_OF = /\bnumber\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/gi;
// "2.75 million refugees have fled to Poland. Nearly 740,000 reached Romania.": the same count, elsewhere.
const ARRIVED_ELSEWHERE = /^\s+(?:reached|arrived\s+in|went\s+to|crossed\s+into|fled\s+to|entered|are\s+in|were\s+in)\s+(?:the\s+)?[A-Z]/;
// "700,000 refugees who fled since April and another 400,000 who were there before": one more count of the same.
const ANOTHER_BEFORE = /\b(?:another|an\s+additional|a\s+further)\s+$/i;
// "Refugee influx passes 10,000 mark", "toll tops the 1,000 mark": the count named before reaches the number.
const MARK_AFTER = /^\s+mark\b/i;
// "Some 2,000 have crossed into A, bringing the total there to 7,200": the count before, grown to the number.
const BRINGING_TOTAL_BEFORE = /\bbringing\s+(?:the|its|their)\s+(?:total|number|toll|tally|count|figure)\s+(?:there\s+|so\s+far\s+|in\s+[A-Z][\w'’-]*\s+)?(?:to|at)\s+$/i;
// "With another 100,000 evacuated, the total figure is likely to be more than a million": the count before, summed.
const TOTAL_IS_BEFORE = /\bthe\s+(?:total|overall)(?:\s+(?:figure|number|count|tally))?\s+(?:is|was|will\s+be|would\s+be|could\s+be|may\s+be|is\s+(?:likely|expected)\s+to\s+be|stands\s+at)\s+$/i;
// "40 people died and the governor put the figure at 50": another reading of the count before.
// "estimated the deaths at 4,000, up from 2,000 a day before": an earlier value of the same count.
// "up from the 157 reported the previous day": the earlier value may be named with "the"; "rose to 21 from 18
// reported in early July" names it after the new one.
const UP_FROM_BEFORE = /(?:(?:^|,\s*|\s)(?:up|down)|\b(?:rose|risen|rises|climbed|increased|jumped|grew|fell|dropped)\s+to\s+[\d,]+)\s+from\s+(?:the\s+)?$/i;
// "4.9 million had left -- a figure up 65,396 on Sunday's total": the change of the count before.
const UP_BY_BEFORE = /\b(?:figure|number|total|toll)\s+(?:up|down)\s+(?:by\s+)?$/i;
const ON_TOTAL_AFTER = /^\s+(?:on|from)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}(?:total|figure|count|tally)\b/i;
const FIGURE_AT_BEFORE = /\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+(?:the|that|this|its|their)\s+(?:figure|number|count|total|tally)\s+at\s+$/i;
// "Most of the refugees (135,000) are hosted in A": a count in brackets right after the noun it counts.
const BRACKETED_AFTER_NOUN = /\b([a-z][a-z-]*)\s*\(\s*$/;
const CLOSING_BRACKET_AFTER = /^\s*\)/;
const DASHED_AFTER_NOUN = /\b([a-z][a-z-]*)\s+(?:--?|—|–)\s+$/i;
const CLOSING_DASH_AFTER = /^\s+(?:--?|—|–)\s/;
const ANTECEDENT_WINDOW = 300;
const COUNTED_BEFORE = /\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?counted\s+$/i;
// "42 deaths, of which 34 are confirmed and 8 are under investigation": the next part, told the same way.
const PART_BEFORE_NEXT = /(?:^|[.;:]\s+|,\s+)(?:of|among)\s+(?:these|those|them|which|whom)\s*,?\s*[\d,.]+\s+(?:are|were|is|was|have\s+been|had\s+been)\s+[^,;:.()\d]{1,40}?(?:,\s+and|,|\s+and)\s+$/i;
const PART_VERB_AFTER = /^\s+(?:are|were|is|was|have\s+been|had\s+been|remain)\b/i;

// "13 more people were killed. Two were Sunni and 11 Shiite", "Of the victims, 16 were Kenyan, one was British": the
// count before told by nationality, faith or descent, item by item, each a part of it.
const GROUP = String.raw`(?:of\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:nationals?|citizens?|descent|origin))?`;
const GROUP_ITEMS_BEFORE = new RegExp(
  String.raw`^(?:(?:of|among)\s+(?:the|them|these|those)(?:\s+[a-z-]+){0,2},\s+)?(?:${SMALL_COUNT_SOURCE}\s+(?:(?:were|was)\s+)?${GROUP}(?:,\s+and|,|\s+and)\s+)*$`,
  'iu',
);
const GROUP_END = String.raw`(?=\s*(?:[,.;]|(?:and|but)\b|$))`;
const GROUP_AFTER = new RegExp(String.raw`^\s+(?:(?:were|was)\s+)?(${GROUP})${GROUP_END}`, 'u');
const FIRST_GROUP_AFTER = new RegExp(String.raw`^\s+(?:were|was)\s+(${GROUP})${GROUP_END}`, 'u');
const GROUP_NOUNS: Partial<Record<Category, string>> = { killed: 'dead', injured: 'injured', displaced: 'displaced', fled: 'people who fled' };

/** The people or event words of the clause before `position` (nearest first), if any names people or events. */
function namedBefore(sentence: string, position: number): string[] | null {
  // "families, who number": the comma before the relative clause does not end the noun phrase.
  const end = sentence.slice(0, position).replace(/,\s*$/, '').length;
  const nearestFirst = tokensBefore(sentence, end, 6).filter((token) => token.kind === 'word').map((token) => token.word);
  // "shelters for evacuees and displaced families": the noun phrase starts after the last circumstance word.
  const cut = nearestFirst.findIndex((word) => CIRCUMSTANCE_WORDS.has(word));
  const words = (cut === -1 ? nearestFirst : nearestFirst.slice(0, cut)).reverse();
  // "The injuries are numbered at": a noun of harm names what is counted too.
  return words.some(countsPeopleOrEvents) || categoryOf(words) !== null ? words : null;
}

/** "another 400,000 who were", "another 30 were": no noun of its own follows ("another 73,000 homes" has one). */
function namesNoNoun(sentence: string, end: number): boolean {
  const next = tokensAfter(sentence, end, 1)[0];
  return next === undefined || AUXILIARIES.has(next.word) || OUTCOME_WORDS.has(next.word) || CIRCUMSTANCE_WORDS.has(next.word);
}

function countOfNamed(words: string[], counted: string): AntecedentCount {
  return { category: categoryOf(words) ?? (namesVictimsOfAttack(words) ? 'killed' : 'other'), counted, isPart: false };
}

/**
 * The count a mention with no noun of its own makes of an earlier figure or noun, or null. `hedgeStart` is where
 * its raw text starts; `bodyOffset` where the sentence starts in the body.
 */
export function antecedentCount(
  sentence: string, mention: NumberMention, hedgeStart: number, previous: Antecedent | null, bodyOffset: number,
): AntecedentCount | null {
  if (mention.isPercentage || (mention.kind !== 'digits' && mention.kind !== 'words')) return null;
  const before = sentence.slice(Math.max(0, hedgeStart - 60), hedgeStart);
  const near = previous !== null && bodyOffset + hedgeStart - previous.end <= ANTECEDENT_WINDOW && previous.end <= bodyOffset + hedgeStart;
  if (near && (OF_THESE_AFTER.test(sentence.slice(mention.end, mention.end + 16)) || OF_THESE_BEFORE.test(before))) {
    return { category: null, counted: previous.counted, isPart: true };
  }
  if (near && previous.end > bodyOffset && PART_VERB_AFTER.test(sentence.slice(mention.end, mention.end + 16)) && PART_BEFORE_NEXT.test(sentence.slice(Math.max(0, hedgeStart - 120), hedgeStart))) {
    return { category: null, counted: previous.counted, isPart: true, continuesParts: true };
  }
  if (near && hedgeStart === 0 && previous.end <= bodyOffset && ARRIVED_ELSEWHERE.test(sentence.slice(mention.end, mention.end + 40))) {
    return { category: previous.category, counted: countedNoun(previous.counted), isPart: false };
  }
  if (near && ANOTHER_BEFORE.test(before) && namesNoNoun(sentence, mention.end)) {
    return { category: previous.category, counted: countedNoun(previous.counted), isPart: false };
  }
  if (near) {
    const prefix = sentence.slice(0, hedgeStart);
    const first = previous.end <= bodyOffset;
    const group = (first ? FIRST_GROUP_AFTER : GROUP_AFTER).exec(sentence.slice(mention.end, mention.end + 40));
    if (group && (first ? prefix === '' || /^(?:of|among)\s+\S+(?:\s+\S+){0,2},\s+$/i.test(prefix) : /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(prefix)) &&
      GROUP_ITEMS_BEFORE.test(prefix) && !countsPeopleOrEvents(group[1]!.toLowerCase())) {
      const noun = GROUP_NOUNS[previous.category] ?? 'people';
      const counted = /^of\s/i.test(group[1]!) ? `${noun} ${group[1]!}` : `${group[1]!} ${noun}`;
      return { category: previous.category, counted, isPart: true, continuesParts: !first };
    }
  }
  const change = UP_BY_BEFORE.test(before) && ON_TOTAL_AFTER.test(sentence.slice(mention.end, mention.end + 40));
  if (near && (BRINGING_TOTAL_BEFORE.test(before) || TOTAL_IS_BEFORE.test(before) || FIGURE_AT_BEFORE.test(before) || UP_FROM_BEFORE.test(before) || change)) {
    return { category: previous.category, counted: countedNoun(previous.counted), isPart: false };
  }
  const bracketed = before.trimEnd().endsWith('(') ? BRACKETED_AFTER_NOUN.exec(before) : null;
  if (bracketed && countsPeopleOrEvents(bracketed[1]!) && CLOSING_BRACKET_AFTER.test(sentence.slice(mention.end, mention.end + 4))) {
    return countOfNamed([bracketed[1]!], bracketed[1]!);
  }
  // "Nearly two-thirds of those killed -- 97 -- were women": a count between dashes right after what it counts.
  const dashed = DASHED_AFTER_NOUN.exec(before);
  if (dashed && countsPeopleOrEvents(dashed[1]!.toLowerCase()) && CLOSING_DASH_AFTER.test(sentence.slice(mention.end, mention.end + 6))) {
    return countOfNamed([dashed[1]!.toLowerCase()], dashed[1]!);
  }
  const among = AMONG_NAMED_BEFORE.exec(before);
  if (among) {
    const words = among[1]!.toLowerCase().split(/\s+/);
    if (words.some(countsPeopleOrEvents)) return { ...countOfNamed(words, among[1]!), isPart: near && categoryOf(words) === previous.category };
  }
  if (near && INCLUDING_QUALIFIED.test(before) && QUALIFIED_AFTER.test(sentence.slice(mention.end, mention.end + 16))) {
    return { category: null, counted: previous.counted, isPart: true };
  }
  const numbering = NUMBERING_BEFORE.exec(before) ?? AMOUNTS_TO_BEFORE.exec(before);
  if (numbering) {
    const words = namedBefore(sentence, hedgeStart - (before.length - numbering.index));
    if (words) return countOfNamed(words, words.join(' '));
  }
  // "The forensic teams that are removing bodies confirm they have counted 41": what is counted is named before.
  if (COUNTED_BEFORE.test(before) && namesNoNoun(sentence, mention.end)) {
    const named = tokensBefore(sentence, hedgeStart, 12).filter((token) => token.kind === 'word').reverse();
    const noun = named.find((token) => countsPeopleOrEvents(token.word) && categoryOf([token.word]) !== null);
    if (noun) return countOfNamed([noun.word], noun.raw);
  }
  if (MARK_AFTER.test(sentence.slice(mention.end, mention.end + 8))) {
    const named = tokensBefore(sentence, hedgeStart, 8).filter((token) => token.kind === 'word').reverse();
    const words = named.map((token) => token.word);
    if (categoryOf(words) !== null) return countOfNamed(words, named.map((token) => token.raw).join(' '));
  }
  if (REACHING_BEFORE.test(before) || CHANGE_FROM_BEFORE.test(before) || CHANGE_TO_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 100), hedgeStart))) {
    let named: string | null = null;
    NUMBER_OF.lastIndex = 0;
    for (let match = NUMBER_OF.exec(sentence); match && match.index < hedgeStart; match = NUMBER_OF.exec(sentence)) named = match[1]!;
    // "the number of refugees fleeing the conflict": the phrase is cut before a word that needs one after it.
    const phrase = named?.replace(/(?:\s+(?:the|a|an|of|in|from|to))+$/i, '') ?? '';
    const words = phrase.toLowerCase().split(/\s+/);
    if (words.some(countsPeopleOrEvents)) return countOfNamed(words, phrase);
  }
  return null;
}
