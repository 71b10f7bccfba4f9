/**
 * What a figure counts: its category (closed vocabulary) and a short description. Both are read from the words
 * after the number up to the end of its clause, plus the verb right before it ("killed more than 2,000 people").
 */
import type { Category } from '@/lib/figures/vocabulary';
import { AUXILIARIES, CATEGORY_KEYWORDS, categoryOf, namesVictimsOfAttack, OUTCOME_WORDS, PEOPLE_NOUNS } from './lexicon';
import { groupOfOpeningClause, refinedCategory } from './category-shapes';
import { numberOfPhraseBefore } from './elided-counts';
import { LOSS_OF_LIFE_BEFORE, OUT_OF_COUNT, outcomeVerbBefore, POPULATION_BEFORE, PUT_AT_BEFORE, risesToBefore } from './skip-rules';
import type { NumberMention } from './numbers';
import { clauseAfter, pushClueWords } from './category-clues';
import { outOfHarm } from './out-of-harm';
import { countsUnits, gangMembers, injuredWhoDied } from './category-shapes';
import { describe, describingTokens } from './counted-phrases';
import { BRACKETED_SHARE_SOURCE, bracketedShareEnd, pastBracketedShare, tokensAfter, tokensBefore } from './words';

export { categoryOf } from './lexicon';

export interface Counted {
  /** null when the words name no category; the caller may inherit one from the figure this is part of. */
  category: Category | null;
  counted: string;
}

