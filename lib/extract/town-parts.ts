/**
 * Parts of a toll told town by town after it, with no noun of their own: "Of the 202 dead, 91 were in Alpha, 81 in
 * Beta, 20 in Gamma and two in Delta", "At least 60 people were killed, 41 in Alpha and 19 in Beta", and the list
 * going on after a first part read from "of these" ("Of these, 91 were in Alpha, 81 in Beta"). Each item is a
 * figure of the toll's kind, part of the toll, in its own town. Lists opened by "including" or a colon are read by
 * `list-items.ts`; this reads the shapes it does not.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { countedNoun } from './list-items';
import type { NumberMention } from './numbers';

/** The figure just before the mention in its sentence. Offsets are inside the sentence. */
export interface FigureBefore {
  start: number;
  end: number;
  value: number | null;
  category: Category;
  counted: string;
  /** Index of the figure in the report's list, and of the whole it is part of (null when it is none's part). */
  index: number;
  partOfIndex: number | null;
}

export interface TownPart {
  category: Category;
  counted: string;
  /** Index of the toll the item is part of; null when the toll is no figure of the sentence ("Of the dead, ..."). */
  wholeIndex: number | null;
}

// "91 were in Alpha", "81 in Beta", "five in the town of Delta": an item names its town, capitalised.
// "91 of them in Alpha" too. Names may carry accents ("Tillabéri") and their kind ("Alpha province").
const TOWN = `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2}`;
const KIND = `(?:\\s+(?:province|region|district|state|county|town|city|village|area|governorate|municipality|commune|department))?`;
// "six occurred in A and six occurred outside of B", "1,800 were in the South": the verb may be repeated, the town be
// written with "the" or be where the items were not.
const ITEM_VERB = `(?:of\\s+(?:them|whom)\\s+)?(?:(?:were|was|occurred|happened|took\\s+place)\\s+)?(?:in|at|outside(?:\\s+of)?)\\s+(?:the\\s+(?:[a-z]+\\s+){1,2}of\\s+|the\\s+)?`;
const ITEM_VERB_PREFIX = /^(?:of\s+(?:them|whom)\s+)?(?:(?:were|was|occurred|happened|took\s+place)\s+)?/;
const ITEM_WORDS = new Set(['were', 'was', 'as', 'confirmed', 'recorded', 'reported', 'occurred', 'happened']);
const TOWN_TAIL = new RegExp(`^\\s+${ITEM_VERB}(${TOWN})${KIND}`, 'u');
// "Of the 202 dead,": the sentence (or its clause) opens on the toll.
const OF_THE_TOTAL_BEFORE = /(?:^|[.;:]\s+)(?:of|among|out\s+of)\s+(?:the|these|those)\s+$/i;
// " dead, ": the toll's own noun, then a comma; the noun may go on with when it was counted (" deaths confirmed as
// of 2 p.m. Tuesday, "), but no other number's clause.
// " people known dead so far, ": the noun may go on for a few words.
const AFTER_OF_TOTAL = /^\s+(?:[a-z-]+\s+){0,4}?[a-z-]+(?:\s+(?:confirmed|recorded|reported|counted|registered)\s+(?:as\s+of|by|until|since|on)\s+[\w.:]+(?:\s+[\w.:]+){0,3})?\s*,\s+$/;
// "The toll rose to 202, with 91 in Alpha": a toll's value, then the list.
const AFTER_TOLL_VALUE = /^\s*,\s+(?:with\s+)?$/;
// " people were killed, ": the toll's clause, then a comma; a number or a clause of its own in between breaks it.
const AFTER_TOTAL_CLAUSE = /^\s+(?:[a-z-]+\s+){0,5}?[a-z-]+\s*,\s+(?:with\s+)?$/;
// Between two items: the town of the item before, then a comma, "and" or a semicolon.
const BETWEEN_ITEMS = new RegExp(`^\\s+${ITEM_VERB}${TOWN}${KIND}(?:,\\s+and|,|;|\\s+and)\\s+$`, 'u');
// After a first item read from its clause, a second must follow for the comma to open a list: ", 41 in A and 19 in B".
const NEXT_ITEM = new RegExp(`^(?:,\\s+and|,|;|\\s+and)\\s+(?:about\\s+|some\\s+|nearly\\s+|at\\s+least\\s+)?(?:\\d[\\d,]*(?:[ \\u00a0\\u202f]\\d{3})*|[a-z]+)\\s+${ITEM_VERB}\\p{Lu}`, 'u');

