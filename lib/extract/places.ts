/**
 * The place a sentence names for a figure: a capitalised name after "in", "near", "outside", "from", "on"...,
 * possibly through a description ("in the western suburb of Jazra", "the Iraqi city of Mosul"), after a compass
 * adjective ("western Afghanistan", "North Darfur"), as a region of a country ("Ethiopia's war-hit Tigray
 * region"), with its kind ("the same Borno State", "the Swat Valley") or as a place called something ("a town
 * called Kidal"). The nearest place after the number in its own clause wins, else the nearest before it.
 */
import { isCountry } from './countries';
import { acceptsAsPlace, isPlaceName, withoutHeadlineWords } from './place-names';

// Latin letters with accents belong to a name too ("Tillabéri", "Cúcuta").
const NAME_WORD = `(?:(?:Al|al|El|el|Ad|As|Ar)-)?[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F'’-]+`;
// "Lopez de Micay", "Madre de Dios", "Mocimboa da Praia": a lower-case connector may join two words of a name.
const CONNECTOR = `(?:(?:de|del|da|do|dos|das|di|du)\\s+(?:(?:la|las|los)\\s+)?)?`;
const NAME = `(${NAME_WORD}(?:\\s+${CONNECTOR}(?:(?:Al|al|El|el)-)?[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F'’-]+){0,2})`;
// "the western suburb of", "the Iraqi city of": a description may stand between the preposition and the name.
const DESCRIPTION = `(?:the\\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\\s+){0,3}?(?:of|in)\\s+)?`;
// "from neighbouring Eritrea", "in war-torn Yemen": an adjective may too.
const ADJECTIVE = `(?:(?:neighbou?ring|nearby|restive|[a-z]+-(?:hit|torn|ravaged|stricken|affected))\\s+)?`;
// "fled Raqqa", "the quake that hit Myanmar": verbs of movement and impact also introduce a place. "to", "from",
// "at" and "on" introduce people and organisations as often ("told to", "a letter from"), so they are weak.
const AFTER_PREPOSITION = new RegExp(
  `\\b([Ii]n|[Nn]ear|outside|inside|within|throughout|from|across|into|around|at|of|to|on|fled|flee|fleeing|entered|hit|struck)\\s+${DESCRIPTION}${ADJECTIVE}${NAME}`,
  'g',
);
const WEAK_PREPOSITION = /^(?:from|at|to|on)$/;
// "the National Office for the Management of Risks": a name after "of" that goes on a capitalised title belongs to
// the title; a kind of place before "of" ("the City of", "Republic of") still introduces a place.
const TITLE_BEFORE_OF = /\b(?!(?:City|Province|Region|State|District|Republic|Kingdom|Islands|Isle|Gulf|Bay|Sea|County|Town|Port|Governorate)\b)[A-Z][a-z]+\s+$/;
// "fled from Mosul", "evacuated from Derna": after a verb of flight "from" names a place.
const FLIGHT_BEFORE = /\b(?:fled|fleeing|flee|escaped|displaced|evacuated|arrived|returned|driven|forced)\s+$/;
// Case-sensitive on purpose: the name must start with a capital ("western Afghanistan", not "western suburb").
const AFTER_COMPASS = new RegExp(`\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\\s+${NAME}`, 'g');
// "North Darfur", "South Sudan", "Upper Nile": a capitalised compass word is part of the name.
const COMPASS_NAME = new RegExp(`\\b((?:North|South|East|West|Central|Upper|Lower)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?\\s+${NAME_WORD}(?:\\s+[A-Z][a-zA-Z'’-]+)?)`, 'g');
// "Nigeria's restive Borno State": the kind may be capitalised as part of the name.
const REGION_OF_COUNTRY = new RegExp(`[A-Z][a-zA-Z]+['’]s\\s+(?:[a-z-]+\\s+)?${NAME}\\s+(?:region|province|state|governorate|Region|Province|State|Governorate)\\b`, 'g');
// "the same Borno State", "the Swat Valley, where", "the Tigray region": a name between "the" and its kind.
const NAMED_KIND = new RegExp(`\\bthe\\s+(?:[a-z-]+\\s+){0,2}?((?:${NAME_WORD}\\s+){1,3}?)(?:State|Province|Region|Valley|District|Governorate|County|Strip|state|province|region|valley|district|governorate|county)\\b`, 'g');
// "a town called Kidal", "a village known as Tora Bora".
const CALLED = new RegExp(`\\b(?:city|town|village|camp|district|area|settlement|neighbou?rhood|region|province)\\s+(?:called|named|known\\s+as)\\s+${NAME}`, 'g');

