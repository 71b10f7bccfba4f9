/**
 * Numbers that read like counts of people but count none the report means to give: the family of one person told of
 * ("he, his wife and four children", "her two children"), a vehicle's usual load ("boats often carrying more than
 * 250 people"), the state of a place ("declares the site 100% cleared"), a possibility with no number ("one or more
 * might be trapped"), how many times people did something ("fleeing for the second time") and a fraction of a group
 * ("three quarters of those people", "two thirds of the displaced"), a person quoted without a name ("One refugee, who
 * preferred not to give his name, ..."), a manner ("one victim at a time"), organisations ("several UN bodies"), and a share of a named place's damage ("90 per
 * cent of Chinatown had been ransacked"), a share of buildings, services or land ("up to 90 percent of homes"), a
 * likelihood ("a 70 percent chance"), a share of places just counted ("In the 66 villages 56% reported ..."),
 * animals counted by the head ("1,174 heads of livestock") and some of the places or things just named ("several
 * municipalities, including three of the four affected").
 */
import { EVENT_NOUNS, PEOPLE_NOUNS, THING_NOUNS } from './lexicon';
import type { NumberMention } from './numbers';
import { tokensAfter } from './words';

// Relatives and children of the person named before: the family of one interviewee, not a count of the harmed.
const KIN_NOUNS = new Set([
  'children', 'child', 'kids', 'sons', 'daughters', 'boys', 'girls', 'babies', 'brothers', 'sisters', 'siblings', 'cousins',
  'relatives', 'grandchildren', 'nephews', 'nieces', 'wives', 'uncles', 'aunts', 'grandsons', 'granddaughters',
]);
// "her two children", "my three sons": a possessive of one person before the number.
const ONE_PERSONS_BEFORE = /\b(?:his|her|my)\s+(?:own\s+|young\s+|youngest\s+|eldest\s+)?$/i;
// "he, his wife and four children", "her husband and two sons": the number goes on from a spouse or parent.
const WITH_SPOUSE_BEFORE = /\b(?:his|her|my|their)\s+(?:wife|husband|mother|father|parents|spouse|partner)\s+and\s+(?:their\s+|his\s+|her\s+)?$/i;
// "often carrying more than 250 people", "boats designed to carry 40": what a vehicle usually takes, not who was aboard.
const USUAL_LOAD_BEFORE =
  /\b(?:(?:often|usually|typically|normally|sometimes|regularly|routinely|commonly|generally)\s+(?:carrying|carry|carries|carried|holding|hold|holds|with\s+room\s+for|packed\s+with|crammed\s+with)|(?:designed|built|meant|made|able)\s+to\s+(?:carry|hold|seat|take)|capacity\s+(?:of|for)|(?:can|could|would|will)\s+(?:hold|house|accommodate))\s+$/i;
// "declares the mall 100% cleared", "the road is 80 percent complete": a share of a place's state, not of people.
const STATE_AFTER_PERCENTAGE =
  /^\s+(?:cleared|secured|complete|completed|finished|done|safe|sure|certain|ready|operational|functional|restored|accurate|correct|effective|rebuilt|repaired)\b/i;