// "the third time coalition forces have struck": a strike named anywhere after the ordinal, whoever struck.
const AIRSTRIKE_WORDS = CATEGORY_KEYWORDS.find(([category]) => category === 'airstrikes')![1];
// "were killed", and "were crushed to death", "beaten to death": dying by a named violence.
// "were “executed,”": a word of harm in quotation marks is still the predicate; "lay dead" says it too.
const HARM_PREDICATE = /\b(?:were|was|have\s+been|had\s+been|are|is|lay|lie|lies|lying)\s+(?:reportedly\s+|also\s+)?["“‘']?(killed|injured|wounded|dead|executed|massacred|murdered|slain|[a-z]+ed\s+to\s+death)\b/i;
/** A noun for people, singular or plural ("soldier", "policeman", "children"). */
const namesPeople = (word: string) => {
  const lower = word.toLowerCase();
  return PEOPLE_NOUNS.has(lower) || PEOPLE_NOUNS.has(`${lower}s`) || PEOPLE_NOUNS.has(lower.replace(/man$/, 'men'));
};
const INCLUDED_ASIDE = /,\s+(?:including|among\s+them)\s[^,;]{1,60},\s*/g;
const JOINED_GROUPS = /^\s+(?:[a-z-]+\s+)?([a-z-]+)\s+and\s+(?:an?\s+|one\s+|another\s+|[a-z]+\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+$/i;
const DEAD_NUMBER_BEFORE = /\b(?:dead|deaths|fatalities)\s+(?:now\s+)?(?:number|numbers|numbered|totall?ed|total)\s+$/i;
const DISPLACED_NOUN_AFTER = /^\s+(?:(?:internally|newly)\s+)?displaced\s+(?:people|persons|families|civilians|residents|individuals)\b|^\s+(?:idps|internally\s+displaced)\b/i;
const STILL_IN_COUNTRY_IN_CLAUSE = /\bleft\s+their\s+homes?\s+but\s+(?:are|were|remain|remained)\s+(?:still\s+)?(?:in|inside|within)\b/i;
const TOLL_INTERRUPTIONS = new Set(['after', 'with', 'against', 'following']);
const TOLL_OF_INJURED = /\btoll\s+of\s+(?:the\s+)?(?:wounded|injured)\b/i;
// "16 members of the security forces died": members of armed or security forces are personnel, among the dead too.
// A bracketed share may stand between ("28 of the 32 (88 per cent) related deaths were of children"); any other bracket
// or clause holds a predicate of its own ("3,445 dead (223 of whom were children)", "4,200 displaced and 12% of the dead
// were children").
// "576 persons displaced, among which 161 are children": the children of a part opened by "among which" are the part's.
const CHILDREN_PREDICATE_AFTER = new RegExp(
  String.raw`^(?:(?!\s(?:and|but|while|whereas|including|(?:among|of)\s+(?:which|whom|them))\s)[^.;,()]|${BRACKETED_SHARE_SOURCE}){0,70}?\s(?:were|are)\s+(?:all\s+)?(?:of\s+)?(?:children|minors|infants)\b`,
  'i',
);
const DEAD_OR_MISSING_AFTER = /^\s+(?:(?:people|persons|residents)\s+)?(?:(?:are|were|remain|have\s+been)\s+)?(?:presumed\s+|feared\s+)?(?:dead|killed)\s+or\s+(?:missing|unaccounted)\b|^\s+(?:(?:people|persons)\s+)?(?:(?:are|were|remain)\s+)?missing\s+or\s+(?:dead|killed)\b/i;
const MEMBERS_OF_FORCES_AFTER = /^\s+members\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:security|armed|police|military|defen[cs]e)\s+forces\b/i;
// Most sentences name no loss of life; checking once per sentence spares a look-back for every number in it.
let lossChecked = '';
let lossNamed = false;
function sentenceNamesLossOfLife(sentence: string): boolean {
  if (sentence !== lossChecked) {
    lossChecked = sentence;
    lossNamed = /\bloss\s+of\s+li(?:fe|ves)\b/i.test(sentence);
  }
  return lossNamed;
}
const INCLUDING_BEFORE = /\bincluding\s+$/i;
// "deaths rise to 25", "the death toll ... has climbed to 449": what rises is a count of the dead.
const DEATH_TOLL_BEFORE = /\b(?:toll|deaths|dead|fatalities|death\s+(?:figure|count))\b/i;
// "12 children were among the dead", "around 14 members of the security forces among the dead", "three children
// among them": a group told among the harmed.
const AMONG_THE_HARMED = /^\s+(?:[\w'’-]+\s+){1,6}?(?:(?:are|were|is|was)\s+(?:also\s+)?)?among\s+(?:the\s+(?:dead|killed|victims|wounded|injured)|them)\b/i;
// "members of the law enforcement agencies", "police officers": the forces of order are personnel when harmed.
const HARM_IN_SENTENCE = /\b(?:killed|killing|dead|died|deaths|wounded|injured|hurt|slain|medical\s+assistance)\b/i;
const POLICE_IN_SENTENCE = /\b(?:police|patrol|uniformed)\b/i;
const HEAD_CIRCUMSTANCES = new Set(['after', 'before', 'following', 'during', 'when', 'while', 'as']);
const DEPLOYED_IN_SENTENCE = /\b(?:deploy(?:ed|ing|s)?|deployment|reinforce|reinforced|reinforcing|reinforcements|dispatched|mobili[sz]ed)\b/i;
const FORCES_OF_ORDER = new Set(['police', 'policemen', 'policewomen', 'cops', 'enforcement', 'security', 'gendarmes', 'gendarmerie']);
const HARM_WORDS = new Set(['dead', 'killed', 'victims', 'wounded', 'injured']);
// A share of the dead is about the killed, a share of the displaced about the displaced ("40% of the dead were
// children" is still a share of the dead): only these categories are settled by the words after a percentage.
const PERCENTAGE_CATEGORIES: ReadonlySet<Category> = new Set(['killed', 'displaced', 'children', 'refugees', 'fled']);
// "80 percent of the approximately 10,000 refugees": the count the share is taken of names the group.
const SHARE_OF_COUNT = /^\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[\d,.]+(?:\s+(?:million|thousand))?)\s+/i;

function percentageCategory(sentence: string, end: number, words: string[], hedgeStart: number): Category {
  const ofCount = SHARE_OF_COUNT.exec(sentence.slice(end, end + 48));
  const named = ofCount ? tokensAfter(sentence, end + ofCount[0].length, 4).map((token) => token.word) : [];
  const category = categoryOf([...words, ...named]);
  if (category !== null && PERCENTAGE_CATEGORIES.has(category)) return category;
  // "Of those displaced, only 5 percent are staying in centres": the share is of the group the clause opens on.
  const group = groupOfOpeningClause(sentence, hedgeStart);
  return group !== null && PERCENTAGE_CATEGORIES.has(group) ? group : 'other';
}

const MISSING_WORDS: ReadonlySet<string> = new Set(['missing', 'unaccounted']);
const MISSING_WINDOW = 4;
const GROUP_CATEGORIES: ReadonlySet<Category> = new Set(['personnel', 'fighters', 'children']);
// "remained missing": staying is no outcome of its own.
const REMAINING_WORDS: ReadonlySet<string> = new Set(['remain', 'remained', 'remaining', 'remains']);
const STRIKE_NOUNS = new Set(['attacks', 'strikes', 'raids', 'shellings', 'bombardments']);
const STRIKE_NOUN_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks|strikes|raids|shellings|bombardments)\b/iu;
// "its 21.3 million people", "their 3,000 inhabitants": the people of a place named before.
const POSSESSED_PEOPLE_BEFORE = /\b(?:its|their)\s+$/i;
// "thousands of others buried alive": alive under the rubble, they are trapped, whatever the quake killed.
const BURIED_ALIVE_AFTER = /^\s+(?:(?:of\s+)?[a-z]+\s+){0,2}buried\s+alive\b/i;
// "1,424 dengue patients have been hospitalised", "5,956 people were hospitalised with the disease": patients of an
// illness are cases, not the injured; only being hospitalised says so, a wound or injury still counts as injured.
const HOSPITALISED = new Set(['hospitalized', 'hospitalised']);
const INJURY_WORDS = new Set(['injured', 'wounded', 'hurt', 'injuries', 'injuring', 'injures', 'wounding', 'wounds']);
const SICKNESS =
  /\b(?:disease|diseases|illness|sick|virus|infection|infections|infected|outbreak|epidemic|fever|dengue|cholera|malaria|measles|diarrho?ea|covid(?:-19)?|coronavirus|ebola|mpox|diphtheria|typhoid|meningitis|influenza|flu|hepatitis|poisoning|symptoms)\b/i;

function hospitalisedBySickness(sentence: string, words: readonly string[]): boolean {
  return words.some((word) => HOSPITALISED.has(word)) && !words.some((word) => INJURY_WORDS.has(word)) && SICKNESS.test(sentence);
}

export function categorise(sentence: string, mention: NumberMention, hedgeStart: number): Counted {
  // "55 of 75 confirmed dead": the part counts what the larger count does.
  const outOf = OUT_OF_COUNT.exec(sentence.slice(mention.end, mention.end + 60));
  const after = describingTokens(sentence, pastBracketedShare(sentence, mention.end + (outOf ? outOf[0].length : 0)));
  const verbBefore = outcomeVerbBefore(sentence, hedgeStart);
  const words = after.map((token) => token.word);
  // "civilians trapped by militants", "abducted by rebels": the agent after "by" is not what is counted.
  const agentAt = words.indexOf('by');
  if (agentAt > 0 && categoryOf(words.slice(agentAt + 1, agentAt + 3)) === 'fighters') words.splice(agentAt);
  if (mention.isPercentage) {
    // "166 (52%) children": a share in brackets after a count is a share of what that count counts.
    const shareEnd = bracketedShareEnd(sentence, mention.start, mention.end);
    const shareOf = shareEnd === null ? after : describingTokens(sentence, shareEnd);
    return { category: percentageCategory(sentence, shareEnd ?? mention.end, shareOf.map((token) => token.word), hedgeStart), counted: describe(shareOf, null) };
  }
  // "12 children were among the dead": the group is what is counted; being among the dead links it to a toll.
  const among = AMONG_THE_HARMED.exec(sentence.slice(mention.end, mention.end + 80));
  if (among) {
    const groupWords = tokensAfter(sentence, mention.end, 7).map((token) => token.word).filter((word) => !HARM_WORDS.has(word));
    const group = categoryOf(groupWords.slice(0, 4)) ?? (groupWords.some((word) => FORCES_OF_ORDER.has(word)) ? 'personnel' : null);
    if (group === 'children' || group === 'personnel' || group === 'fighters') return { category: group, counted: describe(after, null) };
  }
  // "ten patients, including three children, were killed": children named as a part keep their group.
  if (INCLUDING_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 12), hedgeStart)) && categoryOf(words.slice(0, 2)) === 'children') {
    return { category: 'children', counted: describe(after, null) };
  }
  // "more than 100 remained missing after a landslide buried the village", "118 missing people": being missing is
  // said of the counted people themselves, so what a later clause did to others does not count.
  const near = words.slice(0, MISSING_WINDOW);
  const missingAt = near.findIndex((word) => MISSING_WORDS.has(word));
  // "Two soldiers were missing": a group named before keeps its own category.
  const beforeMissing = near.slice(0, missingAt);
  // "15 missing jawans": a group named right after "missing" keeps its category too.
  const groupAfterMissing = missingAt !== -1 && GROUP_CATEGORIES.has(categoryOf(near.slice(missingAt + 1, missingAt + 2)) ?? 'other');
  const namesOutcomeOrGroup = groupAfterMissing || beforeMissing.some((word) => (OUTCOME_WORDS.has(word) && !REMAINING_WORDS.has(word)) || GROUP_CATEGORIES.has(categoryOf([word]) ?? 'other'));
  if (!verbBefore && missingAt !== -1 && !namesOutcomeOrGroup) return { category: 'other', counted: describe(after, null) };
  pushClueWords(words, sentence, mention, hedgeStart, after, verbBefore);
  // "the third time the coalition has struck": what is repeated is the strike.
  if (mention.kind === 'ordinal') {
    const rest = tokensAfter(sentence, mention.end, 12);
    const category = rest.some((token) => AIRSTRIKE_WORDS.has(token.word)) ? 'airstrikes' : 'other';
    return { category, counted: rest.slice(1).map((token) => token.raw).join(' ') };
  }
  // A death toll names no noun after the number ("the death toll has surpassed 3,000").
  // "The toll of wounded officers stood at more than 20 after battles with hundreds of demonstrators": the toll's
  // value comes before "after" or "with" says what it followed.
  const tokensToToll = tokensBefore(sentence, hedgeStart, 16);
  const tollAt = tokensToToll.findIndex((token) => token.word === 'toll');
  // "the toll stood at 159 deaths and 181 suspected cases": a count of cases is no value of the toll.
  const countsCases = after.slice(0, 3).some((token) => token.word === 'cases' || token.word === 'infections');
  const tollBefore = !countsCases && (
    (tollAt !== -1 && !tokensToToll.slice(0, tollAt).some((token) => TOLL_INTERRUPTIONS.has(token.word))) ||
    (sentenceNamesLossOfLife(sentence) && LOSS_OF_LIFE_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 90), hedgeStart))) ||
    (risesToBefore(sentence, hedgeStart) && DEATH_TOLL_BEFORE.test(sentence.slice(0, hedgeStart))) ||
    // "the dead now number more than 1,600": the number is the count of the dead.
    DEAD_NUMBER_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 30), hedgeStart)) ||
    // "170 dead, but news agencies put the number at 200": another count of the dead the sentence named.
    (PUT_AT_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 40), hedgeStart)) && /\b(?:dead|deaths|killed|died|fatalities)\b/i.test(sentence.slice(0, hedgeStart))));
  // "three Eritrean refugees, two of them children, were killed": the harm may follow an appositive.
  const harm = HARM_PREDICATE.exec(sentence.slice(mention.end, mention.end + 120));
  const harmWord = harm ? (/\sto\s+death$/i.test(harm[1]!) ? 'killed' : harm[1]!.toLowerCase()) : null;
  // "66 civilians (10 children, 6 women) were killed": a verb after the closing bracket is the outer count's.
  // "Two policemen and a soldier were killed": "and" between two groups of people keeps one subject.
  // "twelve staff and ten patients, including three children, were killed": a part between commas is an aside.
  const beforeHarm = harm ? sentence.slice(mention.end, mention.end + harm.index).replace(INCLUDED_ASIDE, ' ') : '';
  const joinedGroups = JOINED_GROUPS.exec(beforeHarm);
  const oneSubject = !/\b(?:and|but|while|whereas)\b|[;)]/.test(beforeHarm) || (joinedGroups !== null && namesPeople(joinedGroups[1]!) && namesPeople(joinedGroups[2]!));
  const harmCategory = harm && oneSubject ? categoryOf([harmWord!]) : null;
  // "Thousands flee following air strikes": the verb the number is the subject of says what happened to them.
  const predicate = after.find((token) => !AUXILIARIES.has(token.word));
  const predicateCategory = predicate && OUTCOME_WORDS.has(predicate.word) ? categoryOf([predicate.word]) : null;
  // "350 people were living in the tower when the tragedy struck": people counted are no strike, whatever struck.
  const namesPeopleFirst = after.length > 0 && (PEOPLE_NOUNS.has(after[0]!.word) || (/^(?:other|more|additional|further)$/.test(after[0]!.word) && after.length > 1 && PEOPLE_NOUNS.has(after[1]!.word)));
  const wordsRead = namesPeopleFirst ? words.filter((word) => word !== 'struck' && word !== 'bombed') : words;
  const ownRead = predicateCategory !== null && predicateCategory !== 'population' && predicateCategory !== 'other' ? predicateCategory : categoryOf(wordsRead);
  // "100,000 internally displaced people had arrived in Rafah", "7.1 million people have left their homes but are
  // still in Ukraine": the displaced, named so or still in their country, are displaced however they moved.
  const namedDisplaced = ownRead === 'fled' && (DISPLACED_NOUN_AFTER.test(sentence.slice(mention.end, mention.end + 40)) || STILL_IN_COUNTRY_IN_CLAUSE.test(clauseAfter(sentence, mention.end)));
  const own = namedDisplaced ? 'displaced' : ownRead;
  // "the number of displaced people has increased to 220,000": what is counted is named before the number.
  const numberOf = own === null ? numberOfPhraseBefore(sentence, hedgeStart) : null;
  // "the number of people staying with host families": people sheltered by others are displaced.
  const named = numberOf ? (categoryOf(numberOf) ?? (/\b(?:staying|living)\s+with\s+(?:host|relatives|friends)\b/.test(numberOf.join(' ')) ? 'displaced' : null)) : null;
  const populationBefore = POPULATION_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 20), hedgeStart)) ||
    (POSSESSED_PEOPLE_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 8), hedgeStart)) && after.length > 0 && /^(?:people|inhabitants|residents|population)$/.test(after[0]!.word));
  if (BURIED_ALIVE_AFTER.test(sentence.slice(mention.end, mention.end + 40))) return { category: 'trapped', counted: describe(after, null) };
  if (injuredWhoDied(sentence, mention.end)) return { category: 'killed', counted: describe(after, null) };
  // "around 80 people dead or missing": the dead and the missing counted together are neither, as the missing are.
  if (DEAD_OR_MISSING_AFTER.test(sentence.slice(mention.end, mention.end + 60))) return { category: 'other', counted: describe(after, verbBefore) };
  if (MEMBERS_OF_FORCES_AFTER.test(sentence.slice(mention.end, mention.end + 50))) return { category: 'personnel', counted: describe(after, verbBefore) };
  if (own !== 'killed' && own !== 'injured' && gangMembers(sentence, mention.end)) return { category: 'fighters', counted: describe(after, verbBefore) };
  // "28 of the 32 related deaths were of children less than 5 years old": the dead or the cases were children.
  if (CHILDREN_PREDICATE_AFTER.test(sentence.slice(mention.end, mention.end + 90))) return { category: 'children', counted: describe(after, verbBefore) };
  // "the village's population of some 200 people fled": the number is the size of the population, whatever it did.
  const populationOf = /\bpopulation\s+of\s+$/i.test(sentence.slice(Math.max(0, hedgeStart - 16), hedgeStart));
  // "the village's approximately 600 residents": a place's residents are its population.
  const residentsOfPlace = /\b[a-z]+['’]s\s+$/i.test(sentence.slice(Math.max(0, hedgeStart - 20), hedgeStart)) && after.length > 0 && /^(?:residents|inhabitants|population)$/.test(after[0]!.word);
  if (residentsOfPlace || (populationBefore && (own === null || populationOf))) return { category: 'population', counted: after.length > 0 && PEOPLE_NOUNS.has(after[0]!.word) ? describe(after, null) : 'population' };
  // "17 soldiers were killed", "90 fighters killed": soldiers and fighters named as what is counted keep their group.
  // "300 civilians by soldiers": a group after "by" did it, and is not what is counted.
  // "seven wounded after gunmen attacked": nor is a group in the circumstances after it.
  const headEnd = after.slice(0, 3).findIndex((token) => token.word === 'by' || HEAD_CIRCUMSTANCES.has(token.word));
  // "killing over 15 police officers", "274 people required medical assistance, including 141 police and security
  // officers": the forces of order harmed are personnel too ("about 150 police officers examined the area" are not).
  // "two injured police officers": a harm word before the force describes it. "killing one officer" on a police
  // patrol, "Four uniformed officers": an officer in a sentence about the police or a patrol is one of them.
  const head = after.slice(0, headEnd === -1 ? 3 : headEnd);
  const forcesAt = head.findIndex((token) => FORCES_OF_ORDER.has(token.word) || (/^officers?$/.test(token.word) && POLICE_IN_SENTENCE.test(sentence)));
  // "called for at least 100 police to be deployed to reinforce some 40 local officers": deployed, they are personnel too.
  const harmed = () => own === 'killed' || own === 'injured' || harmCategory === 'killed' || harmCategory === 'injured' || HARM_IN_SENTENCE.test(sentence) || DEPLOYED_IN_SENTENCE.test(sentence);
  const forcesOfOrder = forcesAt !== -1 && harmed() && !head.slice(0, forcesAt).some((token) => PEOPLE_NOUNS.has(token.word) && !HARM_WORDS.has(token.word)) &&
    (head[forcesAt]!.word !== 'security' || head.some((token) => /^(?:officers|forces|personnel|guards|agents)$/.test(token.word)));
  const group = forcesOfOrder ? 'personnel' : head.map((token) => categoryOf([token.word])).find((named) => named === 'personnel' || named === 'fighters');
  if (group) return { category: group, counted: describe(after, verbBefore) };
  // "More than 100 Israeli attacks", "with 50 attacks": attacks counted as what the number counts are strikes.
  if (own !== 'killed' && own !== 'injured' && after.slice(0, 3).some((token) => STRIKE_NOUNS.has(token.word)) && STRIKE_NOUN_AFTER.test(sentence.slice(mention.end, mention.end + 40))) {
    return { category: 'airstrikes', counted: describe(after, verbBefore) };
  }
  // "the toll of wounded officers": a toll of the injured.
  const tollOfInjured = tollBefore && TOLL_OF_INJURED.test(sentence.slice(0, hedgeStart));
  const read = (own === 'killed' || own === 'injured' ? own : harmCategory ?? own ?? named) ?? (tollBefore ? (tollOfInjured ? 'injured' : 'killed') : null) ??
    (namesVictimsOfAttack(after.slice(0, 3).map((token) => token.word)) ? 'killed' : null);
  if (outOfHarm(sentence, mention.end, after, { read, namesHarm: own !== null || harmCategory !== null || tollBefore, verbBefore })) {
    return { category: 'other', counted: describe(after, read === 'trapped' && verbBefore === 'stranded' ? verbBefore : null) };
  }
  if (countsUnits(after, read, verbBefore)) return { category: 'other', counted: describe(after, null) };
  const patients = hospitalisedBySickness(sentence, words);
  const category = refinedCategory(sentence, mention, hedgeStart, after, read === 'injured' && patients ? null : read, patients);
  // "the number of people in relief camps has dropped from 17,000 to about 11,000": the words after name no one.
  const namesSomeone = after.some((token) => PEOPLE_NOUNS.has(token.word) || OUTCOME_WORDS.has(token.word));
  const counted = numberOf && !namesSomeone ? numberOf.join(' ') : describe(after, verbBefore);
  // A toll's value names no one after it ("the death toll topped 1,600 despite ..."): it counts deaths.
  // "Injuries rose to 300 on Monday": a count of injuries names no one after it either.
  const injuriesBefore = category === 'injured' && !namesSomeone && !numberOf && /\binjuries\s+(?:\S+\s+){0,3}$/i.test(sentence.slice(Math.max(0, hedgeStart - 40), hedgeStart));
  if (injuriesBefore) return { category, counted: 'injuries' };
  return { category, counted: tollBefore && !namesSomeone && category === 'killed' && !numberOf ? 'deaths' : counted || (tollBefore ? 'deaths' : '') };
}
