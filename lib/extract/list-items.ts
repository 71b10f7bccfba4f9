/**
 * Items of a list that breaks a figure down by place, whose counted noun is written once, with the total or
 * before the list: "64,000 displaced, including 21,500 in North Province, 9,800 in Lake District and ...",
 * "about 40,200 people have fled: 17,100 in X, 6,300 in Y", "killed in three states: 12 in A, 47 in B and 9 in C",
 * the parallel "115,000 refugees into South Sudan and nearly 30,000 into Ethiopia", and further counts of the same
 * event ("645,000 fled in February, with 3.4 million doing so in March").
 */
import type { Category } from '@/lib/figures/vocabulary';
import { categoryOf } from './categories';
import { CIRCUMSTANCE_WORDS } from './lexicon';
import type { NumberMention } from './numbers';
import { SMALL_COUNT_SOURCE, tokensBefore } from './words';

/** An item of a total's breakdown is linked to its total by the part-of pass; a parallel count is not. */
export interface ListItem {
  /** The category the list names; null when the item takes its whole's (set by the part-of pass). */
  category: Category | null;
  counted: string;
}

/** The figure just before the mention in its sentence, as the list reads it. */
export interface PreviousFigure {
  /** Offset in the sentence where the figure's number ends. */
  end: number;
  value: number | null;
  /** null when its words named no category. */
  category: Category | null;
  counted: string;
  /** The figure is itself an item of the same list. */
  isListItem: boolean;
}

// An item names where: "21,500 in North Province", "30,000 into Ethiopia", "6,300 in the Lake District".
// "in the district of Ihorome" and "in southern Chad" name a place too.
// "120 in the north": a compass part of the country names a place too.
// "four each at A and B": "each" may stand before the place.
const ITEM_TAIL =
  /^\s+(?:each\s+)?(?:in|into|to|from|at)\s+(?:(?:the\s+(?:[a-z]+\s+){1,2}of\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}|the\s+(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west)(?:ern)?(?:\s+(?:region|part|parts|provinces|districts))?\b)/;
