/**
 * Counts written in brackets after the places of a breakdown, the way situation reports and snapshots flatten a
 * table into a sentence: "20,720 people were displaced, including in Pemba (8,208), Quissanga (5,550) and Macomia
 * (422)", "620,747 IDPs in North Zone (267,403) and West Zone (353,344)". Each bracketed number counts what the
 * figure before the list counts, in the place just before its bracket; the part-of pass links it to that figure.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { categoryOf } from './lexicon';
import type { NumberMention } from './numbers';
import { tokensAfter } from './words';

/** The figure just before the mention in its sentence, as the breakdown reads it. */
export interface BreakdownTotal {
  /** Offset in the sentence where the figure's number ends. */
  end: number;
  value: number | null;
  category: Category | null;
  counted: string;
  isPercentage: boolean;
  /** The figure is itself a bracketed count of the same breakdown. */
  isBracketedItem: boolean;
}

export interface BracketedPlaceCount {
  /** null when the total named none: the item then takes its whole's category. */
  category: Category | null;
  counted: string;
  place: string;
}

// A capitalised name right before the bracket: "Pemba (", "Mocimboa da Praia (", "West Guji (".
const PLACE_BEFORE_BRACKET = /(\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’.-]*|da|de|do|del|la|el|al))*)\s*\(\s*$/u;
// Another "Name (N" follows: the bracket opens a series, not an aside ("(2,930)" after "destroyed").
const NEXT_ITEM = /^\s*\)\s*(?:,|;)?\s*(?:and\s+)?\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’.-]*|da|de|do|del|la|el|al)){0,3}\s*\(\s*\d/u;
const CLOSES_BRACKET = /^\s*\)/;
// Acronyms name organisations, not places: "Ministry of Health (MoH)" never holds a count, but "WFP (120)" might.
const ACRONYM = /^[A-Z]{2,8}s?$/;
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;
// The total and its breakdown share one clause; a longer gap has other counts' words in it.
const GAP_LIMIT = 200;

/**
 * The bracketed place count a mention is, or null. `hedgeStart` is where its raw text begins; `previous` the
 * figure before it in the sentence. Only called for mentions that name no people or events of their own.
 */
export function bracketedPlaceCountAt(sentence: string, mention: NumberMention, hedgeStart: number, previous: BreakdownTotal | null): BracketedPlaceCount | null {
  if (mention.kind !== 'digits' || mention.isPercentage || mention.value === null) return null;
  if (!CLOSES_BRACKET.test(sentence.slice(mention.end, mention.end + 4))) return null;
  const before = PLACE_BEFORE_BRACKET.exec(sentence.slice(Math.max(0, hedgeStart - 60), hedgeStart));
  if (!before) return null;
  const opensSeries = () => NEXT_ITEM.test(sentence.slice(mention.end, mention.end + 80));
  if (previous === null) return opensSeries() ? ledSeriesItemAt(sentence, hedgeStart - before[0].length, before[1]!) : null;
  if (YEAR_LIKE.test(sentence.slice(mention.start, mention.end))) return null;
  const place = before[1]!;
  if (ACRONYM.test(place.split(/\s+/).pop()!)) return null;
  if (hedgeStart - previous.end > GAP_LIMIT) return null;
  // The first item of a series needs another after it; later ones follow an item of the same series.
  if (!previous.isBracketedItem && !opensSeries()) return null;
  // A part never exceeds its whole; a share before the list ("15.5% of IDPs live in sites in A (33,590) and
  // B (62,573)") still says what the counts count.
  if (!previous.isPercentage && previous.value !== null && !previous.isBracketedItem && mention.value > previous.value) return null;
  const noun = previous.counted.split(' in ')[0] || 'people';
  return { category: previous.category, counted: `${noun} in ${place}`, place };
}

// "The deaths were registered in the departments: Ucayali (9), ...": a lead clause that names what the series counts,
// ended by a colon right before its first item. Its noun is the first word of the lead that names people or harm.
const LEAD_BEFORE_SERIES = /^([^:;()]{4,160}):\s*$/;
const PEOPLE_IN_BEFORE = /(?:^|[.;,]\s+)(People|Persons|Families|Households|Residents)\s+(?:in|from)\s+$/;

/**
 * The first item of a series with no figure before it in its sentence, when a lead clause names what it counts
 * ("The deaths were registered in the departments: A (9), B (8)"). The total, if any, is in an earlier sentence.
 * `placeStart` is where the item's place begins.
 */
function ledSeriesItemAt(sentence: string, placeStart: number, place: string): BracketedPlaceCount | null {
  const lead = LEAD_BEFORE_SERIES.exec(sentence.slice(0, placeStart));
  // "People in Puttalam District (12,760) and Colombo District (7,482) have also been affected": people in the places.
  const peopleIn = lead ? null : PEOPLE_IN_BEFORE.exec(sentence.slice(0, placeStart));
  if (peopleIn) return { category: null, counted: `${peopleIn[1]!.toLowerCase()} in ${place}`, place };
  if (!lead) return null;
  const words = tokensAfter(lead[1]!, 0, 30).map((token) => token.word);
  const category = categoryOf(words);
  if (category === null) return null;
  const noun = words.find((word) => categoryOf([word]) === category)!;
  return { category, counted: `${noun} in ${place}`, place };
}

/**
 * Links each bracketed count to the total before its series. Every bracket opens a breakdown for the part-of pass,
 * which would make each item a part of the item before it; `totals` maps an item's index to its total's (null when
 * the series follows a share, which holds no count to be part of).
 */
export function linkBracketedItems(figures: Array<{ value: number | null; low: number | null; partOfIndex: number | null }>, totals: ReadonlyMap<number, number | null>): void {
  for (const [index, totalIndex] of totals) {
    const figure = figures[index]!;
    const total = totalIndex === null ? null : figures[totalIndex]!;
    const fits = total !== null && (total.value === null || (figure.value ?? figure.low ?? 0) <= total.value);
    figure.partOfIndex = fits ? totalIndex : null;
  }
}

/** A led series' total, told in an earlier sentence: the last whole count of the same category before it. */
export function ledSeriesTotal(figures: ReadonlyArray<{ category: Category; isPercentage: boolean; partOfIndex: number | null }>, category: Category | null): number | null {
  for (let index = figures.length - 1; index >= 0; index--) {
    const figure = figures[index]!;
    if (figure.category === category && !figure.isPercentage && figure.partOfIndex === null) return index;
  }
  return null;
}
