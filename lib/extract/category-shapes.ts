/**
 * Category rules read after the counted words have given theirs: shapes of sentence that settle or change what a
 * count counts. Each is a pattern editors meet in many reports:
 * - children named as what is killed or injured are children ("12 children killed in the strike");
 * - a word one stray letter from an outcome reads as it ("have diedd", "light injuiries");
 * - a bare count of people in a clause whose subject is a harm ("The injuries number 450 people", "Most deaths
 *   were in A, 120 people") counts that harm;
 * - "N others" after a count of fighters, troops or children are more of them;
 * - people stranded are held up where they are, not trapped, and people feared buried are missing;
 * - the displaced counted together with their hosts ("IDPs and host community members") are a mixed group;
 * - a share in a clause opened by its group ("Of those displaced, 5 percent ...") is a share of that group;
 * - the wounded who died are dead, and gang members are fighters;
 * - cases, families and households are units of count, never a population, and families displaced are `other`.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { categoryOfFamilyMembers, familiesRestatedAsPeople } from './family-units';
import { CATEGORY_KEYWORDS, categoryOf, PEOPLE_NOUNS } from './lexicon';
import type { NumberMention } from './numbers';
import type { Token } from './words';

const CHILD_NOUNS = CATEGORY_KEYWORDS.find(([category]) => category === 'children')![1];
const HEAD_WORDS = 3;

/** "12 children killed", "killed 11 children": the people counted are children, harmed. */
export function harmedChildren(after: readonly Token[], category: Category | null): boolean {
  // "two of them children": a part of a count told before keeps that count's category.
  if ((category !== 'killed' && category !== 'injured') || after[0]?.word === 'of') return false;
  const head = after.slice(0, HEAD_WORDS).find((token) => PEOPLE_NOUNS.has(token.word));
  return head !== undefined && CHILD_NOUNS.has(head.word);
}

// Outcomes a typing error is forgiven in: one letter too many ("diead", "injurires", "killled").
const FORGIVEN_OUTCOMES = new Set(['died', 'killed', 'injured', 'injuries', 'wounded', 'displaced', 'evacuated', 'drowned', 'perished']);
const KNOWN_WORDS = new Set(CATEGORY_KEYWORDS.flatMap(([, keywords]) => [...keywords]));
const SHORTEST_TYPO = 5;

/** The category of a word that is an outcome with one stray letter, if any among `words`. */
export function misspeltOutcome(words: readonly string[]): Category | null {
  for (const word of words) {
    if (word.length < SHORTEST_TYPO || KNOWN_WORDS.has(word) || !/^[a-z]+$/.test(word)) continue;
    for (let index = 0; index < word.length; index++) {
      const candidate = word.slice(0, index) + word.slice(index + 1);
      if (FORGIVEN_OUTCOMES.has(candidate)) return categoryOf([candidate]);
    }
  }
  return null;
}

const BARE_PEOPLE = new Set(['people', 'persons', 'individuals']);
// "The injuries are numbered at 1,200 people", "Most deaths occurred in A 300 people": the clause, up to the number,
// opens on a noun of harm and has no comma.
const HARM_SUBJECT_CLAUSE =
  /(?:^|[.;:]\s+)(?:(?:most|the|all|many|some)\s+(?:of\s+the\s+)?)?(injuries|deaths|fatalities|dead|injured|wounded|displaced|evacuees)\b[^,;:.]*$/i;

/** The category of the harm the clause is about, when the number counts only "people" in it. */
export function harmOfClauseSubject(sentence: string, hedgeStart: number, after: readonly Token[]): Category | null {
  if (after.length === 0 || after.length > 2 || !after.every((token) => BARE_PEOPLE.has(token.word))) return null;
  const subject = HARM_SUBJECT_CLAUSE.exec(sentence.slice(0, hedgeStart));
  return subject ? categoryOf([subject[1]!.toLowerCase()]) : null;
}

// An earlier count and the (one or two) words after it: "two attackers", "five Islamist attackers".
const EARLIER_COUNT = /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores))\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?/gi;
const OTHERS_LOOKBACK = 200;
const GROUPS: ReadonlySet<Category> = new Set(['fighters', 'personnel', 'children']);

/** "two attackers were shot ... collapsed on three others": the others are more of the group counted before. */
export function groupOfOthers(sentence: string, mention: NumberMention, after: readonly Token[]): Category | null {
  if (after[0]?.word !== 'others' || after.length > 1) return null;
  const before = sentence.slice(Math.max(0, mention.start - OTHERS_LOOKBACK), mention.start);
  let group: Category | null = null;
  EARLIER_COUNT.lastIndex = 0;
  for (let match = EARLIER_COUNT.exec(before); match; match = EARLIER_COUNT.exec(before)) {
    const named = categoryOf([match[1]!.toLowerCase(), ...(match[2] ? [match[2].toLowerCase()] : [])]);
    group = named !== null && GROUPS.has(named) ? named : null;
  }
  return group;
}

// Being stranded (cut off by blocked roads, held up on a journey) is not being trapped in danger, unless the words
// say that too ("passengers were trapped inside trains stranded in snow").
const TRAPPING_WORDS = new Set(['trapped', 'buried', 'besieged', 'encircled', 'marooned']);

/** "4,500 migrants are estimated to be stranded in the city", "leaving hundreds of people stranded": held up, not trapped. */
export function strandedNotTrapped(after: readonly Token[], category: Category | null): boolean {
  return category === 'trapped' && after.some((token) => token.word === 'stranded') && !after.some((token) => TRAPPING_WORDS.has(token.word));
}

