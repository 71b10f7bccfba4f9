/**
 * The subject of a speech verb: the name before "said", walked back over appositives ("Jane Doe, head of ..., said"),
 * asides ("also speaking anonymously"), joined speakers ("witnesses and police said") and relative pronouns ("the
 * army, which said"), with what is never a subject left out: circumstances, shares of a group, discourse words, what
 * is counted, and places alone. `attributions.ts` finds the verbs; this reads who stands before them.
 */
import { actsAsOrganisation } from './acting-organisations';
import { isCountry } from './countries';

const TRAILING_ADVERBIAL =
  /(?:\s+|^)(?:on|late|early|earlier|also|already|later|previously|initially|first|again|last|this|has|have|had|would|will|in\s+a(?:\s+short)?\s+statement|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|night|morning|evening|afternoon|week|month)$/i;
// Plain-text copy writes a dash as " - " ("BAGHDAD - An Iraqi security official says").
const CLAUSE_BOUNDARY = /[,;:"“”()—–]|\s--?\s|\b(?:that|and|but|while|as|whereas|because|when|after|so|if)\b/gi;
// "We, in SOHR, believed": the first person speaks for the source the text last named.
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'which', 'who', 'we']);
export const ARTICLE = /^(?:the|a|an)\s/i;
// "because he was not authorized to speak": a clause with a pronoun for its subject is an aside, not a name.
const PRONOUN_CLAUSE = /^(?:he|she|they|it|we)\s+\S/i;
// "Jane Roe, speaking to journalists in Bellmoor, said": a participle opens an aside about the speaker named before.
// "A senior official, also speaking anonymously, confirmed": an adverb may open the aside.
const PARTICIPLE_ASIDE = /^(?:(?:also|again|himself|herself|themselves|too)\s+)?(?:speaking|talking|writing|addressing|briefing|answering|responding)\s+\S/;
// "the region where the landslide struck": a noun with a relative clause describes the name before it.
const RELATIVE_APPOSITIVE = /^(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:where|which|whose|that|who)\b/i;
// A name written before an appositive: "Christophe Munyanderu, head of ..., said".
// "UN deputy humanitarian chief": a role written after a name, capitalised because it starts with an acronym.
const ROLE_END =
  /\b(?:chief|head|chair(?:man|woman|person)?|spokes(?:man|woman|person)|director|coordinator|representative|commander|official|officer|minister|secretary|envoy|president|governor|mayor)$/i;