// "90 per cent of Chinatown had been ransacked", "50% of the city is affected": a share of a place's damage, not of
// people.
const PLACE_DAMAGE_AFTER_PERCENTAGE =
  /^\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|(?:city|town|village|capital|island|district|camp)(?:['’]s\s+(?:territory|area|surface))?)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are|lay|lies)\s+(?:[a-z]+\s+){0,2}?(?:ransacked|looted|burned|burnt|destroyed|damaged|flooded|razed|levelled|leveled|flattened|submerged|underwater|affected)\b/;
// "killed 1,174 heads of livestock": animals, counted by the head.
const HEADS_OF_ANIMALS_AFTER = /^\s+heads?\s+of\s+(?:livestock|cattle|animals|sheep|goats|poultry|camels|buffalo(?:es)?|pigs|cows)\b/i;
// "One refugee, who preferred not to give his name, ...": a person the report quotes, not a count.
const ANONYMOUS_SPEAKER_AFTER =
  /^\s+[a-z-]+(?:\s+[a-z-]+)?,\s+who\s+(?:preferred|asked|declined|requested|refused|did\s+not\s+want|spoke\s+on\s+condition|would\s+not\s+give|gave\s+only)\b/i;
// "up to 90 percent of homes", "about 45 per cent of health facilities": a share of buildings, services or land
// counts no people ("70% of the population", "40% of the displaced" still do).
const THING_SHARE_NOUNS = `homes|houses|buildings|facilities|hospitals|clinics|schools|infrastructure|roads|bridges|crops|livestock|land|farmland|territory|structures|dwellings|shelters|health\\s+facilities|housing`;
const THING_SHARE_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+)?(?:[a-z-]+\\s+){0,2}(?:${THING_SHARE_NOUNS})\\b`, 'i');
// "50 percent of buildings have been destroyed and 95 per cent are no longer habitable": the share goes on.
const THING_SHARE_BEFORE = new RegExp(`\\d\\s*(?:%|per\\s?cent|percent)\\s+of\\s+(?:the\\s+|all\\s+)?(?:[a-z-]+\\s+){0,2}(?:${THING_SHARE_NOUNS})\\b[^.;]{0,40}\\band\\s+$`, 'i');
// "In the 66 villages 56% reported medical supplies were not available": a share of the places just counted.
const SHARE_OF_COUNTED_PLACES_BEFORE = /\b(?:in|of|across|among)\s+(?:the|these|those)\s+[\d,]+\s+(?:[a-z-]+\s+)?(?:villages|districts|provinces|communities|sites|facilities|schools|hospitals|clinics|camps|settlements|municipalities)\s*,?\s*$/i;
// "a 70 percent chance that a quake may occur", "the probability dropping to 50 percent": a likelihood.
const LIKELIHOOD_AFTER = /^\s+(?:chance|probability|likelihood|risk)\b/i;
const LIKELIHOOD_BEFORE = /\b(?:probability|chance|likelihood)\b[^.;,]{0,24}$/i;
// "Local media interviewed one injured inmate outside the hospital who said": a person quoted, not a count.
const ONE_WHO_SAID_AFTER = /^\s+(?:[a-z-]+\s+){1,6}?who\s+(?:said|says|told|recalled|described|explained)\b/i;
// "We're going to take one deceased victim at a time": a manner, not a count.
const AT_A_TIME_AFTER = /^\s+(?:[a-z-]+\s+){0,2}at\s+a\s+time\b/i;
// "several UN bodies and NGOs": organisations, not the dead.
const ORGANISATION_BODIES_AFTER = /^\s+(?:UN|U\.N\.|United\s+Nations|international|government|governmental|aid|humanitarian|regional|public|official|governing|advisory)\s+bodies\b/i;
// "one or more might be trapped": the speaker does not know there is anyone.
const ONE_OR_MORE = /^one\s+or\s+more$/i;
// "a majority fleeing conflict for the second time": how often each of them did it, not a count of events.
const FOR_THE_BEFORE = /\bfor\s+the\s+$/i;
// "two thirds of the displaced": the number word is a fraction's numerator.
const FRACTION_WORDS = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);

// "alerts had been raised for several municipalities, including three of the four affected": the part counts the
// places named before it, whatever the words after it say of them.
const INCLUDING_BEFORE = /\b([a-z]+)\s*,?\s+(?:including|among\s+them|of\s+which)\s+(?:[\w-]+\s+of\s+(?:the\s+)?)?$/i;

const HOUSEHOLDS_DESTROYED_AFTER =
  /^\s+(?:of\s+(?:the\s+)?[\d,]+\s+)?(?:[a-z-]+\s+)?households?\b[^.;\d]{0,50}?\b(?:were|was|have\s+been|had\s+been)\s+(?:completely\s+|partially\s+|partly\s+|totally\s+|fully\s+)?(?:destroyed|damaged|washed\s+away|swept\s+away|flattened|razed)\b/i;
const FIRST_FEW_BEFORE = /\b(?:of|after|following|since|with)\s+the\s+(?:first|last)\s+$/i;

/** A part, with no noun of its own, of places or things named right before. */
function partOfThingsBefore(sentence: string, mention: NumberMention, before: string): boolean {
  const including = INCLUDING_BEFORE.exec(before);
  if (!including || !THING_NOUNS.has(including[1]!.toLowerCase())) return false;
  const next = tokensAfter(sentence, mention.end, 1)[0];
  return next === undefined || !(PEOPLE_NOUNS.has(next.word) || EVENT_NOUNS.has(next.word));
}

/** True when the mention (its end past any hedge after it) reads as one of the non-counts above. */
export function isNotACount(sentence: string, mention: NumberMention, hedgeStart: number): boolean {
  if (mention.kind === 'ordinal') return FOR_THE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 8), mention.start));
  if (mention.isPercentage) {
    const after = sentence.slice(mention.end, mention.end + 90);
    const before = sentence.slice(Math.max(0, hedgeStart - 90), hedgeStart);
    return STATE_AFTER_PERCENTAGE.test(after) || PLACE_DAMAGE_AFTER_PERCENTAGE.test(after) || THING_SHARE_AFTER.test(after) ||
      THING_SHARE_BEFORE.test(before) || LIKELIHOOD_AFTER.test(after) || LIKELIHOOD_BEFORE.test(before) || SHARE_OF_COUNTED_PLACES_BEFORE.test(before);
  }
  if (mention.value === 1 && ONE_OR_MORE.test(sentence.slice(mention.start, mention.end))) return true;
  const rest = sentence.slice(mention.end, mention.end + 40);
  if ((mention.value === 1 && AT_A_TIME_AFTER.test(rest)) || ORGANISATION_BODIES_AFTER.test(rest) || HEADS_OF_ANIMALS_AFTER.test(rest)) return true;
  if (mention.value === 1 && mention.kind === 'words' && (ANONYMOUS_SPEAKER_AFTER.test(sentence.slice(mention.end, mention.end + 80)) || ONE_WHO_SAID_AFTER.test(sentence.slice(mention.end, mention.end + 80)))) return true;
  const before = sentence.slice(Math.max(0, hedgeStart - 48), hedgeStart);
  if (/carr|hold|room|pack|cram|seat|tak|capacit|hous|accommod/i.test(before) && USUAL_LOAD_BEFORE.test(before)) return true;
  if (partOfThingsBefore(sentence, mention, before)) return true;
  // "Thirty-six of the 172 households ... were completely destroyed": households destroyed are homes.
  if (HOUSEHOLDS_DESTROYED_AFTER.test(sentence.slice(mention.end, mention.end + 120))) return true;
  // "Immediately following the confirmation of the first two cases": which ones, not how many.
  if (mention.kind === 'words' && FIRST_FEW_BEFORE.test(before)) return true;
  const next = tokensAfter(sentence, mention.end, 1)[0];
  if (next !== undefined && mention.kind === 'words' && FRACTION_WORDS.has(next.word)) return true;
  return next !== undefined && KIN_NOUNS.has(next.word) && (ONE_PERSONS_BEFORE.test(before) || WITH_SPOUSE_BEFORE.test(before));
}