// The list opens right after the total's clause: "..., including", "...:", "... of whom".
// A bracket opens one too: "six died outside hospitals (4 in A, 2 in B)", and a dash: "3,900 arrived - 3,600 at A and
// 270 at B".
const LIST_OPENER = /(?:(?:,?\s+(?:including|includes|included|include|of\s+whom|among\s+them)|:|\s[-–—])\s+|\s\(\s*)$/i;
// Between two items: the previous item's place and a comma, "and" or a semicolon.
const BETWEEN_ITEMS = /^\s+(?:each\s+)?(?:in|into|to|from|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:[A-Z]|(?:north|south|east|west|cent)[a-z-]*\b)[^,;:()]{0,60}?(?:,\s+and|,|;|\s+and)\s+$/;
// "30 were in Gaza City, 12 in Khan Younis and 5 in Rafah": a comma between a count in a place and an item is a
// list when another item follows.
const AFTER_COUNT_IN_PLACE = /^\s+(?:[\w'’-]+\s+){0,8}?(?:in|into|to|from|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?[A-Z][^,;:()]{0,60}?,\s+$/;
const NOUN_THEN_COMMA = /^\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$/;
const LIST_GOES_ON = /^\s*(?:,\s+(?:and\s+)?|\s+and\s+)(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+|another\s+|over\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;
// After a count with its noun and place: "115,000 Sudanese refugees into South Sudan and".
// After a count with its own clause: "one person was killed, and".
// "106,000 people have been displaced in A, along with 90,000 in B": "along with" and "as well as" join them too.
// "Three people drowned in Ramu, Cox’s Bazar, and one each in Feni": the place may carry its locator after a comma.
const AFTER_COUNT_AND_PLACE = /^\s+(?:[\w'’-]+\s+){0,5}?(?:in|into|to|from|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?[A-Z](?:[^,;:()]|,\s+(?=[A-Z])){0,60}?(?:,?\s+and|,\s+along\s+with|,\s+as\s+well\s+as|,\s+plus)\s+$/;
// "Rutsiro with 26 dead, Nyabihu with 19, and 18 each in Rubavu": places told first, each with its count.
const PLACE_WITH_BEFORE = /(?:,\s+(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+with\s+$/u;
const PLACE_WITH_AT_START = /^\s+(?:[a-z-]+\s+){0,2}?[a-z-]+$|^\s*$/;
const NEXT_AFTER_PLACE_ITEM = /^\s*(?:,\s+and|,|\s+and)\s+$/;
const AFTER_COUNT_CLAUSE = /^\s+(?:[a-z][\w'’-]*\s+){1,4}?(?:killed|dead|died|injured|wounded|displaced|missing|fled|arrested|detained|rescued|evacuated)(?:\s+[a-z]+){0,2},?\s+and\s+$/i;
// "645,000 fled in February, with nearly 3.4 million doing so in March and nearly 900,000 leaving so far":
// further counts of the same kind, told by "doing so" or a verb of the same event.
const PARALLEL_GAP = /^[^.;:]{0,100}?(?:,\s+with|,?\s+and|,)\s+$/i;
const PARALLEL_TAIL = /^\s+(?:doing\s+so|leaving|fleeing|arriving|crossing|returning|dying|escaping)\b/i;
const GAP_LIMIT = 160;

// "at least 12 people died due to the storm, 72 from landslides, six from floodwaters, and eight from the collapse of
// the bridge": counts of the same harm told by its cause.
const CAUSE_TAIL = /^\s+(?:from|due\s+to|by)\s+(?:the\s+)?[a-z][\w-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?(?!(?:in|on|at|near|during)\b)[\p{L}\p{M}\d-]+){0,5}/u;
const CAUSE_CLAUSE_GAP = /^\s+(?:[a-z-]+\s+){0,4}?(?:died|killed|dead|were\s+killed|have\s+died|were\s+injured|injured)\s+(?:due\s+to|from|by|in)\s+[^,;:()\d]{1,60},\s+$/;
const BETWEEN_CAUSES = /^\s+(?:from|due\s+to|by)\s+[^,;:()\d]{1,80}?(?:,\s+and|,|;|\s+and)\s+$/;
const NEXT_CAUSE_ITEM = new RegExp(String.raw`^(?:,\s+and|,|;|\s+and)\s+${SMALL_COUNT_SOURCE}\s+(?:from|due\s+to|by)\s`, 'i');
const HARM_CATEGORIES: ReadonlySet<Category> = new Set(['killed', 'injured']);

/** An item of a list of counts of one harm told by cause ("72 from landslides"), or null. */
function causeItemAt(sentence: string, mention: NumberMention, hedgeStart: number, previous: PreviousFigure): ListItem | null {
  if (previous.category === null || !HARM_CATEGORIES.has(previous.category)) return null;
  const tail = CAUSE_TAIL.exec(sentence.slice(mention.end, mention.end + 80));
  if (!tail) return null;
  const gap = sentence.slice(previous.end, hedgeStart);
  const goesOn = previous.isListItem ? BETWEEN_CAUSES.test(gap) : CAUSE_CLAUSE_GAP.test(gap) && NEXT_CAUSE_ITEM.test(sentence.slice(mention.end + tail[0].length, mention.end + tail[0].length + 30));
  if (!goesOn) return null;
  return { category: previous.category, counted: `${countedNoun(previous.counted).split(' ').filter((word) => !/^(?:died|killed|dead|were|have|due)$/.test(word))[0] ?? 'people'} ${previous.category === 'killed' ? 'killed' : 'injured'} ${tail[0].trim()}` };
}

/**
 * "Rutsiro with 26 dead, Nyabihu with 19, and 18 each in Rubavu and Ngororero": after a count told as "Place with N
 * dead", a count after another "Place with" (or, after such an item, one with a place after it) counts the same harm.
 */
function placeFirstItemAt(sentence: string, hedgeStart: number, previous: PreviousFigure, tail: string | null): ListItem | null {
  const gap = sentence.slice(previous.end, hedgeStart);
  const place = PLACE_WITH_BEFORE.exec(gap);
  const previousIsPlaceFirst = /\bwith\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?$/.test(sentence.slice(Math.max(0, previous.end - 60), previous.end).replace(/[\d,.]+$/, ''));
  if (!previousIsPlaceFirst) return null;
  if (place && PLACE_WITH_AT_START.test(gap.slice(0, place.index))) {
    const name = place[0].replace(/^[,\s]*(?:and\s+)?/, '').replace(/\s+with\s+$/, '');
    return { category: previous.category, counted: `${countedNoun(previous.counted)} in ${name}` };
  }
  if (previous.isListItem && tail !== null && NEXT_AFTER_PLACE_ITEM.test(gap)) return { category: previous.category, counted: `${countedNoun(previous.counted)} ${tail}` };
  return null;
}

function placeTail(sentence: string, mention: NumberMention): string | null {
  const tail = ITEM_TAIL.exec(sentence.slice(mention.end, mention.end + 80));
  return tail ? tail[0].trim().replace(/\.$/, '') : null;
}

/** "Deaths were reported in three states: 12 in A, ...": a list with no total names its category before it opens. */
function listNamedBefore(sentence: string, hedgeStart: number, tail: string): ListItem | null {
  const windowStart = Math.max(0, hedgeStart - GAP_LIMIT);
  const opener = LIST_OPENER.exec(sentence.slice(windowStart, hedgeStart));
  if (!opener) return null;
  const words = tokensBefore(sentence, windowStart + opener.index, 12).map((token) => token.word);
  const category = categoryOf(words);
  if (category === null) return null;
  // The first word of the list's category names what every item counts ("deaths in A").
  const noun = words.find((word) => categoryOf([word]) === category)!;
  return { category, counted: `${noun} ${tail}` };
}

/** "people displaced in July" without "in July": the noun and verb an item shares with its list. */
export function countedNoun(counted: string): string {
  const words = counted.split(' ');
  const cut = words.findIndex((word, index) => index > 0 && CIRCUMSTANCE_WORDS.has(word.toLowerCase()));
  return (cut === -1 ? words : words.slice(0, cut)).join(' ');
}

/**
 * The list item a mention is, or null. `hedgeStart` is where its raw text begins; `previous` the figure just
 * before it in the sentence, if any. Only called for mentions that name no people or events of their own.
 */
export function listItemAt(sentence: string, mention: NumberMention, hedgeStart: number, previous: PreviousFigure | null): ListItem | null {
  if (mention.isPercentage || (mention.kind !== 'digits' && mention.kind !== 'words')) return null;
  if (previous !== null && previous.category !== null && PARALLEL_TAIL.test(sentence.slice(mention.end, mention.end + 20)) && PARALLEL_GAP.test(sentence.slice(previous.end, hedgeStart))) {
    return { category: previous.category, counted: countedNoun(previous.counted) };
  }
  const tail = placeTail(sentence, mention);
  const placeFirst = previous === null || previous.category === null ? null : placeFirstItemAt(sentence, hedgeStart, previous, tail);
  if (placeFirst) return placeFirst;
  if (tail === null) return previous === null ? null : causeItemAt(sentence, mention, hedgeStart, previous);
  if (previous === null) return listNamedBefore(sentence, hedgeStart, tail);
  const gap = sentence.slice(previous.end, hedgeStart);
  if (gap.length > GAP_LIMIT) return null;
  const shared = countedNoun(previous.counted);
  if (previous.isListItem && BETWEEN_ITEMS.test(gap)) {
    return { category: previous.category, counted: `${shared} ${tail}` };
  }
  // "24 confirmed fatalities, 11 from A, eight from B and five from C": a comma after the total's noun opens a list
  // when more items follow.
  const tailEndAt = mention.end + (ITEM_TAIL.exec(sentence.slice(mention.end, mention.end + 80))?.[0].length ?? 0);
  const commaOpensList = !previous.isListItem && NOUN_THEN_COMMA.test(gap) && LIST_GOES_ON.test(sentence.slice(tailEndAt, tailEndAt + 24));
  if (LIST_OPENER.test(gap) || commaOpensList) {
    // "in three states: 12 in A, ...": a smaller number before the list is not its total.
    const isTotal = previous.value === null || mention.value === null || previous.value >= mention.value;
    if (commaOpensList) return isTotal ? { category: previous.category, counted: `${shared} ${tail}` } : null;
    return isTotal ? { category: null, counted: `${shared} ${tail}` } : listNamedBefore(sentence, hedgeStart, tail);
  }
  // "115,000 Sudanese refugees into South Sudan and nearly 30,000 into Ethiopia": the same count, elsewhere.
  if (AFTER_COUNT_AND_PLACE.test(gap) || AFTER_COUNT_CLAUSE.test(gap)) {
    return { category: previous.category, counted: `${shared} ${tail}` };
  }
  const tailEnd = mention.end + (ITEM_TAIL.exec(sentence.slice(mention.end, mention.end + 80))?.[0].length ?? 0);
  if (previous.category !== null && AFTER_COUNT_IN_PLACE.test(gap) && LIST_GOES_ON.test(sentence.slice(tailEnd, tailEnd + 24))) {
    return { category: previous.category, counted: `${shared} ${tail}` };
  }
  // "eight from the collapse of the Phong Chau Bridge": a cause may name a place too.
  return causeItemAt(sentence, mention, hedgeStart, previous);
}
