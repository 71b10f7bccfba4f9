/**
 * The clues to a count's category that its context gives beyond the words after it: the verb it is the object of,
 * a harm named before it, and what the rest of its clause says happened to the people counted. `categories.ts`
 * weighs them with the words after the number.
 */
import { categoryOf, PEOPLE_NOUNS, VERBS_BEFORE } from './lexicon';
import { elidedListNoun, sharedNounAfter } from './elided-counts';
import type { NumberMention } from './numbers';
import { LEFT_HOME, MOVED_TO_SAFETY, SHELTER_ABROAD } from './skip-rules';
import { SHELTERED_AFTER } from './subject-counts';
import type { Token } from './words';

// "documented the death of 2079 people", "claimed the lives of 45 people": the number counts the dead.
// "the massacre of 800 people", "the summary execution of 300 civilians": a killing names the dead too.
// "the killings overnight of 18 people": a time or an adverb may stand between the killing and its "of".
const DEATH_OF_BEFORE = /\b(?:deaths?|lives|massacres?|executions?|killings?|murders?|slaughter|fatal\s+shooting)(?:\s+(?:overnight|yesterday|today|there|[a-z]+ly))?\s+of\s+$/i;
// "some 350 families at the camp who left Dili": leaving a named place is fleeing it.
const WHO_LEFT_PLACE_IN_CLAUSE = /\bwho\s+(?:had\s+|have\s+)?left\s+\p{Lu}/u;
// "500 people admitted to hospitals": in a disaster, the hurt (an epidemic's patients stay cases, as "hospitalised").
const ADMITTED_TO_HOSPITAL_IN_CLAUSE = /\badmitted\s+to\s+(?:the\s+|a\s+|local\s+)?hospitals?\b/i;
// "92 are under treatment at various hospitals", "30 soldiers were being treated for wounds": in care, as admitted.
// "274 people required medical assistance": needing care for their hurt, as people in hospital.
const UNDER_TREATMENT_IN_CLAUSE = /\b(?:(?:under|receiving)\s+(?:medical\s+)?treatment|being\s+treated|(?:required|needed|requiring|needing)\s+medical\s+(?:assistance|treatment|attention|care))\b/i;
// "between 60 and 100 armed men": men bearing arms are fighters.
const ARMED_MEN_AFTER = /^\s+(?:[a-z-]+\s+)?armed\s+(?:men|gunmen|civilians|youths|criminals)\b/i;
// "estimated the deaths at 4,000": the number is the count of the dead.
const DEATHS_AT_BEFORE = /\b(?:deaths|dead|fatalities)\s+at\s+$/i;
// "has killed two local people and 29 refugees": the verb before the first object governs the second too.
const COORDINATED_OBJECT_BEFORE = new RegExp(
  `\\b(${[...VERBS_BEFORE].join('|')})\\s+(?:(?:an?|some|about|around|nearly|at\\s+least|more\\s+than|over)\\s+)?(?:\\d[\\d,.]*(?:\\s+(?:million|thousand))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\\s+(?:[a-z-]+\\s+){0,3}and\\s+$`,
  'i',
);
const AND_BEFORE = /\sand\s+$/;
// "lost eight members of her family": losing one's people is their death.
const LOST_PEOPLE_BEFORE = /\blost\s+$/i;
// "a mass evacuation of 1.2 million people", "the displacement of 30,000": the event names what happened to them.
const EVENT_OF_BEFORE = /\b(evacuations?|relocation|displacement|crossings?)\s+of\s+$/i;
// "led to the deaths of four people and injuries to 95 others": the injuries say what happened to them.
// "injuries top 1000" (the hedge "top" is read with the number): the injuries are what the number counts.
const INJURIES_TO_BEFORE = /\binjur(?:ies|y)\s+(?:(?:to|of)\s+|(?:(?:have|has)\s+)?(?:(?:rose|risen|climbed|reached|jumped|hit|stand|stood)\s+(?:to\s+|at\s+)?)?)$/i;
// "trapped thousands of others": the people a flood traps are counted as trapped (the hedge is already cut off).
const TRAPPED_BEFORE = /\b(?:trapped|stranded)\s+$/i;