// "more than 100 feared buried", "29 people were believed buried": people presumed under the debris are the missing.
const BELIEF_WORDS = new Set(['feared', 'believed', 'thought', 'presumed']);

/** True for a count of people feared or believed buried, which is a count of the missing (other), not the trapped. */
export function presumedBuried(after: readonly Token[], category: Category | null): boolean {
  if (category !== 'trapped') return false;
  const buried = after.findIndex((token) => token.word === 'buried');
  return buried > 0 && BELIEF_WORDS.has(after[buried - 1]!.word);
}

// "hundreds of thousands of IDPs and host community members": the displaced and the people hosting them.
const WITH_HOSTS = /^[^,;.]{0,80}?\band\s+(?:the\s+|their\s+|local\s+)?host(?:ing)?\s+(?:community|communities|families|populations?)\b/i;

/** True when the count of displaced people or refugees also counts the community hosting them. */
export function countedWithHosts(sentence: string, end: number, category: Category | null): boolean {
  return (category === 'displaced' || category === 'refugees') && WITH_HOSTS.test(sentence.slice(end, end + 120));
}

// "115 camps have been set up across 19 counties hosting 27,000 people": the people a shelter hosts are displaced.
const HOSTED_BY_SHELTERS_BEFORE =
  /\b(?:camps|shelters|evacuation\s+(?:centres|centers|sites)|relief\s+camps|displacement\s+sites)\b[^.;]{0,80}?\b(?:hosting|housing|accommodating)\s+$/i;

/** True when the number counts the people that camps or shelters named before it are hosting. */
export function hostedByShelters(sentence: string, hedgeStart: number): boolean {
  const before = sentence.slice(Math.max(0, hedgeStart - 160), hedgeStart);
  return /(?:hosting|housing|accommodating)\s+$/i.test(before) && HOSTED_BY_SHELTERS_BEFORE.test(before);
}

// "Of those displaced, only five percent are staying ...", "Among the refugees, 40% ...": the clause opens on its group.
const SHARE_OF_OPENING_GROUP =
  /(?:^|[.;]\s+)(?:of|among)\s+(?:all\s+)?(?:those|the|these)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s*,\s*(?:only\s+|just\s+)?(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?$/i;

/** The category of the group a clause opens on, for a percentage right after it. */
export function groupOfOpeningClause(sentence: string, hedgeStart: number): Category | null {
  const opening = SHARE_OF_OPENING_GROUP.exec(sentence.slice(0, hedgeStart));
  return opening ? categoryOf(opening[1]!.toLowerCase().split(/\s+/)) : null;
}

/**
 * The shapes above and those of `family-units.ts`, applied to the category the counted words gave (null: none).
 * `patientsOfIllness` marks people hospitalised with a disease, whom no shape makes a count of harm.
 */
export function refinedCategory(
  sentence: string, mention: NumberMention, hedgeStart: number, after: readonly Token[], category: Category | null, patientsOfIllness: boolean,
): Category | null {
  if (familiesRestatedAsPeople(sentence, mention.end)) return 'other';
  if (category === null) {
    if (patientsOfIllness) return null;
    return categoryOfFamilyMembers(sentence, hedgeStart) ?? harmOfClauseSubject(sentence, hedgeStart, after) ?? groupOfOthers(sentence, mention, after) ??
      misspeltOutcome(after.map((token) => token.word)) ??
      (hostedByShelters(sentence, hedgeStart) ? 'displaced' : null);
  }
  if (harmedChildren(after, category)) return 'children';
  return strandedNotTrapped(after, category) || presumedBuried(after, category) || countedWithHosts(sentence, mention.end, category) ? 'other' : category;
}

// "two wounded persons passed away in the trauma centre": the wounded who died are dead.
const INJURED_WHO_DIED_AFTER = /^\s+(?:injured|wounded)\s+(?:[a-z-]+\s+)?(?:later\s+|also\s+|have\s+|had\s+|subsequently\s+)?(?:died|passed\s+away|succumbed)\b/i;
// "dozens of gang members crept toward the town": members of a gang are fighters.
const GANG_MEMBERS_AFTER = /^\s+(?:of\s+)?(?:armed\s+)?gang\s+members\b/i;

/** True for "N wounded persons passed away": a count of the dead. */
export function injuredWhoDied(sentence: string, end: number): boolean {
  return INJURED_WHO_DIED_AFTER.test(sentence.slice(end, end + 60));
}

/** True for "dozens of gang members": a count of fighters. */
export function gangMembers(sentence: string, end: number): boolean {
  return GANG_MEMBERS_AFTER.test(sentence.slice(end, end + 30));
}

const FAMILY_UNITS = new Set(['families', 'households']);

/**
 * "four cases were culture-confirmed among Syrian nationals living in a settlement": cases are never a population.
 * "Over 9,000 families have now been displaced": families and households are a unit of count, whatever moved them;
 * families that fled stay fled, and "displacing 51,244 families" keeps its verb, as the development set codes them.
 */
export function countsUnits(after: readonly Token[], category: Category | null, verbBefore: string | null): boolean {
  const head = after[0]?.word;
  const unitHead = head === 'cases' || head === 'infections' || (head !== undefined && FAMILY_UNITS.has(head)) ||
    (after.length > 1 && FAMILY_UNITS.has(after[1]!.word) && !PEOPLE_NOUNS.has(head!));
  return unitHead && (category === 'population' || (category === 'displaced' && verbBefore === null));
}