// "683 were in other locations", "1,801 are outside the capital": the rest of the country, after the items by town.
const REST_OF_COUNTRY_TAIL = /^\s+(?:were|was|are|is)\s+((?:in\s+other|in\s+the\s+rest\s+of|outside|elsewhere\s+in|across\s+the\s+rest\s+of)\b(?:\s+(?:the\s+)?[a-z-]+){0,3})/;
// Between the last town item and the rest: the town, then ", and" or "and".
const LAST_ITEM_GAP = new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:were|was|are|is)\\s+(?:in|at)\\s+${TOWN}${KIND}(?:,\\s+and|\\s+and)\\s+$`, 'u');

/** The town a list item names, when the mention is followed by one. */
export function townOfItem(sentence: string, end: number): string | null {
  return TOWN_TAIL.exec(sentence.slice(end, end + 80))?.[1] ?? null;
}

/**
 * The part of a toll the mention is, or null. `hedgeStart` is where its raw text begins; `previous` the figure
 * just before it in the sentence. Only called for mentions that name no people or events of their own.
 */
export function townPartAt(sentence: string, mention: NumberMention, hedgeStart: number, previous: FigureBefore | null): TownPart | null {
  if (previous === null || mention.isPercentage || (mention.kind !== 'digits' && mention.kind !== 'words')) return null;
  const tail = TOWN_TAIL.exec(sentence.slice(mention.end, mention.end + 80));
  // "741 cases were in Alpha, and 683 were in other locations": the last item may name the rest of the country.
  if (!tail) {
    const rest = REST_OF_COUNTRY_TAIL.exec(sentence.slice(mention.end, mention.end + 60));
    if (!rest || !LAST_ITEM_GAP.test(sentence.slice(previous.end, hedgeStart))) return null;
    return { category: previous.category, counted: `${countedNoun(previous.counted).split(' ').filter((word) => !ITEM_WORDS.has(word)).join(' ')} ${rest[1]!}`, wholeIndex: previous.partOfIndex };
  }
  const gap = sentence.slice(previous.end, hedgeStart);
  // "deaths in Beta", whether the item was written "81 in Beta" or "81 were in Beta".
  const noun = countedNoun(previous.counted).split(' ').filter((word) => !ITEM_WORDS.has(word)).join(' ');
  const counted = `${noun} ${tail[0].trim().replace(ITEM_VERB_PREFIX, '').replace(/\.$/, '')}`;
  const fits = previous.value === null || mention.value === null || mention.value <= previous.value;
  // The list goes on: the item before is itself told with its town, right after its number.
  if (townOfItem(sentence, previous.end) !== null && BETWEEN_ITEMS.test(gap)) {
    return { category: previous.category, counted, wholeIndex: previous.partOfIndex };
  }
  if (!fits) return null;
  const opensOnTotal = OF_THE_TOTAL_BEFORE.test(sentence.slice(Math.max(0, previous.start - 20), previous.start)) && AFTER_OF_TOTAL.test(gap);
  const listAfterClause = (AFTER_TOTAL_CLAUSE.test(gap) || AFTER_TOLL_VALUE.test(gap)) && NEXT_ITEM.test(sentence.slice(mention.end + tail[0].length, mention.end + tail[0].length + 40));
  return opensOnTotal || listAfterClause ? { category: previous.category, counted, wholeIndex: previous.index } : null;
}