const CLAUSE_LENGTH = 160;
const TRAPPED_PREDICATE_IN_CLAUSE = /^[^,;]{0,100}?\b(?:were|are|remain|remained|have\s+been|had\s+been)\s+(?:still\s+)?trapped\b/i;
const IN_HOSPITAL_OR_CONDITION_IN_CLAUSE = /^\s+(?:[a-z-]+\s+){0,2}?(?:(?:are|were|is|was|remain|remained)\s+(?:still\s+)?in\s+(?:the\s+)?hospitals?\b|(?:(?:are|were|is|was|remain|remained)\s+)?in\s+(?:a\s+)?(?:serious|critical|grave|stable|severe)\s+condition\b)/i;
const WALKED_TO_SAFETY_IN_CLAUSE = /\bseeking\s+(?:safety|refuge)\b|\b(?:walked|trekked)\s+(?:for\s+(?:hours|days)|(?:north|south|east|west)(?:wards?)?\s+to|to\s+(?:the\s+)?(?:safety|coast|border|coastal|neighbouring|neighboring|nearby))\b/i;
// "4,000 families, or about 20,000 people, had lost their homes": losing one's home is being displaced.
const LOST_HOME_IN_CLAUSE = /\blost\s+(?:their|his|her|its)\s+(?:own\s+)?(?:homes?|houses?)\b/i;
// "More than 30,000 people were staying in 230 safety centres": people living in shelters are displaced.
// "Almost 9,000 people have sought refuge in 24 shelters": finding refuge in shelters is staying in them.
// "600 survivors spent Sunday in makeshift shelters": a time spent there says so too.
const STAYING_IN_SHELTERS_IN_CLAUSE =
  /\b(?:staying|living|housed|accommodated|hosted|spent\s+(?:the\s+)?(?:[A-Za-z]+\s+)?[A-Za-z]+|(?:still\s+)?languish(?:es|ed|ing)?|(?:sought|seeking|taken|took|found)\s+(?:shelter|refuge))\s+(?:in|at)\s+(?:some\s+|about\s+|around\s+)?(?:[\d,]+\s+)?(?:[a-z-]+\s+){0,2}(?:centres|centers|camps|shelters|sites|schools|shelter\s+points|posts)\b/i;
