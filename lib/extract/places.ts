/**
 * The place a sentence names for a figure: a capitalised name after "in", "near", "outside", "from", "on"...,
 * possibly through a description ("in the western suburb of Jazra", "the city of Herat"), after a compass
 * adjective ("western Afghanistan") or as a region of a country ("Ethiopia's war-hit Tigray region"). The
 * nearest place after the number in its own clause wins, else the nearest before it.
 */
const NAME = `((?:(?:Al|al|El|el|Ad|As|Ar)-)?[A-Z][a-zA-Z'’-]+(?:\\s+(?:(?:Al|al|El|el)-)?[A-Z][a-zA-Z'’-]+){0,2})`;
// "fled Raqqa", "displaced inside Ukraine", "the quake that hit Myanmar": verbs of movement and impact, and a few
// more prepositions, also introduce a place.
const AFTER_PREPOSITION = new RegExp(
  `\\b(?:[Ii]n|[Nn]ear|outside|inside|within|throughout|from|across|into|around|at|of|to|on|fled|flee|fleeing|hit|struck)\\s+(?:the\\s+(?:[a-z-]+\\s+){0,3}?(?:of|in)\\s+)?${NAME}`,
  'g',
);
// Case-sensitive on purpose: the name must start with a capital ("western Afghanistan", not "western suburb").
const AFTER_COMPASS = new RegExp(`\\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth-?east|[Nn]orth-?west|[Ss]outh-?east|[Ss]outh-?west|[Cc]entral)(?:ern)?\\s+${NAME}`, 'g');
const REGION_OF_COUNTRY = new RegExp(`[A-Z][a-zA-Z]+['’]s\\s+(?:[a-z-]+\\s+)?${NAME}\\s+(?:region|province|state|governorate)\\b`, 'g');

const NOT_PLACES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|ISIS|IS|UN|U\.S|US|EU|AFP|Reuters|AP|Human|Humanitarian|Operation|The|This|That|His|Her|Their|Its|Our|God|Islam|Islamic|Christmas|Ramadan|Eid)\b/;
const ORGANISATION_WORDS =
  /\b(?:Office|Organi[sz]ation|Forces|Observatory|Ministry|Federation|Society|Nations|Agency|Fund|Council|Committee|Crescent|Cross|Movement|Front|Army|Party|Conference|Survey|Department|Government|Authority|Tracking|Matrix|Programme|Program|Plan|State|Integrated|Information|Disasters|Health|Affairs|Rights)\b/;
// "Ministry of Disasters", "Office for ...": the name after the preposition belongs to an organisation.
const ORGANISATION_BEFORE = /\b(?:Ministry|Office|Department|Minister|Organi[sz]ation|Federation|Coordination|Commissioner|Council|Committee|Agency|Fund|Society|Forces)\s+$/;
// "of Ukrainian refugees", "the lives of Haitians": nationality words are not places.
const DEMONYM_ADJECTIVE = /^[A-Z][a-z]+(?:ian|ean|ese|ish)$/;
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ians|eans)$/;
// "Balochistan Province (southern Pakistan)", "Bor, the capital of Jonglei state": a bracket or appositive right
// after a name locates that name; the figures still belong to the name.
const LOCATOR = /[A-Z][\w'’-]*(?:\s*\(\s*(?:[a-z-]+\s+)?|,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:of|in)\s+)$/;
// "he told a UN briefing in Geneva", "told VOA by telephone from Juba": where the source spoke, not where it counted.
const SPEECH_VENUE = /\b(?:told|briefing|reporters|journalists|conference|press)\b[^,.;]{0,40}?\s(?:in|at|from)\s+$/i;
const SUBSET_MARKER = /\b(?:including|of whom|among them|most of them|of which)\b/i;
// "Raqqa city", "the city of Herat", "Khyber Pakhtunkhwa Province": what kind of place a name is, for "the city".
const KIND_SUFFIX = /\s+(City|Province|Region|District|Governorate|Camp|Strip|State)$/;
const KIND_AFTER = /^\s+(city|town|village|province|region|district|governorate|camp|state)\b/i;
const KIND_BEFORE = /\b(city|town|village|province|region|district|governorate|camp|state)\s+(?:of\s+)?\)?\s*$/i;
// "Sindh (26)": a number alone in brackets after a name counts for that name.
const LIST_ITEM_PLACE = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*\(\s*$/;

export interface PlaceMention {
  name: string;
  start: number;
  /** "city", "province"...: how the text introduced the place, when it said. */
  kind?: string;
}

function isPlaceName(name: string, textBefore: string): boolean {
  return !NOT_PLACES.test(name) && !ORGANISATION_WORDS.test(name) && !ORGANISATION_BEFORE.test(textBefore);
}

function collect(sentence: string, pattern: RegExp, places: PlaceMention[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const start = match.index + match[0].indexOf(match[1]!);
    const written = match[1]!.replace(/['’]s$/, '');
    // "Raqqa city", "Ituri Province", "Gaza Strip": keep the name itself.
    const name = written.replace(KIND_SUFFIX, '');
    const textBefore = sentence.slice(Math.max(0, match.index - 16), match.index + 1);
    if (!isPlaceName(name, textBefore)) continue;
    const after = sentence.slice(start + match[1]!.length, start + match[1]!.length + 14);
    if ((DEMONYM_ADJECTIVE.test(name) && /^\s+[a-z]/.test(after)) || DEMONYM_PLURAL.test(name)) continue;
    if (LOCATOR.test(sentence.slice(Math.max(0, start - 60), start)) || SPEECH_VENUE.test(sentence.slice(Math.max(0, start - 80), start))) continue;
    const kind = KIND_SUFFIX.exec(written)?.[1] ?? KIND_AFTER.exec(after)?.[1] ?? KIND_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start))?.[1];
    places.push({ name, start, ...(kind ? { kind: kind.toLowerCase() } : {}) });
  }
}

/** Every place-like name of a sentence, in order. */
export function findPlaces(sentence: string): PlaceMention[] {
  const places: PlaceMention[] = [];
  collect(sentence, AFTER_PREPOSITION, places);
  collect(sentence, AFTER_COMPASS, places);
  collect(sentence, REGION_OF_COUNTRY, places);
  return places.sort((a, b) => a.start - b.start);
}

/**
 * The place for a figure at `offset` in the sentence: the name a bracketed list item follows ("Sindh (26)"), else
 * the nearest after it but before any "including" (the parts' places are not the whole's), else nearest before,
 * else null.
 */
export function placeFor(sentence: string, places: readonly PlaceMention[], offset: number): string | null {
  const listItem = LIST_ITEM_PLACE.exec(sentence.slice(Math.max(0, offset - 40), offset));
  if (listItem && isPlaceName(listItem[1]!, '')) return listItem[1]!;
  const marker = sentence.slice(offset).search(SUBSET_MARKER);
  const limit = marker === -1 ? sentence.length : offset + marker;
  const after = places.find((place) => place.start > offset && place.start < limit);
  if (after) return after.name;
  const before = places.filter((place) => place.start < offset).pop();
  return before?.name ?? null;
}
