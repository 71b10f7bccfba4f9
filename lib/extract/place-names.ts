/**
 * Whether a capitalised name the place patterns found is really a place. Reports put people, organisations,
 * armed groups, venues and nationalities in the same positions as places ("told Ahmed Ali", "to Al Qaeda",
 * "at the Serena Hotel", "of Ukrainian refugees"), so a name is refused when its own words or the words around it
 * say it is one of those.
 */
import { isCountry, isNationality } from './countries';
import { EVENT_NOUNS, OUTCOME_WORDS, PEOPLE_NOUNS, VERBS_BEFORE } from './lexicon';

const NOT_PLACES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ISIS|IS|UN|U\.S|US|EU|AFP|Reuters|AP|Human|Humanitarian|Operation|The|This|That|His|Her|Their|Its|Our|God|Islam|Islamic|Christmas|Ramadan|Eid)\b/;
// A person's title opens the name ("President Ruto", "Dr Danish"): the name is a person's.
const PERSON_TITLE =
  /^(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Prime|Minister|General|Gen|Colonel|Col|Lt|Lieutenant|Captain|Capt|Major|Maj|Sgt|Sheikh|Imam|Father|Pope|Bishop|Archbishop|King|Queen|Prince|Princess|Sen|Senator|Governor|Gov|Mayor|Commander|Judge|Ambassador|Secretary|Sir|Lord|Mullah|Ayatollah|Emir|Chief|Spokesman|Spokeswoman)\b/;
// Words that make a name an organisation, an armed group or a building rather than a place.
const ORGANISATION_WORDS =
  /\b(?:Office|Organi[sz]ation|Forces|Observatory|Ministry|Federation|Society|Nations|Agency|Fund|Council|Committee|Crescent|Cross|Movement|Front|Army|Party|Conference|Survey|Department|Government|Authority|Tracking|Matrix|Programme|Program|Plan|State|Integrated|Information|Disasters|Health|Affairs|Rights|Mission|Commission|Union|Alliance|Association|Institute|Network|Bank|Company|Group|Services?|Police|Guard|Brigade|Corps|TV|Television|Radio|News|Times|Post|Hotel|Hospital|Clinic|Stadium|Mosque|Church|Cathedral|School|University|College|Mall|Restaurant|Cafe|Club|Theat(?:re|er)|Cinema|Hall|Arena|Qaeda|Shabaab|Hamas|Hezbollah|Taliban|Houthis?|Boko|Wagner)\b/;
// "Ministry of Disasters", "Chief of Mission", "President of Kenya Airways": the name belongs to what comes before.
const ORGANISATION_BEFORE =
  /\b(?:Ministry|Office|Department|Minister|Organi[sz]ation|Federation|Coordination|Commissioner|Council|Committee|Agency|Fund|Society|Forces|Chief|Head|Director|Secretary|President|Mr|Mrs|Ms|Dr|General|Gen|Colonel|Governor|Mayor|Sheikh)\.?\s+$/;
// "according to Ahmed Ali": what follows "according to" is a source (a possessive "Gaza's ministry" still names a place).
const ACCORDING_TO_BEFORE = /\baccording\s+$/i;
// "told Amina Mohammed, a spokeswoman", "from Ali Hassan, who", "to Smith said": a person, known by what follows.
const PERSON_AFTER =
  /^(?:\s+(?:said|says|told|tells|added|adds|stated|explained|wrote|tweeted|warned|announced)\b|,\s+(?:who\b|(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|official|director|head|chief|minister|commander|governor|mayor|president|secretary|coordinator|representative|researcher|analyst|professor|resident|doctor|nurse|witness|survivor|mother|father|farmer|teacher|aged)\b|\d{1,3},))/;