// "In the north, Ardenne district reported 12 new cases": a place with its kind as the subject of a count.
const SUBJECT_WITH_KIND = new RegExp(
  `(?:^|[.;:,]\\s+)${NAME}(?=\\s+(?:district|province|region|county|state|town|city|village|municipality|governorate)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:recorded|reported|registered|counted|confirmed|saw)\\b)`,
  'g',
);
const KIND_WORD = /\s(?:district|province|region|county|state|town|city|village|municipality|governorate)\s/;
// "Balochistan Province (southern Pakistan)", "Bor, the capital of Jonglei state", "Mai Aini camp, near the town
// of Mai Tsebri": a bracket or appositive right after a name locates that name; the figures still belong to it.
// After a country the appositive narrows it instead ("in Iraq, in the city of Mosul").
const LOCATOR = /([A-Z][\w'’-]*)(?:\s+[a-z-]+){0,2}(?:\s*\(\s*(?:[a-z-]+\s+)?|,\s+(?:(?:near|outside|in)\s+)?(?:the|a|an)\s+(?:[A-Za-z-]+\s+){0,3}(?:of|in)\s+)$/;
// "Mosul, Iraq", "Derna in eastern Libya": a country written right after a place only says where that place is.
const COUNTRY_LOCATOR = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:,\s+|\s+in\s+(?:(?:north|south|east|west|central)[a-z-]*\s+)?)$/;
// "he told a UN briefing in Geneva", "told VOA by telephone from Juba": where the source spoke, not where it counted.
const SPEECH_VENUE = /\b(?:told|briefing|reporters|journalists|conference|press)\b[^,.;]{0,40}?\s(?:in|at|from)\s+$/i;
const ORDINAL_DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)\s*$/;
const DISEASE_AFTER = /^\s+(?:virus|disease|fever|outbreak)\b/i;
// "displaced from other parts of Syria": the figure is not in that place.
const ELSEWHERE = /\b(?:other\s+parts|elsewhere|rest)\s+(?:of|in)\s+$/i;
// "Of the 202 dead, 91 were in A, 81 in B": a list of parts by town opens after the toll, and its towns are the parts'.
const SUBSET_MARKER = /\b(?:[Ii]ncluding|of whom|among them|most of them|of which)\b|[,:;]\s+(?:with\s+)?(?:about\s+|some\s+|nearly\s+|at\s+least\s+)?\d[\d,]*\s+(?:of\s+(?:them|whom)\s+)?(?:(?:were|was)\s+)?in\s+[A-Z\u00C0-\u00DE]/;
// "Raqqa city", "the city of Herat", "Khyber Pakhtunkhwa Province": what kind of place a name is, for "the city".
const KIND_SUFFIX = /\s+(City|Province|Region|District|Governorate|Camp|Strip|State|Valley)$/;
const KIND_AFTER = /^\s+(city|town|village|province|region|district|governorate|camp|state|valley)\b/i;
const KIND_BEFORE = /\b(city|town|village|province|region|district|governorate|camp|state|valley)\s+(?:of\s+|called\s+|named\s+|known\s+as\s+)?\)?\s*$/i;
// "Hamas-run Gaza", "DRC's Ituri": the first part qualifies the place named after it.
const QUALIFYING_PREFIX = /^(?:[A-Z][\w]*-(?:run|held|controlled|led|backed|occupied)\s+|[A-Z][\w'’-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)(?=[A-Z])/;
// "Sindh (26)": a number alone in brackets after a name counts for that name.
const LIST_ITEM_PLACE = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*\(\s*$/;
// "in Iraq, in the city of Mosul": only a description stands between a country and a place inside it.
const SPECIFIC_GAP = /^(?:['’]s)?\s*,?\s*(?:(?:in|near|at)\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,4}(?:of\s+)?$/;
// "killed in Pakistan, Afghanistan, India": a list of countries names no one place.
const COUNTRY_LIST_AFTER = /^,\s+([A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)?)(?=\s*(?:,|and\b|or\b|$))/;
// "four were injured in Ukraine as a result of shelling of a school in Donetsk": a place inside the country named later
// in the same clause is where the figure is.
const LATER_IN_CLAUSE = /^[^,;:()"“”]{0,80}\s(?:in|near|at)\s+(?:the\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?)?$/;
const CLAUSE_GAP_BREAK = /\b(?:and|or|but|while|whereas|including|than|from|to|into|across)\b/;
const GAP_BREAK = /\b(?:and|or|but|while|whereas|including|than|as)\b/;

export interface PlaceMention {
  name: string;
  start: number;
  /** "city", "province"...: how the text introduced the place, when it said. */
  kind?: string;
  /** Named inside the attribution ("the health minister in Libya's eastern administration said"). */
  inAttribution?: boolean;
}

function endsWithPlace(textBefore: string): boolean {
  const words = COUNTRY_LOCATOR.exec(textBefore)?.[1]?.split(/\s+/);
  if (!words) return false;
  // "Burkina Faso, Mali" is a list of countries; "Mosul, Iraq" locates Mosul.
  for (let count = 1; count <= words.length; count++) if (isCountry(words.slice(-count).join(' '))) return false;
  return isPlaceName(words.join(' '));
}

function collect(sentence: string, pattern: RegExp, places: PlaceMention[], patternKind?: string): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const group = withoutHeadlineWords(match[match.length - 1]!.trimEnd());
    if (group === '') continue;
    const prefix = QUALIFYING_PREFIX.exec(group)?.[0] ?? '';
    let start = match.index + match[0].indexOf(group) + prefix.length;
    let written = group.slice(prefix.length).replace(/['’]s$/, '');
    // "Libya's Almasar TV": when what follows the possessive is no place, the possessor is.
    if (prefix.includes('s ') && !isPlaceName(written.replace(KIND_SUFFIX, ''))) {
      written = prefix.replace(/['’]s\s+$/, '');
      start -= prefix.length;
    }
    // "Raqqa city", "Ituri Province", "Gaza Strip": keep the name itself; a valley keeps its word ("Swat Valley").
    const name = /\sValley$/.test(written) ? written : written.replace(KIND_SUFFIX, '');
    const preposition = pattern === AFTER_PREPOSITION ? match[1]! : '';
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    const after = sentence.slice(start + written.length, start + written.length + 60);
    const textBefore = sentence.slice(Math.max(0, start - 80), start);
    const kind = patternKind ?? KIND_SUFFIX.exec(written)?.[1] ?? KIND_AFTER.exec(after)?.[1] ?? KIND_BEFORE.exec(textBefore.slice(-24))?.[1];
    const weakPreposition = WEAK_PREPOSITION.test(preposition) && !(preposition === 'from' && FLIGHT_BEFORE.test(before));
    if (!acceptsAsPlace(name, { before, after, weakPreposition }, kind !== undefined)) continue;
    if (preposition === 'of' && TITLE_BEFORE_OF.test(before) && !isCountry(name)) continue;
    // "the 12th of Dhu al-Hijjah" is a date; "Marburg virus disease" a disease.
    if ((preposition === 'of' && ORDINAL_DAY_BEFORE.test(before)) || DISEASE_AFTER.test(after)) continue;
    const located = LOCATOR.exec(textBefore.slice(-60));
    if ((located && !isCountry(located[1]!)) || SPEECH_VENUE.test(textBefore) || ELSEWHERE.test(textBefore)) continue;
    if (isCountry(name) && (endsWithPlace(textBefore.slice(-50)) || isCountry(COUNTRY_LIST_AFTER.exec(after)?.[1] ?? ''))) continue;
    places.push({ name, start, ...(kind ? { kind: kind.toLowerCase() } : {}) });
  }
}

/** Every place-like name of a sentence, in order; a name found twice ("South Sudan", "Sudan") is kept once. */
// "Nepal: Death toll from floods, landslides hits 148": a headline led by a country and a colon is about it.
const COUNTRY_LEAD = /^((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+):\s/;

/** Every place a sentence names; a headline's (`isHeadline`) leading "Country:" too. */
export function findPlaces(sentence: string, isHeadline = false): PlaceMention[] {
  const found: PlaceMention[] = [];
  const lead = isHeadline ? COUNTRY_LEAD.exec(sentence) : null;
  if (lead && isCountry(lead[1]!)) found.push({ name: lead[1]!, start: 0 });
  collect(sentence, AFTER_PREPOSITION, found);
  collect(sentence, AFTER_COMPASS, found);
  collect(sentence, COMPASS_NAME, found);
  collect(sentence, REGION_OF_COUNTRY, found);
  collect(sentence, NAMED_KIND, found);
  collect(sentence, CALLED, found);
  if (KIND_WORD.test(sentence)) collect(sentence, SUBJECT_WITH_KIND, found);
  found.sort((a, b) => a.start - b.start || b.name.length - a.name.length);
  const places: PlaceMention[] = [];
  for (const place of found) {
    const previous = places[places.length - 1];
    if (previous && place.start < previous.start + previous.name.length) continue;
    places.push(place);
  }
  return places;
}

/** The nearest place after `offset` but before any "including" (the parts' places are not the whole's), else before. */
function nearest(sentence: string, places: readonly PlaceMention[], offset: number): PlaceMention | undefined {
  const marker = sentence.slice(offset).search(SUBSET_MARKER);
  const limit = marker === -1 ? sentence.length : offset + marker;
  return places.find((place) => place.start > offset && place.start < limit) ?? places.filter((place) => place.start < offset).pop();
}

/**
 * The place for a figure at `offset` in the sentence: the name a bracketed list item follows ("Sindh (26)"), else
 * the nearest place outside the attribution, else one inside it, else null. A country gives way to the place
 * inside it that the text names right after it.
 */
export function placeFor(sentence: string, places: readonly PlaceMention[], offset: number): string | null {
  const listItem = LIST_ITEM_PLACE.exec(sentence.slice(Math.max(0, offset - 40), offset));
  if (listItem && isPlaceName(listItem[1]!, '')) return listItem[1]!;
  const chosen = nearest(sentence, places.filter((place) => !place.inAttribution), offset) ?? nearest(sentence, places, offset);
  if (!chosen) return null;
  if (!isCountry(chosen.name)) return chosen.name;
  const chosenEnd = chosen.start + chosen.name.length;
  const inside = places.find((place) => place.start > chosenEnd);
  const gap = inside ? sentence.slice(chosenEnd, inside.start) : '';
  const narrows = inside && !isCountry(inside.name) && ((SPECIFIC_GAP.test(gap) && !GAP_BREAK.test(gap)) || (LATER_IN_CLAUSE.test(gap) && !CLAUSE_GAP_BREAK.test(gap)));
  return narrows ? inside.name : chosen.name;
}