const NAME_LIKE = /^(?:(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|de|van)\s*){1,5}$/;
// "Mads Brinch Hansen, the head of the IFRC in Syria, put ...": an appositive may start with an article when it
// names a role; it still describes the name before it.
const ROLE_APPOSITIVE =
  /^(?:the|a|an)\s+(?:[a-z'’-]+\s+){0,2}(?:head|chief|chair(?:man|woman|person)?|director|spokes(?:man|woman|person)|minister|coordinator|representative|commander|governor|mayor|leader|president|secretary|official|officer)\b/i;
export const ORG_NOUN =
  /\b(?:group|monitor|observatory|agency|office|ministry|organi[sz]ation|army|military|government|administration|junta|authorities|police|coalition|committee|council|department|services?|officials?|statements?|reports?|charity|activists|locals|villagers|eyewitnesses|(?:aid|relief|rescue|health|humanitarian)\s+workers|spokes(?:man|woman|person)|witnesses|residents|sources|minister|defen[cs]e|protection|media|television|radio|broadcaster|diplomats?|medics|doctors?|nurses?|employees|staff|hospital|UN|union|federation|society|agencies|source|governor|mayor|commissioner|commander|chief|director|coordinator|representative|envoy|prosecutors?|coroners?|investigators?|judges?|officers?|firefighters|paramedics|institute|institution|centre|center|bureau)\b/i;
// A subject that is a circumstance or a share of a group, not who speaks: "On Saturday", "In Sierra Leone",
// "in what a U.N. agency", "Some of the refugees" (but "One of the health workers on duty" is one of the staff who
// speak), "However", and what is counted ("The total number of people displaced registered this month is ...").
const NOT_A_SUBJECT =
  /^(?:(?:the\s+)?(?:total\s+|overall\s+)?(?:number|count)\s+of\s|(?:on|in|at|by|for|from|during|after|before|since|with|within|under|over|across|of|excluding|including|despite|following|amid|among|besides|except|apart)\s|(?:some|many|most|few|several|all|none|each|both)\s+of\s|one\s+of\s+(?!the\s+(?:[a-z-]+\s+){0,2}(?:workers|doctors|nurses|medics|officials|officers|staff|spokes(?:men|women|persons|people))\b)|(?:however|meanwhile|but|yet|still|also|moreover|furthermore|nevertheless|instead|so|and|though|although)\b|(?:initially|earlier|later|separately|additionally|previously|currently|overall|officially|subsequently|eventually|finally|recently|altogether|elsewhere|similarly|likewise|first|then|now|today|yesterday)$)/i;
// A subject that is an organisation's own word ("officials", "police") names no one before it.
const ORGANISATION_WORD = /^(?:officials|police|authorities|rescuers|residents|witnesses|activists|medics|doctors|locals|villagers|eyewitnesses)$/i;
export const SUBJECT_WINDOW = 300;

// An appositive names an organisation when it has an acronym ("UN", "IOM", "U.N.") or a capitalised name the
// role is for ("country director for Mercy Corps"); "administrator of Lubero territory" names a place.
const NAMES_ORGANISATION = /\b(?:[A-Z]{2,}|(?:[A-Z]\.){2,})|\bfor\s+(?:the\s+)?[A-Z]/;
const PERSON_NAME = /^(?:[A-Z][a-z'’.-]+\s+){1,3}[A-Z][\w'’.-]+$/;
const APPOSITIVE_WORDS = 10;

/**
 * "Jane Doe, UN deputy humanitarian chief": a named person is given with the organisation the appositive names,
 * since a person alone is not a source an editor can check. Other names are kept as they are.
 */
export function withOrganisation(name: string, appositive: string): string {
  const role = appositive.trim();
  if (!PERSON_NAME.test(name) || !role || role.split(/\s+/).length > APPOSITIVE_WORDS || !NAMES_ORGANISATION.test(role) || /\d/.test(role)) return name;
  return `${name}, ${role}`;
}

// "Guinea reported 3,340 cases", "Vubwi District has confirmed four cases": a place alone as the subject says where
// the count was made, not who gives it; "Guinea's health ministry" or "the Kenyan government" still name a source.
const PLACE_WITH_KIND = /^(?:[A-Z][\w'’-]*\s+){1,3}(?:District|Province|County|Region|Governorate|Prefecture|Municipality|Division|Department)$/;
// "The mountainous region of Cao Bang reported the most fatalities": a kind of place, then its name.
const KIND_OF_PLACE = /^(?:[a-z-]+\s+){0,2}(?:region|province|district|county|state|city|town|village|area|governorate|prefecture|municipality)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$/;

export function namesOnlyAPlace(phrase: string): boolean {
  const name = phrase.replace(ARTICLE, '').trim();
  return isCountry(name) || PLACE_WITH_KIND.test(name) || KIND_OF_PLACE.test(name);
}

// The organisation a relative clause describes: "the army, which", "Human Rights Watch (HRW), which".
const RELATIVE_ANTECEDENT =
  /(?:^|\s)((?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:army|military|police|government|ministry|agency|group|organi[sz]ation|authorities|coalition|council|committee|office|charity)|(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,6}[A-Z][\w'’.&-]*(?:\s+\([A-Z][\w.&-]*\))?))\s*,\s*$/;

export function relativeAntecedent(before: string): { phrase: string; start: number } | null {
  const match = RELATIVE_ANTECEDENT.exec(before.slice(-160));
  if (!match) return null;
  // "victories of the army, which": the preposition is not part of the name.
  const phrase = match[1]!.replace(/^(?:(?:of|in|at|by|for|from|on|with|to)\s+)+/i, '');
  if (!ORG_NOUN.test(phrase) && !actsAsOrganisation(phrase)) return null;
  if (namesOnlyAPlace(phrase) || NOT_A_SUBJECT.test(phrase)) return null;
  return { phrase, start: before.length - (match[0].length - match[0].indexOf(phrase)) };
}

export function stripAdverbials(text: string): string {
  let previous: string;
  let current = text.trimEnd();
  do {
    previous = current;
    current = current.replace(TRAILING_ADVERBIAL, '').trimEnd();
  } while (current !== previous);
  return current;
}

const ADVERB_ASIDE = /,\s+(?:meanwhile|however|though|too|separately|also|in\s+turn|for\s+its\s+part|for\s+their\s+part)\s*,\s*$/i;
const MAX_SUBJECT_WORDS = 14;
// "Mitch, which officials in Central America said has killed ...": after a relative pronoun comes the subject of its
// clause, not an appositive of the name before.
const RELATIVE_SUBJECT = /^(?:which|whom)\s+((?:the\s+)?[a-z][\w'’.-]*(?:\s+[\w'’.-]+){0,5})$/i;
const TRAILING_NAME = /(?:^|\s)((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on)\s+)*){1,6}[A-Z][\w'’.-]*)$/;

export function plausibleSubject(segment: string): boolean {
  if (NOT_A_SUBJECT.test(segment)) return false;
  const words = segment.split(/\s+/);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS || /\d/.test(segment)) return false;
  return words.some((word, index) => /^[A-Z]/.test(word) && (index > 0 || !ARTICLE.test(`${word} `))) || ORG_NOUN.test(segment);
}

/** The subject of a speech verb at `verbStart`, walking back over appositives to the name they describe. */
export function subjectBefore(sentence: string, verbStart: number): { phrase: string; start: number; afterComma: boolean } | null {
  // "Name, descriptor, told": the comma before the verb closes the appositive, not the subject.
  // A subject sits within a few hundred characters of its verb; bounding the look-back keeps this linear.
  const windowStart = Math.max(0, verbStart - SUBJECT_WINDOW);
  // "The disaster agency, meanwhile, said": an adverb between commas is no appositive.
  const before = stripAdverbials(sentence.slice(windowStart, verbStart).replace(ADVERB_ASIDE, ' ')).replace(/[,\s]+$/, '');
  // Brackets inside a name ("the UN Office ... (OCHA) said") are not clause boundaries.
  const masked = before.replace(/\([^()]*\)/g, (bracket) => ' '.repeat(bracket.length));
  const boundaries: Array<{ index: number; end: number; mark: string }> = [];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let match = CLAUSE_BOUNDARY.exec(masked); match; match = CLAUSE_BOUNDARY.exec(masked)) {
    // "Ministry of Information and Culture", "Egypt and Italy": a capital after "and" continues a name.
    if (/^and$/i.test(match[0]) && /^\s+[A-Z]/.test(masked.slice(match.index + 3))) continue;
    boundaries.push({ index: match.index, end: match.index + match[0].length, mark: match[0] });
  }
  let cursor = boundaries.length - 1;
  let segmentEnd = before.length;
  let segmentStart = cursor >= 0 ? boundaries[cursor]!.end : 0;
  let segment = before.slice(segmentStart, segmentEnd).trim();
  // "Reports from a range of sources, including people who met our teams in Alpha, estimate": the examples after
  // "including" describe the subject before them.
  if (/^including\s/i.test(segment) && cursor >= 0 && boundaries[cursor]!.mark === ',') {
    segmentEnd = boundaries[cursor]!.index;
    cursor--;
    segmentStart = cursor >= 0 ? boundaries[cursor]!.end : 0;
    segment = before.slice(segmentStart, segmentEnd).trim();
  }
  // "Kim Mi Sung, an official at a nonprofit organization that promotes tourism in Itaewon, said": a relative clause
  // closing an appositive belongs to it.
  // "a rally that a local human rights group says" keeps its subject: one with an article or a pronoun is not a verb.
  while (cursor >= 1 && /^that$/i.test(boundaries[cursor]!.mark) && /^[a-z]/.test(segment) && !ARTICLE.test(segment) && !ORGANISATION_WORD.test(segment.split(/\s+/)[0]!) && !PRONOUNS.has(segment.split(/\s+/)[0]!.toLowerCase())) {
    segmentEnd = boundaries[cursor]!.index;
    cursor--;
    segmentStart = boundaries[cursor]!.end;
    segment = before.slice(segmentStart, segmentEnd).trim();
  }
  // Appositives start lower-case without an article ("health minister in ...", "based in Irumu"); walk back over
  // up to three of them to the name they describe, and keep the segment when no name is found.
  // "Mitch, which officials in Central America said has killed ...": after a relative pronoun the segment is the
  // subject of its clause, not an appositive of the name before.
  const relativeSubject = RELATIVE_SUBJECT.exec(segment);
  if (relativeSubject && ORG_NOUN.test(relativeSubject[1]!) && !PRONOUNS.has(relativeSubject[1]!.toLowerCase())) {
    const phrase = relativeSubject[1]!;
    return { phrase, start: windowStart + segmentStart + before.slice(segmentStart).indexOf(phrase), afterComma: false };
  }
  const isAppositive = /^[a-z]/.test(segment) && !ARTICLE.test(segment) && !PRONOUNS.has(segment.toLowerCase()) && !ORGANISATION_WORD.test(segment);
  // "A health ministry official, speaking on condition of anonymity because he was not authorized to ..., said":
  // the speaker is the name before the asides, or no one.
  if (PRONOUN_CLAUSE.test(segment) || PARTICIPLE_ASIDE.test(segment)) {
    let walk = cursor;
    let speaker: { phrase: string; start: number } | null = null;
    for (let steps = 0; steps < 3 && walk >= 0 && !speaker; steps++, walk--) {
      const previousStart = walk > 0 ? boundaries[walk - 1]!.end : 0;
      const candidate = before.slice(previousStart, boundaries[walk]!.index).trim();
      if (/^[A-Z]/.test(candidate) && plausibleSubject(candidate)) speaker = { phrase: candidate, start: windowStart + before.indexOf(candidate, previousStart) };
      else if (!/^[a-z]/.test(candidate)) break;
    }
    return speaker ? { ...speaker, afterComma: false } : null;
  }
  if (isAppositive || ROLE_APPOSITIVE.test(segment) || RELATIVE_APPOSITIVE.test(segment) || ROLE_END.test(segment)) {
    let walk = cursor;
    for (let steps = 0; steps < 3 && walk >= 0 && boundaries[walk]!.mark === ','; steps++) {
      const previousEnd = boundaries[walk]!.index;
      const previousStart = walk > 0 ? boundaries[walk - 1]!.end : 0;
      const candidate = before.slice(previousStart, previousEnd).trim();
      walk--;
      if (NAME_LIKE.test(candidate) && !NOT_A_SUBJECT.test(candidate)) {
        cursor = walk;
        segmentStart = previousStart;
        segmentEnd = previousEnd;
        segment = withOrganisation(candidate, before.slice(previousEnd + 1));
        break;
      }
      // "Jane Doe, the police chief of X province, of which Y is the capital, told": a role appositive may stand
      // between the name and a later aside.
      if (!/^[a-z]/.test(candidate) || (ARTICLE.test(candidate) && !ROLE_APPOSITIVE.test(candidate))) break;
    }
  }
  // "..., witnesses and police said": two speakers joined by "and" are one subject.
  // "Local officials and aid workers believe": the pair may open the sentence.
  const joinedStart = cursor >= 1 && boundaries[cursor - 1]!.mark === ',' ? boundaries[cursor - 1]!.end : cursor === 0 ? 0 : -1;
  const joined = joinedStart >= 0 && /^and$/i.test(boundaries[cursor]!.mark) ? before.slice(joinedStart, boundaries[cursor]!.index).trim() : '';
  // "Czech Interior Minister Vit Rakusan and police chief Martin Vondrasek told": a named role may be longer.
  const joinedWords = joined.split(/\s+/).length;
  if (segment && joined && (joinedWords <= 3 || (joinedWords <= 6 && NAME_LIKE.test(joined))) && ORG_NOUN.test(joined) && ORG_NOUN.test(segment)) {
    cursor--;
    segmentStart = joinedStart;
    segment = before.slice(segmentStart, segmentEnd).trim();
  }
  if (!segment) return null;
  // "Speaking in Geneva after her visit to Chad last week UNHCR's director Jane Doe said": an opening phrase written
  // without its comma runs into the subject; the name is the run of capitalised words that ends the segment.
  if (segment.split(/\s+/).length > MAX_SUBJECT_WORDS) {
    const name = TRAILING_NAME.exec(segment);
    if (!name) return null;
    segmentStart += before.slice(segmentStart, segmentEnd).lastIndexOf(name[1]!);
    segment = name[1]!;
  }
  const start = windowStart + segmentStart + (before.slice(segmentStart, segmentEnd).length - before.slice(segmentStart, segmentEnd).trimStart().length);
  const boundaryMark = cursor >= 0 ? boundaries[cursor]!.mark : '';
  return { phrase: segment, start, afterComma: /[,"“”—–]/.test(boundaryMark) };
}