// "Machar's Nuer ethnic group", "the Iraqi city of": a name that qualifies a group or a description.
const QUALIFIER_AFTER = /^\s+(?:ethnic|tribe|tribal|clan|community|militia|(?:city|town|village|province|region|capital|port|state)\s+of)\b/;
// "UNICEF", "RSF": capitals only are an acronym of an organisation, unless the acronym is a country ("DRC").
const ACRONYM = /^[A-Z]{2,}$/;
// "of Haitians", "the Ukrainians": a people, not a place.
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ians|eans|ese)$/;

export interface NameContext {
  /** A few characters before the word that introduced the name (its preposition or verb). */
  before: string;
  /** The characters after the name. */
  after: string;
  /** The name follows a preposition that introduces people as often as places ("to", "from", "at", "on"). */
  weakPreposition: boolean;
}

// A headline in title case capitalises every word ("At Least 59 Killed In More Than 100 Strikes"): hedges, verbs and
// nouns of harm, people and events, and small words are never part of a place's name.
const HEADLINE_WORDS = new Set(`more than least less fewer over under nearly almost about some up to as many at in on
  of for after amid over toll tolls rises rise rose climbs climb tops nears hits reaches death deaths people dozens
  hundreds thousands scores millions flood-hit quake-hit storm-hit war-hit earthquake quake floods flood storm cyclone
  attack blast bombing landslide search survivors`.split(/\s+/));
const isHeadlineWord = (word: string) =>
  HEADLINE_WORDS.has(word) || PEOPLE_NOUNS.has(word) || EVENT_NOUNS.has(word) || OUTCOME_WORDS.has(word) || VERBS_BEFORE.has(word);

/** "Mexico Earthquake Rises" → "Mexico": a title-case name ends before the first headline word in it. */
export function withoutHeadlineWords(name: string): string {
  const words = name.split(/\s+/);
  const cut = words.findIndex((word) => isHeadlineWord(word.toLowerCase()));
  return cut === -1 ? name : words.slice(0, cut).join(' ');
}

/** True when nothing in the name itself marks it as a person, organisation, group, venue or nationality. */
export function isPlaceName(name: string, before = ''): boolean {
  if (NOT_PLACES.test(name) || PERSON_TITLE.test(name) || ORGANISATION_WORDS.test(name)) return false;
  if (isHeadlineWord(name.split(/\s+/)[0]!.toLowerCase())) return false;
  if (ORGANISATION_BEFORE.test(before) || DEMONYM_PLURAL.test(name)) return false;
  if (ACRONYM.test(name) && !isCountry(name)) return false;
  const lastWord = name.split(/\s+/).pop()!;
  // "with Kenyans wondering": the plural of a nationality is a people.
  return !isNationality(lastWord) && !(lastWord.endsWith('s') && isNationality(lastWord.slice(0, -1)));
}

// "refugee camp", "border town", ", a coastal city of", ", Iraq": words after a name that say it is a place.
const PLACE_AFTER =
  /^(?:\s+(?:[a-z-]+\s+)?(?:city|town|village|province|region|district|camp|state|valley|county|area|border|neighbou?rhood|suburb|governorate)\b|['’]s\s|,\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:city|town|village|capital|province|region|district|port|camp|hub)\b|(?:North|South|East|West|Central|Upper|Lower|[A-Z][a-z]+\s+(?:State|Province|Region|District|Governorate|County)\b)))/;

/** True when the name's surroundings allow it as a place; after a weak preposition the text must say so. */
export function acceptsAsPlace(name: string, context: NameContext, kindKnown: boolean): boolean {
  if (!isPlaceName(name, context.before)) return false;
  if (QUALIFIER_AFTER.test(context.after)) return false;
  if (ACCORDING_TO_BEFORE.test(context.before) && !/^['’]s\b/.test(context.after)) return false;
  if (!context.weakPreposition) return true;
  if (PERSON_AFTER.test(context.after)) return false;
  return kindKnown || isCountry(name) || PLACE_AFTER.test(context.after) || (/,\s+[A-Z]/.test(context.after.slice(0, 4)) && isCountry(context.after.slice(2).split(/[,.;(]/)[0]!.trim()));
}
