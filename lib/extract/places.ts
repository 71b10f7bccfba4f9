/**
 * The place a sentence names for a figure: a capitalised name after "in", "near", "outside", "from", "on"...,
 * possibly through a description ("in the western suburb of Jazra", "the city of Herat"), after a compass
 * adjective ("western Afghanistan") or as a region of a country ("Ethiopia's war-hit Tigray region"). The
 * nearest place after the number in its own clause wins, else the nearest before it.
 */
const NAME = `((?:(?:Al|al|El|el|Ad|As|Ar)-)?[A-Z][a-zA-Z'’-]+(?:\\s+(?:(?:Al|al|El|el)-)?[A-Z][a-zA-Z'’-]+){0,2})`;
const AFTER_PREPOSITION = new RegExp(
  `\\b(?:[Ii]n|[Nn]ear|outside|from|across|into|around|at|of|to|on)\\s+(?:the\\s+(?:[a-z-]+\\s+){0,3}?(?:of|in)\\s+)?${NAME}`,
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
const SUBSET_MARKER = /\b(?:including|of whom|among them)\b/i;

export interface PlaceMention {
  name: string;
  start: number;
}

function collect(sentence: string, pattern: RegExp, places: PlaceMention[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const start = match.index + match[0].indexOf(match[1]!);
    // "Raqqa city", "Ituri Province", "Gaza Strip": keep the name itself.
    const name = match[1]!.replace(/['’]s$/, '').replace(/\s+(?:City|Province|Region|District|Governorate|Camp|Strip)$/, '');
    const textBefore = sentence.slice(Math.max(0, match.index - 16), match.index + 1);
    if (NOT_PLACES.test(name) || ORGANISATION_WORDS.test(name) || ORGANISATION_BEFORE.test(textBefore)) continue;
    places.push({ name, start });
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
 * The place for a figure at `offset` in the sentence: nearest after it but before any "including" (the parts'
 * places are not the whole's), else nearest before, else null.
 */
export function placeFor(sentence: string, places: readonly PlaceMention[], offset: number): string | null {
  const marker = sentence.slice(offset).search(SUBSET_MARKER);
  const limit = marker === -1 ? sentence.length : offset + marker;
  const after = places.find((place) => place.start > offset && place.start < limit);
  if (after) return after.name;
  const before = places.filter((place) => place.start < offset).pop();
  return before?.name ?? null;
}