// "thousands of frightened residents were sleeping outside": out of their homes, as the displaced are.
const SLEEPING_OUT_IN_CLAUSE = /\bsleeping\s+(?:outside|outdoors|rough|in\s+the\s+open|in\s+the\s+streets?|in\s+tents|in\s+(?:their\s+)?cars)\b/i;
// "500 people left Ardenne and fled": leaving a named place is fleeing it.
const LEFT_PLACE_IN_CLAUSE = /\bleft\s+\p{Lu}[\p{L}'’-]+\s+(?:and\s+)?(?:fled|for|to|in\s+search)\b/u;
const GROUP_INCLUDES_BEFORE = /\b(?:those|the)\s+(killed|dead|injured|wounded|displaced|missing)\s+(?:include|included|includes|were|are)\s+$/i;
// "Those killed include one Spanish citizen and five Romanians": every item of the list after "include".
const GROUP_INCLUDES_LIST_BEFORE = /\b(?:those|the)\s+(killed|dead|injured|wounded|displaced|missing)\s+(?:include|included|includes)\s+[^.;:]{1,80}?(?:,\s+(?:and\s+)?|\s+and\s+)$/i;
// "The latest figure included 46 Uighurs": a part of the toll just given.
const TOLL_INCLUDES_BEFORE = /\b(?:the\s+)?(?:latest\s+|new\s+|death\s+|official\s+)?(?:toll|figure|tally)\s+(?:include|included|includes)\s+$/i;
const MOVED_IN_CLAUSE = new RegExp(`\\b(?:moved|relocated|ferried|airlifted|flown|taken|brought|transported|bused|bussed)(?=${MOVED_TO_SAFETY.source.slice(1)})`, 'i');
// "Thousands of people flown home from Tunisia", "UNHCR flew home 177 people": carried out of the crisis, they fled it.
const FLOWN_HOME_IN_CLAUSE = /\b(?:flown|flew|airlifted|ferried|repatriated)\s+home\b/i;
const FLOWN_HOME_BEFORE = /\b(?:flew|flown|flies|fly|airlifted|ferried)\s+home\s+$/i;
const REFUGE_ABROAD_IN_CLAUSE = new RegExp(`\\b(?:shelter(?:ed|ing)?|safety|refuge|asylum)(?=${SHELTER_ABROAD.source.slice(1)})`, 'i');

/** The rest of the number's clause: up to a semicolon or a full stop, within a few words. */
export function clauseAfter(sentence: string, end: number): string {
  const rest = sentence.slice(end, end + CLAUSE_LENGTH);
  const stop = rest.search(/;|\.(?=\s|$)/);
  return stop === -1 ? rest : rest.slice(0, stop);
}

/**
 * Adds to `words` the words a count's context gives for its category, beyond the words after it: the verb it is
 * the object of, a harm before it ("the deaths of", "injuries to"), and what its clause says happened (moved to
 * safety, admitted to hospital, staying in shelters, sheltered abroad).
 */
export function pushClueWords(words: string[], sentence: string, mention: NumberMention, hedgeStart: number, after: readonly Token[], verbBefore: string | null): void {
  // "Massacre claims 80": an event that claims a number takes their lives.
  if (verbBefore) words.push(/^claim/.test(verbBefore) ? 'killed' : verbBefore);
  const ofOrAt = sentence.startsWith('of ', hedgeStart - 3) || sentence.startsWith('at ', hedgeStart - 3);
  if (ofOrAt && (DEATH_OF_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 36), hedgeStart)) || DEATHS_AT_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 24), hedgeStart)))) words.push('death');
  const beforeAnd = sentence.slice(Math.max(0, hedgeStart - 60), hedgeStart);
  const coordinated = AND_BEFORE.test(beforeAnd) ? COORDINATED_OBJECT_BEFORE.exec(beforeAnd) : null;
  if (coordinated && !verbBefore) words.push(coordinated[1]!.toLowerCase());
  const eventOf = EVENT_OF_BEFORE.exec(sentence.slice(Math.max(0, hedgeStart - 16), hedgeStart));
  if (INJURIES_TO_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 32), hedgeStart))) words.push('injured');
  if (eventOf) words.push(/^displac/i.test(eventOf[1]!) ? 'displaced' : /^cross/i.test(eventOf[1]!) ? 'crossed' : 'evacuated');
  if (LOST_PEOPLE_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 8), hedgeStart)) && after.some((token) => PEOPLE_NOUNS.has(token.word))) words.push('killed');
  if (TRAPPED_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 12), hedgeStart))) words.push('trapped');
  if (after.some((token) => token.word === 'left' && LEFT_HOME.test(sentence.slice(token.end, token.end + 40)))) words.push('left-home');
  // Being moved to safety or finding refuge abroad is read over the whole clause: "1.2 million people living in
  // the most vulnerable districts have been moved to shelters", "forced to flee and seek safety in neighbouring
  // countries".
  const clause = clauseAfter(sentence, mention.end);
  if (MOVED_IN_CLAUSE.test(clause)) words.push('moved-to-safety');
  if (FLOWN_HOME_IN_CLAUSE.test(clause) || FLOWN_HOME_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 16), hedgeStart))) words.push('evacuated');
  if (clause.includes('left ') && (LEFT_PLACE_IN_CLAUSE.test(clause) || WHO_LEFT_PLACE_IN_CLAUSE.test(clause))) words.push('left-home');
  if ((clause.includes('admitted') && ADMITTED_TO_HOSPITAL_IN_CLAUSE.test(clause)) || ((clause.includes('treat') || clause.includes('medical')) && UNDER_TREATMENT_IN_CLAUSE.test(clause.split(/\d/)[0]!))) words.push('hospitalised');
  if (ARMED_MEN_AFTER.test(sentence.slice(mention.end, mention.end + 30))) words.push('gunmen');
  if (LOST_HOME_IN_CLAUSE.test(clause)) words.push('homeless');
  if (STAYING_IN_SHELTERS_IN_CLAUSE.test(clause) || SLEEPING_OUT_IN_CLAUSE.test(clause) || SHELTERED_AFTER.test(sentence.slice(mention.end, mention.end + 60))) words.push('camps');
  const shared = sharedNounAfter(sentence, mention);
  if (shared) words.push(shared);
  // "Those killed include 12 women": the group the list is of says what happened to them.
  const listOf = GROUP_INCLUDES_BEFORE.exec(sentence.slice(Math.max(0, hedgeStart - 40), hedgeStart)) ?? GROUP_INCLUDES_LIST_BEFORE.exec(sentence.slice(Math.max(0, hedgeStart - 120), hedgeStart));
  if (listOf) words.push(listOf[1]!.toLowerCase());
  // Only a group with no category of its own ("46 Uighurs"): "the figure includes 700,000 refugees" stays refugees.
  if (categoryOf(words) === null && TOLL_INCLUDES_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 40), hedgeStart))) words.push('killed');
  if (REFUGE_ABROAD_IN_CLAUSE.test(clause)) words.push('sheltered-abroad');
  // "6,000 other survivors who walked for hours, seeking safety", "Thousands walked west to the coastal city": people
  // on foot away from the harm fled it.
  if (WALKED_TO_SAFETY_IN_CLAUSE.test(clause)) words.push('fled');
  // "hundreds of people in villages in the Karditsa region were still trapped on their terraces": the clause's
  // predicate, past the places, says they are trapped.
  if (TRAPPED_PREDICATE_IN_CLAUSE.test(clause.split(/\d/)[0]!)) words.push('trapped');
  // "More than 70 people were in hospitals — 10 in serious condition": patients of the harm are injured.
  if (IN_HOSPITAL_OR_CONDITION_IN_CLAUSE.test(clause.split(/\d/)[0]!)) words.push('hospitalised');
  // "Sindh (26)" counts what the list's first item named ("fatalities").
  const listNoun = elidedListNoun(sentence, mention);
  if (listNoun) words.push(listNoun);
}
