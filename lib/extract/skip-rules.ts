import {
  AUXILIARIES, CIRCUMSTANCE_WORDS, EVENT_NOUNS, JOINED_DESCRIPTION_AFTER, OUTCOME_WORDS, PEOPLE_NOUNS, SKIPPED_BEFORE_NUMBER, THING_NOUNS, UNIT_NOUNS, VERBS_BEFORE,
} from './lexicon';
import { elidedCaseCount, elidedListNoun, numberOfPhraseBefore, othersAreThings, sharedNounAfter } from './elided-counts';
import { isNonCountForm } from './non-count-forms';
import { passiveSubject, shelteredSubject, vagueSubject } from './subject-counts';
import { isNotACount } from './not-counts';
import type { NumberMention } from './numbers';
import { pastBracketedShare, pastDashAside, pastQualifierSeries, tokensAfter, tokensBefore, type Token } from './words';

/**
 * Decides whether a number phrase counts people or events. Reports are full of numbers that do not: dates,
 * years, ages, clock times, durations, distances, magnitudes, money, street numbers, and counts of things
 * ("12 ambulances", "several fronts"). The test is positive: a figure is kept only when the words after it name
 * people or events, or the verb before it is an outcome ("killed more than 2,000", "displaced millions").
 */

// Capitalised plurals of nationality or faith ("Gazans", "Syrians", "Sudanese", "Israelis", "Muslims").
const DEMONYM = /^[A-Z][a-z]+(?:ans|ese|is|ims|ites|ards)$/;
// "Taiwan quake injuries top 1000": a count of injuries reaches its number as a toll does.
const TOLL_CONTEXT = new Set(['toll', 'tally', 'casualties', 'deaths', 'dead', 'fatalities', 'injuries']);
const TOLL_OF_BEFORE = /\b(?:(?:death\s+)?toll|(?:death|casualty)\s+(?:figure|count))\s+of\s+$/i;
export const PUT_AT_BEFORE = /\b(?:put|puts|putting|placed|places)\s+(?:the|their|its)\s+(?:death\s+)?(?:number|figure|toll|tally|count)\s+at\s+$/i;
const TOLL_WORDS = /\b(?:toll|tally|casualties|deaths|dead|fatalities|injuries|(?:death|casualty)\s+(?:figure|count)|loss\s+of\s+(?:life|lives))\b/i;
// "the loss of life from the typhoon would be closer to 2,000": the loss of life is a toll, in the same clause.
export const LOSS_OF_LIFE_BEFORE = /\bloss\s+of\s+(?:life|lives)\b[^,;.]*$/i;
// "two deaths each" shares a count out; only "each day", "every week" make it a rate.
// "12,000 people per square kilometre", "kills hundreds every year", "below 10 cases per week": a density or a
// standing rate, not a count. A daily average of a crisis ("71 killed and 344 wounded every day") counts its people.
const RATE_AFTER = /^\s+(?:per\s+(?!day\b|hour\b|night\b)|(?:each|every|an?)\s+(?:week|month|year))\b/i;
// A daily rate counts only the harmed ("344 wounded every day", "71 dead per day"); "2,000 people a day" crossing a
// border is a flow, not a count.
const DAILY_RATE_AFTER = /^\s+(?:per|each|every|an?)\s+(?:day|hour|night)\b/i;
const DAILY_HARM_WORDS = new Set(['killed', 'dead', 'deaths', 'died', 'wounded', 'injured', 'casualties']);
// "One of the most affected districts": picks one member of a group, counts nothing.
// "In one of several deadly cases documented": an example picked from a group, which is counted no more than it is.
const ONE_OF = /^\s+of\s+(?:the|its|their|his|her|our|these|those|several|many|numerous)\b/i;
const ONE_OF_BEFORE = /\bone\s+of\s+$/i;
// "At least one of the deaths", "one of the victims": one member of a group of the harmed is still a count.
const ONE_OF_THE_HARMED = /^\s+of\s+(?:the|these|those)\s+(?:deaths|dead|victims|killed|injured|wounded|casualties|fatalities)\b/i;
// "One of the dead, Ahmed Ali, ...", "one of the victims was identified as a nurse", "One of the victims was of French
// nationality": a person told of, not a count.
const ONE_OF_THE_HARMED_NAMED =
  /^\s+of\s+(?:the|these|those)\s+(?:deaths|dead|victims|killed|injured|wounded|casualties|fatalities)(?:,\s+(?:[A-Z]|a\s|an\s)|\s+(?:was|is)\s+(?:named|identified|a|an|his|her|of|from)\b)/;
// "55 of 75 confirmed dead": a count out of a larger count of people.
// "380 of the village's approximately 600 residents died": the larger count may follow a possessive and a hedge.
export const OUT_OF_COUNT =
  /^\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:[a-z-]+['’]s\s+)?(?:(?:approximately|about|around|some|nearly|almost|roughly|an\s+estimated)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)\b/;
// "the death toll ... has climbed to 449", "rising to 832", "remains steady at nine": a toll named earlier in the
// sentence reaches the number.
export const RISES_TO_BEFORE =
  /\b(?:climb(?:ed|s|ing)?|(?:gone|went|goes|going)\s+up|r(?:ose|isen|ises|ising|ise)|jump(?:ed|s|ing)?|reach(?:ed|es|ing)?|increas(?:ed|es|ing)|gr(?:ew|own|ows)|stood\s+at|stands\s+at|remain(?:s|ed)?\s+(?:steady\s+|unchanged\s+|stable\s+)?at|hit|hits)\s+(?:to\s+|from\s+)?$/i;
// "rose only slightly Tuesday, to 83": a few words, and a comma, may stand between the verb and "to".
const RISES_LATER_TO_BEFORE = /\b(?:rose|risen|rises|climbed|jumped|increased|grew|went\s+up)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+to\s+$/i;

/** The verb that moves a count to the number just after it, right before it or a few words back. */
export function risesToBefore(sentence: string, start: number): boolean {
  if (RISES_TO_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) return true;
  return sentence.startsWith(', to ', start - 5) && RISES_LATER_TO_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}
// Words that may follow the value of a toll ("rose to 45 on Monday"); any other word makes the number a count of
// something else ("one week ago", "several remote islands").
const AFTER_TOLL_VALUE = new Set(['earlier', 'previously', 'despite', 'amid', 'following', 'and', 'or', 'on', 'in', 'as', 'with', 'after', 'since', 'from', 'by', 'according', 'at', 'while', 'but', 'including', 'when', 'so', 'people', 'the', 'this', 'last', 'yesterday', 'today', 'overnight', 'now', 'to', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// "one death", "1 case": after one, the counted noun is written in the singular.
const SINGULAR_COUNTED = new Set(['death', 'fatality', 'casualty', 'victim', 'person', 'child', 'civilian', 'refugee', 'case', 'body']);
const SEXES = new Set(['male', 'female', 'males', 'females']);
const SEX_BREAKDOWN_BEFORE = /\(\s*(?:\d[\d,]*\s+(?:males?|females?)\s*(?:,|and|;)\s*)?$/i;
const SINGULAR_PEOPLE = new Set(['boy', 'girl', 'man', 'woman', 'soldier', 'officer', 'policeman', 'teacher', 'guard', 'worker', 'student', 'baby', 'infant']);
const JOINED_TO_COUNT_BEFORE = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){1,2}and\s+$/i;
// "One resident said that terrorists ...": the people after a speech verb belong to what was said.
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'warned', 'stated']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
// "a population of 2.6 million", "home to some 300,000": the number is the size of a population named before it.
// "a city of about 100,000", "a town of some 20,000", "a nation of 150 million people" count the people living there too.
// "to" only after "home" or a population ("bringing the camp population to 9,700"): "arriving in the country to
// about 34,000" is a running total of arrivals, not a population.
export const POPULATION_BEFORE = /\b(?:(?:population|populace)\s+(?:of|to)|(?:city|town|village|home|nation|country|area|region|province|district|island)\s+of|home\s+to)\s+$/i;
/** "sheltering in neighbouring countries", "sheltered abroad": people who found refuge across a border. */
export const SHELTER_ABROAD = /^\s+(?:abroad|(?:in|across)\s+(?:the\s+)?(?:neighbou?ring|other|nearby)\s+(?:countries|states|nations|country)|across\s+the\s+border)\b/i;
/** "thousands have left the city", "left their homes": leaving a place is fleeing it ("left homeless" is not). */
/** "more than a million had been moved to safety", "moved to some 4,000 shelters": being moved out of danger is fleeing it. */
export const MOVED_TO_SAFETY = /^\s+to\s+(?:safety|safer\s+(?:areas?|ground|places?)|higher\s+ground|(?:some\s+|about\s+|around\s+|nearly\s+)?(?:[\d,]+\s+)?(?:shelters|evacuation\s+(?:centres|centers|sites)|relief\s+camps|safe\s+(?:areas|places)))\b/i;
export const LEFT_HOME = /^\s+(?:the|their|his|her|its)\s+(?:own\s+)?(?:homes?|houses?|city|town|villages?|country|area|region|camps?|district|province|capital)\b/i;

// "36 case-patients", "12 health-workers": a compound whose last part names people or events names them too.
const lastPart = (word: string) => word.slice(word.lastIndexOf('-') + 1);

// "36 Ebola Virus Disease (EVD) case-patients": a name with its acronym in brackets describes the noun after it.
const NAMED_ACRONYM_AFTER = /^(?:\s+[A-Z][\w'’-]*){1,4}\s*\(\s*[A-Z]{2,8}\s*\)/;
/** "36 Ebola Virus Disease (EVD) case-patients": the words after the bracket name people or events. */
function pastNamedAcronymCountsPeople(sentence: string, end: number): boolean {
  const bracket = sentence.indexOf('(', end);
  if (bracket === -1 || bracket > end + 60) return false;
  const named = NAMED_ACRONYM_AFTER.exec(sentence.slice(end, end + 80));
  return named !== null && followedByPeopleOrEvents(sentence, end + named[0].length);
}

const UNDER_WATCH = /^\s+(?:follow-up|follow\s+up|observation|monitoring|surveillance|quarantine|isolation|treatment|medical\s+care)\b/i;

function isPersonOrEventWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const word = token.word.includes('-') ? lastPart(token.word) : token.word;
  return PEOPLE_NOUNS.has(token.word) || PEOPLE_NOUNS.has(word) || EVENT_NOUNS.has(word) || OUTCOME_WORDS.has(token.word) || DEMONYM.test(token.raw.replace(/\.$/, ''));
}

/** True when the words after the number name people or events before any unit, other number or clause break. */
function followedByPeopleOrEvents(sentence: string, end: number): boolean {
  let previous: Token | null = null;
  // "287 are now believed to have been wounded": auxiliaries and hedging verbs may stand before the outcome, and
  // do not count towards the six words read.
  let read = 0;
  for (const token of tokensAfter(sentence, end, 12)) {
    if (token.kind === 'number') return false;
    if (!AUXILIARIES.has(token.word) && ++read > 6) return false;
    // "4,000 were said to be trapped" is passive: the scan goes on.
    if (SPEECH_VERBS.has(token.word) && !(previous && PASSIVE_AUXILIARIES.has(previous.word))) return false;
    previous = token;
    // "75 districts have been affected", "10 trucks to transfer the Liberians": a count of places or things.
    if (UNIT_NOUNS.has(token.word) || THING_NOUNS.has(token.word)) return false;
    // "12,000 people per square kilometre": a density, not a count (RATE_AFTER).
    if (isPersonOrEventWord(token)) {
      const rest = sentence.slice(token.end, token.end + 16);
      // "Three police units were sent", "in four affected districts": a people or harm word may describe the thing
      // that is counted.
      const described = tokensAfter(sentence, token.end, 1)[0];
      if ((PEOPLE_NOUNS.has(token.word) || token.word === 'affected') && described !== undefined && THING_NOUNS.has(described.word)) return false;
      // "50 new cholera cases every day": an epidemic's daily count of new cases is a figure of the crisis.
      const newCases = token.word === 'cases' && /\bnew\b/i.test(sentence.slice(end, token.start));
      return !RATE_AFTER.test(rest) && (DAILY_HARM_WORDS.has(token.word) || newCases || !DAILY_RATE_AFTER.test(rest));
    }
    if (token.word === 'left' && LEFT_HOME.test(sentence.slice(token.end, token.end + 40))) return true;
    if (token.word === 'moved' && MOVED_TO_SAFETY.test(sentence.slice(token.end, token.end + 40))) return true;
    // "in need": people in need of aid.
    if (token.word === 'in' && /^\s+need\b/.test(sentence.slice(token.end))) return true;
    // "104 under follow-up", "12 under observation": people a bulletin keeps watch over.
    if (token.word === 'under' && UNDER_WATCH.test(sentence.slice(token.end, token.end + 24))) return true;
    // "1,300 military and police personnel": "and" may join two words that describe one group of people.
    if (token.word === 'and' && JOINED_DESCRIPTION_AFTER.test(sentence.slice(token.end, token.end + 40))) continue;
    if (token.word === 'and' || token.word === 'or' || token.word === 'while' || token.word === 'but') return false;
  }
  return false;
}

/** The outcome verb whose object the number is ("has killed an estimated ..."), if any. */
export function outcomeVerbBefore(sentence: string, start: number): string | null {
  for (const token of tokensBefore(sentence, start, 5)) {
    if (VERBS_BEFORE.has(token.word)) return token.word;
    if (!SKIPPED_BEFORE_NUMBER.has(token.word)) return null;
  }
  return null;
}

// Most sentences name no toll; checking once per sentence spares a look-back for every number in it.
let sentenceChecked = '';
let sentenceNamesToll = false;

/** True when the number is the object of an outcome verb or the value of a death toll in the same clause. */
function precededByOutcome(sentence: string, start: number, end: number): boolean {
  // "The floods affected 14 districts": the verb's object is a place or a thing, not people.
  // "evacuated to at least 400 cyclone shelters": the noun may follow a word that describes it.
  // "stranded thousands in villages": the object ends where its circumstances begin.
  const afterObject = tokensAfter(sentence, end, 2);
  const circumstance = afterObject.findIndex((token) => CIRCUMSTANCE_WORDS.has(token.word));
  const object = circumstance === -1 ? afterObject : afterObject.slice(0, circumstance);
  if (outcomeVerbBefore(sentence, start)) {
    // "kills hundreds of people every year": a rate, not a count.
    const noun = tokensAfter(sentence, end, 3).find((token) => PEOPLE_NOUNS.has(token.word));
    return !object.some((token) => THING_NOUNS.has(token.word)) && !(noun && RATE_AFTER.test(sentence.slice(noun.end, noun.end + 16)));
  }
  if (sentence !== sentenceChecked) {
    sentenceChecked = sentence;
    sentenceNamesToll = TOLL_WORDS.test(sentence);
  }
  if (!sentenceNamesToll) return false;
  // "The toll of 14 was counted": the number is the toll's value, whatever verb follows; "news agencies put the
  // number at 200" gives another count of the toll the sentence names.
  if (PUT_AT_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return true;
  if (TOLL_OF_BEFORE.test(sentence.slice(Math.max(0, start - 32), start))) return true;
  const next = tokensAfter(sentence, end, 1)[0];
  if (next && next.kind === 'word' && !AFTER_TOLL_VALUE.has(next.word) && !OUTCOME_WORDS.has(next.word)) return false;
  if (risesToBefore(sentence, start) && TOLL_WORDS.test(sentence.slice(0, start))) return true;
  const before = tokensBefore(sentence, start, 16);
  // "147 fatalities have been reported across seven provinces": a toll word that is itself counted by an
  // earlier number ("147 (civilian) fatalities") is that number's noun, not a toll later numbers give the value of.
  if (LOSS_OF_LIFE_BEFORE.test(sentence.slice(Math.max(0, start - 90), start))) return true;
  return before.some((token, index) => TOLL_CONTEXT.has(token.word) && !before.slice(index + 1, index + 3).some((earlier) => earlier.kind === 'number'));
}

/** "55 of 75 confirmed dead": the larger count after "of" counts people or events. */
function outOfCountOfPeople(sentence: string, end: number): boolean {
  const match = OUT_OF_COUNT.exec(sentence.slice(end, end + 60))!;
  // "1,298 of the 2,437 (53 per cent) confirmed cases": a share in brackets may follow the larger count.
  return followedByPeopleOrEvents(sentence, pastBracketedShare(sentence, end + match[0].length));
}

// "resulted in the displacement of tens of thousands", "the massacre of 300": an event of harm names its people.
const IN_CONDITION_AFTER = /^\s+(?:(?:are|were|is|was|remain|remained)\s+)?in\s+(?:a\s+)?(?:serious|critical|grave|stable|severe)\s+condition\b/i;
// "resulting in the fatal shooting of at least one officer": so does a shooting.
const HARM_EVENT_OF_BEFORE = /\b(?:displacement|evacuation|massacre|killing|execution|deaths?|(?:fatal\s+)?shooting|murder)\s+of\s+$/i;

/**
 * Whether a mention should become a figure. `text` is the mention as written (without hedge).
 * Percentages are always kept: they are figures even when they do not count people directly.
 */
export function countsPeopleOrEvents(sentence: string, mention: NumberMention, hedgeStart: number): boolean {
  const text = sentence.slice(mention.start, mention.end);
  if (isNonCountForm(sentence, mention, text) || isNotACount(sentence, mention, hedgeStart)) return false;
  if (mention.isPercentage) return true;
  if (mention.kind === 'ordinal') return true;
  const after = sentence.slice(mention.end, mention.end + 40);
  if (mention.value === 1 && mention.kind === 'words' && ONE_OF.test(after)) return ONE_OF_THE_HARMED.test(after) && !ONE_OF_THE_HARMED_NAMED.test(after);
  if (mention.kind === 'vague' && ONE_OF_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 8), hedgeStart))) return false;
  const next = tokensAfter(sentence, mention.end, 1)[0];
  if (mention.value === 1 && next && SINGULAR_COUNTED.has(next.word)) return true;
  // "27 people were injured (13 male and 14 female)": a breakdown by sex in brackets after a count.
  if (next && SEXES.has(next.word) && mention.value !== 1 && SEX_BREAKDOWN_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 24), hedgeStart))) return true;
  // "seven girls and one boy": one person joined to a count of people is counted with them.
  if (mention.value === 1 && next && SINGULAR_PEOPLE.has(next.word) && JOINED_TO_COUNT_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 40), hedgeStart))) return true;
  // "One neighborhood with a population of ...": after one, a thing is written in the singular too.
  if (mention.value === 1 && next && (THING_NOUNS.has(`${next.word}s`) || THING_NOUNS.has(next.word.replace(/y$/, 'ies')))) return false;
  // "six more bodies": a noun after "more" says what is counted, whatever the count before was.
  const afterMore = next?.word === 'more' ? tokensAfter(sentence, next.end, 1)[0] : undefined;
  const moreNamesPeople = afterMore !== undefined && (PEOPLE_NOUNS.has(afterMore.word) || EVENT_NOUNS.has(afterMore.word));
  if (next && (next.word === 'others' || next.word === 'more') && !moreNamesPeople && othersAreThings(sentence, mention.start)) return false;
  if (elidedListNoun(sentence, mention) !== null || elidedCaseCount(sentence, mention)) return true;
  // "left 24.1 million — more than two-thirds of the population — in need of aid": read past an aside between dashes.
  const afterAside = pastDashAside(sentence, mention.end);
  return (
    followedByPeopleOrEvents(sentence, pastQualifierSeries(sentence, pastBracketedShare(sentence, mention.end))) ||
    (afterAside > mention.end && followedByPeopleOrEvents(sentence, afterAside)) ||
    precededByOutcome(sentence, hedgeStart, mention.end) ||
    pastNamedAcronymCountsPeople(sentence, mention.end) ||
    (OUT_OF_COUNT.test(sentence.slice(mention.end, mention.end + 60)) && outOfCountOfPeople(sentence, mention.end)) ||
    (POPULATION_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 20), hedgeStart)) && !(next && UNIT_NOUNS.has(next.word))) ||
    // "The number of homeless people more than doubled in 24 hours": a measure is no value of the count.
    (numberOfPhraseBefore(sentence, hedgeStart) !== null && !(next && UNIT_NOUNS.has(next.word))) ||
    (sentence.startsWith('of ', hedgeStart - 3) && HARM_EVENT_OF_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 30), hedgeStart)) && !(next && (UNIT_NOUNS.has(next.word) || THING_NOUNS.has(next.word)))) ||
    // "More than 70 people were in hospitals — 10 in serious condition": people in a condition are patients.
    IN_CONDITION_AFTER.test(sentence.slice(mention.end, mention.end + 40)) ||
    passiveSubject(sentence, mention, hedgeStart) ||
    vagueSubject(sentence, mention, hedgeStart) ||
    shelteredSubject(sentence, mention, hedgeStart) ||
    sharedNounAfter(sentence, mention) !== null
  );
}
