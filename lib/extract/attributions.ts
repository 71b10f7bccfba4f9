/**
 * Finds who a sentence attributes its claims to: "according to X", "X said/reported/estimates/told AFP",
 * "..., X said." at the end, and "..., said X" / "..., reports X" after a quotation. Each attribution records
 * which part of the sentence it covers so a figure takes the attribution of its own clause.
 */
import { isCountry } from './countries';
import { ACTING_VERBS, actsAsOrganisation, isActingVerb } from './acting-organisations';
import { findSpeakerPhrases } from './speaker-phrases';

export interface Attribution {
  /** The name phrase as written ("the Britain-based group"), or a pronoun ("he", "it", "which"). */
  phrase: string;
  isPronoun: boolean;
  /** Offset of the verb (or of "according to") in the sentence. */
  position: number;
  /** Offset where the subject begins. */
  subjectStart: number;
  /**
   * after: covers figures after the verb ("X said 23 ..."); before: covers figures before the subject
   * ("23 ..., X said"); sentence: covers any figure of the sentence ("..., according to X").
   */
  covers: ReadonlyArray<'after' | 'before' | 'sentence'>;
  /** The subject acts rather than speaks ("UNHCR has relocated 8,600"): a speaker of the sentence comes first. */
  acting?: boolean;
}

const SPEECH_VERBS =
  'said|says|say|told|tells|informed|notified|notifies|tweeted|posted|revealed|reveals|disclosed|discloses|reported|reports|estimated|estimates|estimate|warned|warns|announced|announces|added|adds|stated|confirmed|confirms|confirm|counted|counts|recorded|records|documented|described|describes|gave|gives|put|puts|placed|places|noted|notes|claimed|claims|believes|believed|believe|tallied|registered|acknowledged|acknowledges|admitted|indicate|indicates|indicated|found|stressed|show|shows|showed|reporting|maintained|maintains|insisted|insists|presented|reveal|fear|fears|feared|predicted|predicts|predict|provided|provides';
const VERBS = new RegExp(`\\b(?:${SPEECH_VERBS}|${ACTING_VERBS})\\b`, 'g');
const PROGRESSIVE_AUXILIARY = /\s(?:is|are|was|were|has\s+been|have\s+been)\s+$/;
const ACCORDING_TO = /\baccording\s+to\s+/gi;
// "were reported" (passive), "than reported", "an estimated" (an adjective): no one is being quoted.
const PASSIVE_OR_COMPARATIVE = /\b(?:was|were|is|are|been|be|being|than|to|not|widely|also\s+been|an?|the)\s+$/i;
// "According to media reports": the verb-like word is the noun of an "according to" phrase.
const INSIDE_ACCORDING_TO = /\baccording\s+to\s+(?:[\w'’.-]+\s+){1,4}$/i;
const TRAILING_ADVERBIAL =
  /(?:\s+|^)(?:on|late|early|earlier|also|already|later|previously|again|last|this|has|have|had|would|will|in\s+a(?:\s+short)?\s+statement|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|night|morning|evening|afternoon|week|month)$/i;
// Plain-text copy writes a dash as " - " ("BAGHDAD - An Iraqi security official says").
const CLAUSE_BOUNDARY = /[,;:"“”()—–]|\s--?\s|\b(?:that|and|but|while|as|whereas|because|when|after|so|if)\b/gi;
// "We, in SOHR, believed": the first person speaks for the source the text last named.
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'which', 'who', 'we']);
const ARTICLE = /^(?:the|a|an)\s/i;
// "because he was not authorized to speak": a clause with a pronoun for its subject is an aside, not a name.
const PRONOUN_CLAUSE = /^(?:he|she|they|it|we)\s+\S/i;
// "Jane Roe, speaking to journalists in Bellmoor, said": a participle opens an aside about the speaker named before.
// "A senior official, also speaking anonymously, confirmed": an adverb may open the aside.
const PARTICIPLE_ASIDE = /^(?:(?:also|again|himself|herself|themselves|too)\s+)?(?:speaking|talking|writing|addressing|briefing|answering|responding)\s+\S/;
// "the region where the landslide struck": a noun with a relative clause describes the name before it.
const RELATIVE_APPOSITIVE = /^(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:where|which|whose|that|who)\b/i;
// "According to estimates": a document named without its issuer names no one.
const DOCUMENT_WITHOUT_ISSUER = /^(?:(?:the\s+)?(?:latest|official|preliminary|initial|new|unofficial)\s+)?(?:estimates|figures|data|statistics|reports|records|tallies)$/i;
// "According to the same official", "the same spokesman said": the speaker named before, as a pronoun would be.
const SAME_SPEAKER = /^(?:the\s+)?same\s+(?:[a-z-]+\s+)?(?:official|spokes(?:man|woman|person)|source|person|officer|minister|agency|organi[sz]ation|group|report|statement)$/i;
// "our initial registration data", "testimonies gathered by our teams": a document of the speaker's own.
const FIRST_PERSON_DOCUMENT = /^(?:our|my)\s|\b(?:by|from|of)\s+(?:our|us|me|my)\b/i;
// A name written before an appositive: "Christophe Munyanderu, head of ..., said".
// "UN deputy humanitarian chief": a role written after a name, capitalised because it starts with an acronym.
const ROLE_END =
  /\b(?:chief|head|chair(?:man|woman|person)?|spokes(?:man|woman|person)|director|coordinator|representative|commander|official|officer|minister|secretary|envoy|president|governor|mayor)$/i;
const NAME_LIKE = /^(?:(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|de|van)\s*){1,5}$/;
// "Mads Brinch Hansen, the head of the IFRC in Syria, put ...": an appositive may start with an article when it
// names a role; it still describes the name before it.
const ROLE_APPOSITIVE =
  /^(?:the|a|an)\s+(?:[a-z'’-]+\s+){0,2}(?:head|chief|chair(?:man|woman|person)?|director|spokes(?:man|woman|person)|minister|coordinator|representative|commander|governor|mayor|leader|president|secretary|official|officer)\b/i;
const ORG_NOUN =
  /\b(?:group|monitor|observatory|agency|office|ministry|organi[sz]ation|army|military|government|administration|junta|authorities|police|coalition|committee|council|department|services?|officials?|statements?|reports?|charity|activists|locals|villagers|eyewitnesses|(?:aid|relief|rescue|health|humanitarian)\s+workers|spokes(?:man|woman|person)|witnesses|residents|sources|minister|defen[cs]e|protection|media|television|radio|broadcaster|diplomats?|medics|doctors|hospital|UN|union|federation|society|agencies|source|governor|mayor|commissioner|commander|chief|director|coordinator|representative|envoy|prosecutors?|coroners?|investigators?|judges?|officers?|firefighters|paramedics|institute|institution|centre|center|bureau)\b/i;
const INVERTED_END = /[,;]|\.(?=\s|$)|\s(?:on|at|late|who|which|adding|warning|saying)\s/;
const NOT_ATTRIBUTION_AFTER =
  /^\s+(?:of\b|(?:the\s+)?(?:lives|responsibility|victory|control|birth|way|bodies|body|dead)\b|(?:more\s+than|over|at\s+least|about|nearly|some)?\s*(?:[\d,]+|[a-z-]+)\s+(?:lives|bodies)\b)/i;
// "found" reports only a finding: "found in a report", "found that"; "rescuers found 20 bodies" reports nothing.
// "..., a report by X has found.": found with no object, at the end of the sentence, reports what came before.
const FOUND_AS_FINDING = /^(?:\s+(?:in\s+(?:a|an|its|their)\s+(?:new\s+|latest\s+)?(?:report|study|survey|investigation|assessment)|that)\b|\s*\.?\s*$)/i;
// "placed the death toll at 37": "placed" reports a count only when its object is one; "placed in camps" is not.
const PLACED_AS_ESTIMATE = /^\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}(?:toll|number|figure|count|total|tally|estimate)\b/i;
const PROVIDED_COUNT = /^\s+(?:a|an|the|its|their|new|updated|latest)\s+(?:[a-z-]+\s+)?(?:breakdown|figures?|data|tally|count|update|toll|statistics)\b/i;
// "Figures from the National Office indicate that ...": only a document of a named issuer indicates; "reports
// indicate" names no one.
// "UNHCR figures show 645,000 ...": only figures or data show a count; "images show" names no source.
// "The Council of Ministers indicated in a report today that ...": whoever indicates in a document of their own.
const INDICATED_IN_DOCUMENT = /^\s+(?:in|through)\s+(?:a|an|its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:report|statement|bulletin|update|communiqu[eé]|press\s+release)\b/i;
const FIGURES_BEFORE = /\b(?:figures|data|statistics|records|estimates)\s+$/i;
const DOCUMENT_OF_ISSUER = /\b(?:figures|data|statement|report|update|estimates|tally|count|bulletin|assessment)\s+(?:from|by|of|issued\s+by)\s+[^,;]{2,140}$/i;
// A name right after the verb: "said Philippe Branchat", "reports the United Nations Office", "said senior
// state official B.B. Vyas".
const NAME_TO_END = /^\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+){1,5}[A-Z][\w.-]*(?:\s+in\s+a\s+statement)?\s*\.?\s*$/;
const NAME_AFTER = /^\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[A-Z]/;
// "70 killed, says lawmaker", "..., said a local official.": a speaker named by their role alone, closing the sentence.
const ROLE_TO_END =
  /^\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}(?:lawmaker|legislator|official|officials|spokes(?:man|woman|person)|minister|police|governor|mayor|witness|witnesses|doctor|doctors|medics|rescuers|residents?)\s*\.?\s*$/;
// A subject that is a circumstance or a share of a group, not who speaks: "On Saturday", "In Sierra Leone",
// "in what a U.N. agency", "Some of the refugees" (but "One of the health workers on duty" is one of the staff
// who speak), "However", and what is counted ("The total number of people
// displaced registered this month is ...").
const NOT_A_SUBJECT =
  /^(?:(?:the\s+)?(?:total\s+|overall\s+)?(?:number|count)\s+of\s|(?:on|in|at|by|for|from|during|after|before|since|with|within|under|over|across|of|excluding|including|despite|following|amid|among|besides|except|apart)\s|(?:some|many|most|few|several|all|none|each|both)\s+of\s|one\s+of\s+(?!the\s+(?:[a-z-]+\s+){0,2}(?:workers|doctors|nurses|medics|officials|officers|staff|spokes(?:men|women|persons|people))\b)|(?:however|meanwhile|but|yet|still|also|moreover|furthermore|nevertheless|instead|so|and|though|although)\b|(?:initially|earlier|later|separately|additionally|previously|currently|overall|officially|subsequently|eventually|finally|recently|altogether|elsewhere|similarly|likewise|first|then|now|today|yesterday)$)/i;
// "quoted chief army spokesman Shaukat Sultan as saying 1,000 people ...": the quoted person is the source.
const QUOTED_AS_SAYING = /\bquoted\s+((?:[\w'’.-]+\s+){1,8}?)as\s+saying\b/gi;
// A subject that is an organisation's own word ("officials", "police") names no one before it.
const ORGANISATION_WORD = /^(?:officials|police|authorities|rescuers|residents|witnesses|activists|medics|doctors|locals|villagers|eyewitnesses)$/i;
const ACCORDING_END = /[,;:()"“”]|\.(?=\s|$)|\s(?:which|who|that|and|on|as|after|while|but|seen|published)\s/;

const SUBJECT_WINDOW = 300;

// An appositive names an organisation when it has an acronym ("UN", "IOM", "U.N.") or a capitalised name the
// role is for ("country director for Mercy Corps"); "administrator of Lubero territory" names a place.
const NAMES_ORGANISATION = /\b(?:[A-Z]{2,}|(?:[A-Z]\.){2,})|\bfor\s+(?:the\s+)?[A-Z]/;
const PERSON_NAME = /^(?:[A-Z][a-z'’.-]+\s+){1,3}[A-Z][\w'’.-]+$/;
const APPOSITIVE_WORDS = 10;

/**
 * "Jane Doe, UN deputy humanitarian chief": a named person is given with the organisation the appositive names,
 * since a person alone is not a source an editor can check. Other names are kept as they are.
 */
function withOrganisation(name: string, appositive: string): string {
  const role = appositive.trim();
  if (!PERSON_NAME.test(name) || !role || role.split(/\s+/).length > APPOSITIVE_WORDS || !NAMES_ORGANISATION.test(role) || /\d/.test(role)) return name;
  return `${name}, ${role}`;
}

// "Guinea reported 3,340 cases", "Vubwi District has confirmed four cases": a place alone as the subject says where
// the count was made, not who gives it; "Guinea's health ministry" or "the Kenyan government" still name a source.
const PLACE_WITH_KIND = /^(?:[A-Z][\w'’-]*\s+){1,3}(?:District|Province|County|Region|Governorate|Prefecture|Municipality|Division|Department)$/;
// "The mountainous region of Cao Bang reported the most fatalities": a kind of place, then its name.
const KIND_OF_PLACE = /^(?:[a-z-]+\s+){0,2}(?:region|province|district|county|state|city|town|village|area|governorate|prefecture|municipality)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$/;

function namesOnlyAPlace(phrase: string): boolean {
  const name = phrase.replace(ARTICLE, '').trim();
  return isCountry(name) || PLACE_WITH_KIND.test(name) || KIND_OF_PLACE.test(name);
}

// The organisation a relative clause describes: "the army, which", "Human Rights Watch (HRW), which".
const RELATIVE_ANTECEDENT =
  /(?:^|\s)((?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:army|military|police|government|ministry|agency|group|organi[sz]ation|authorities|coalition|council|committee|office|charity)|(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,6}[A-Z][\w'’.&-]*(?:\s+\([A-Z][\w.&-]*\))?))\s*,\s*$/;

function relativeAntecedent(before: string): { phrase: string; start: number } | null {
  const match = RELATIVE_ANTECEDENT.exec(before.slice(-160));
  if (!match) return null;
  // "victories of the army, which": the preposition is not part of the name.
  const phrase = match[1]!.replace(/^(?:(?:of|in|at|by|for|from|on|with|to)\s+)+/i, '');
  if (!ORG_NOUN.test(phrase) && !actsAsOrganisation(phrase)) return null;
  if (namesOnlyAPlace(phrase) || NOT_A_SUBJECT.test(phrase)) return null;
  return { phrase, start: before.length - (match[0].length - match[0].indexOf(phrase)) };
}

function stripAdverbials(text: string): string {
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

function plausibleSubject(segment: string): boolean {
  if (NOT_A_SUBJECT.test(segment)) return false;
  const words = segment.split(/\s+/);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS || /\d/.test(segment)) return false;
  return words.some((word, index) => /^[A-Z]/.test(word) && (index > 0 || !ARTICLE.test(`${word} `))) || ORG_NOUN.test(segment);
}

/** The subject of a speech verb at `verbStart`, walking back over appositives to the name they describe. */
function subjectBefore(sentence: string, verbStart: number): { phrase: string; start: number; afterComma: boolean } | null {
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
  if (segment && joined && joined.split(/\s+/).length <= 3 && ORG_NOUN.test(joined) && ORG_NOUN.test(segment)) {
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

export function findAttributions(sentence: string): Attribution[] {
  const found: Attribution[] = [];
  ACCORDING_TO.lastIndex = 0;
  for (let match = ACCORDING_TO.exec(sentence); match; match = ACCORDING_TO.exec(sentence)) {
    const rest = sentence.slice(match.index + match[0].length);
    const phrase = rest.slice(0, rest.search(ACCORDING_END) === -1 ? rest.length : rest.search(ACCORDING_END)).trim();
    // "according to our initial registration data": the first person speaks for the source named before.
    if (SAME_SPEAKER.test(phrase)) found.push({ phrase: 'he', isPronoun: true, position: match.index, subjectStart: match.index, covers: ['sentence'] });
    else if (FIRST_PERSON_DOCUMENT.test(phrase)) found.push({ phrase: 'we', isPronoun: true, position: match.index, subjectStart: match.index, covers: ['sentence'] });
    else if (phrase && !DOCUMENT_WITHOUT_ISSUER.test(phrase)) found.push({ phrase, isPronoun: false, position: match.index, subjectStart: match.index, covers: ['sentence'] });
  }
  for (const speaker of findSpeakerPhrases(sentence)) {
    if (plausibleSubject(speaker.phrase) && !namesOnlyAPlace(speaker.phrase)) found.push({ ...speaker, isPronoun: false });
  }
  QUOTED_AS_SAYING.lastIndex = 0;
  for (let match = QUOTED_AS_SAYING.exec(sentence); match; match = QUOTED_AS_SAYING.exec(sentence)) {
    const phrase = match[1]!.trim();
    const position = match.index + match[0].length;
    if (plausibleSubject(phrase)) found.push({ phrase, isPronoun: false, position, subjectStart: match.index, covers: ['after'] });
  }
  VERBS.lastIndex = 0;
  for (let match = VERBS.exec(sentence); match; match = VERBS.exec(sentence)) {
    const verbStart = match.index;
    // "Massacre claims 80": an event that claims a number of lives takes them; it does not speak.
    if (/^claim/.test(match[0]) && /^\s+(?:the\s+lives\s+of\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?\d/.test(sentence.slice(verbStart + match[0].length, verbStart + match[0].length + 30))) continue;
    if (match[0] === 'found' && !FOUND_AS_FINDING.test(sentence.slice(verbStart + 5, verbStart + 60))) continue;
    // "Li also provided a breakdown of the death toll": providing reports a count only when a count is provided.
    if (match[0].startsWith('provide') && !PROVIDED_COUNT.test(sentence.slice(verbStart + match[0].length, verbStart + 60))) continue;
    if (match[0].startsWith('place') && !PLACED_AS_ESTIMATE.test(sentence.slice(verbStart + match[0].length, verbStart + 60))) continue;
    if (match[0].startsWith('indicate') && !DOCUMENT_OF_ISSUER.test(sentence.slice(Math.max(0, verbStart - 160), verbStart)) && !INDICATED_IN_DOCUMENT.test(sentence.slice(verbStart + match[0].length, verbStart + 80))) continue;
    if (match[0].startsWith('show') && !FIGURES_BEFORE.test(sentence.slice(Math.max(0, verbStart - 16), verbStart)) && !DOCUMENT_OF_ISSUER.test(sentence.slice(Math.max(0, verbStart - 160), verbStart))) continue;
    const acting = isActingVerb(match[0]);
    // Most verbs of action have no organisation before them: skip the subject search for those.
    if (acting && !actsAsOrganisation(sentence.slice(Math.max(0, verbStart - SUBJECT_WINDOW), verbStart))) continue;
    const textBefore = sentence.slice(0, verbStart);
    // "..., state television is reporting.": the subject stands before the auxiliary.
    if (match[0] === 'reporting') {
      const auxiliary = PROGRESSIVE_AUXILIARY.exec(textBefore);
      const subject = auxiliary ? subjectBefore(sentence, auxiliary.index) : null;
      if (subject && plausibleSubject(subject.phrase) && !namesOnlyAPlace(subject.phrase) && !PRONOUNS.has(subject.phrase.toLowerCase())) {
        found.push({ phrase: subject.phrase, isPronoun: false, position: verbStart, subjectStart: subject.start, covers: subject.afterComma ? ['after', 'before'] : ['after'] });
      }
      continue;
    }
    if (PASSIVE_OR_COMPARATIVE.test(textBefore) || INSIDE_ACCORDING_TO.test(textBefore)) continue;
    // "reports of casualties" is a noun; "has claimed 14,000 lives" and "gave birth" report nothing.
    // "warned of a rise in the number of refugees ..., reaching 60,000" reports the number it warns of.
    // "says the dead now number 1,600": after a verb of saying, what follows is what was said.
    if (!/^(?:warn|said$|says$|say$)/.test(match[0]) && NOT_ATTRIBUTION_AFTER.test(sentence.slice(verbStart + match[0].length))) continue;
    // "..., said X" / '"...," said X' / "..., reports the UN office": the name comes after the verb.
    const rest = sentence.slice(verbStart + match[0].length);
    // "... without food or shelter said the UN's Adrian Edwards in a statement.": the comma may be missing when the
    // name runs to the end of the sentence.
    const commaless = !/[,"”]\s*$/.test(textBefore) && /^said$/.test(match[0]) && NAME_TO_END.test(rest);
    if (!acting && /[,"”]\s*$/.test(textBefore) && /^(?:said|says|reported|reports|added|adds)$/.test(match[0]) && ROLE_TO_END.test(rest)) {
      found.push({ phrase: rest.trim().replace(/\.$/, '').replace(ARTICLE, ''), isPronoun: false, position: verbStart, subjectStart: verbStart, covers: ['before', 'after'] });
      continue;
    }
    if (!acting && (/[,"”]\s*$/.test(textBefore) || commaless) && !/^(?:told|informed|notifie)/.test(match[0]) && NAME_AFTER.test(rest)) {
      const cut = rest.search(INVERTED_END);
      // "said state officials Thursday": the day is when, not who.
      const name = stripAdverbials((cut === -1 ? rest : rest.slice(0, cut)).trim().replace(/\.$/, ''));
      // "said Philippe Branchat, IOM chief of mission.": the appositive after the name says whom they speak for.
      const appositive = cut !== -1 && rest[cut] === ',' ? rest.slice(cut + 1).split(/[,;]|\.(?=\s|$)/)[0]! : '';
      const phrase = withOrganisation(name, appositive);
      if (plausibleSubject(phrase)) {
        // "..., said Jane Roe, mayor of X, while 246 more were injured": the clause after the name is still theirs.
        found.push({ phrase, isPronoun: false, position: verbStart, subjectStart: verbStart, covers: ['before', 'after'] });
        continue;
      }
    }
    const subject = subjectBefore(sentence, verbStart);
    if (!subject) continue;
    // "which said Thursday it believed": the subject is the pronoun nearest the verb.
    // "The WHO said": an acronym written in capitals is a name, not the pronoun "who".
    const written = subject.phrase.split(/\s+/).pop()!;
    const lastWord = written.toLowerCase();
    const sameSpeaker = SAME_SPEAKER.test(subject.phrase);
    const isPronoun = sameSpeaker || (PRONOUNS.has(lastWord) && written !== written.toUpperCase());
    if (isPronoun) subject.phrase = sameSpeaker ? 'he' : lastWord;
    // "the army, which claimed 203 ...": a relative pronoun speaks for the organisation just before its comma.
    const antecedent = isPronoun && (lastWord === 'which' || lastWord === 'who') ? relativeAntecedent(sentence.slice(0, subject.start)) : null;
    if (antecedent !== null) {
      if (acting && !actsAsOrganisation(antecedent.phrase)) continue;
      found.push({ phrase: antecedent.phrase, isPronoun: false, position: verbStart, subjectStart: antecedent.start, covers: ['after'], ...(acting ? { acting } : {}) });
      continue;
    }
    if (!isPronoun && (!plausibleSubject(subject.phrase) || namesOnlyAPlace(subject.phrase))) continue;
    if (acting && (isPronoun || !actsAsOrganisation(subject.phrase))) continue;
    found.push({
      phrase: subject.phrase,
      isPronoun,
      position: verbStart,
      subjectStart: subject.start,
      covers: subject.afterComma ? ['after', 'before'] : ['after'],
      ...(acting ? { acting } : {}),
    });
  }
  return found.sort((a, b) => a.position - b.position);
}

/** The attribution covering a figure at `offset`: its own clause first, then a trailing one, then "according to". */
export function attributionFor(attributions: readonly Attribution[], offset: number): Attribution | null {
  // "The authorities evacuated 63,000 ..., the broadcaster said": whoever speaks gives the figure, not who acted.
  if (attributions.some((attribution) => attribution.acting)) {
    return attributionAmong(attributions.filter((attribution) => !attribution.acting), offset) ?? attributionAmong(attributions, offset);
  }
  return attributionAmong(attributions, offset);
}

function attributionAmong(attributions: readonly Attribution[], offset: number): Attribution | null {
  let chosen: Attribution | null = null;
  for (const attribution of attributions) {
    if (attribution.covers.includes('after') && attribution.position < offset) chosen = attribution;
  }
  const named = attributions.find((attribution) => attribution.covers.includes('before') && attribution.subjectStart > offset && !attribution.isPronoun);
  // '"So far we have confirmed 512 ...," Jane Roe told Reuters': "we" in a quotation is its speaker, named after it.
  if (chosen?.isPronoun && chosen.phrase === 'we' && named) return named;
  if (chosen) return chosen;
  for (const attribution of attributions) {
    if (attribution.covers.includes('before') && attribution.subjectStart > offset) return attribution;
  }
  return attributions.find((attribution) => attribution.covers.includes('sentence')) ?? null;
}

// The listener of "told" ends at the next clause mark or "that": "told Libya's Almasar TV.", "told Reuters that".
const OBJECT_END = /[,;:"“”]|\.(?=\s|$)|\s(?:that|on|by|in\s+a)\s/;

/**
 * The stretches of a sentence that describe who speaks rather than what happened: the subject of each speech verb
 * ("the health minister in Libya's eastern administration"), the listener after "told", the name after an
 * inverted "..., said X" and the phrase of "according to ...". A place named there is where the source sits,
 * so it only counts when no other is named.
 */
export function attributionSpans(sentence: string, attributions: readonly Attribution[]): Array<[number, number]> {
  return attributions
    .filter((attribution) => !attribution.isPronoun)
    .map((attribution): [number, number] => {
      if (attribution.covers.includes('sentence')) return [attribution.position, attribution.position + 13 + attribution.phrase.length];
      if (attribution.subjectStart === attribution.position) {
        const end = sentence.slice(attribution.position).search(OBJECT_END);
        return [attribution.position, end === -1 ? sentence.length : attribution.position + end];
      }
      // Only "told" has the listener as its object; after "said" comes what was said.
      const told = /^(?:told|informed|notified|notifies)\b/.test(sentence.slice(attribution.position));
      const end = told ? sentence.slice(attribution.position).search(OBJECT_END) : 0;
      return [attribution.subjectStart, end === -1 ? sentence.length : attribution.position + end];
    });
}

// "The Ministry of Public Health and Population has just published a partial assessment of ...": an organisation
// that publishes a count is the source of the figures the paragraph gives from it.
// "The Civil Defense released this Thursday (9) a list ...": a day may stand between the verb and the document.
const PUBLISHES =
  /^((?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|the|do|da|de|del|du|la|[A-Z][\w'’.&-]*)){0,8})\s+(?:has\s+|have\s+)?(?:just\s+|now\s+)?(?:published|released|issued|presented)\s+(?:(?:this|last|on)\s+[A-Z]?[a-z]+(?:\s+\(\d{1,2}\))?\s+)?(?:a|an|its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:report|assessment|update|figures|data|bulletin|tally|statistics|count|list)\b/;

const PUBLISHING_VERB = /\b(?:published|released|issued|presented)\s/;

/** The organisation a sentence says published a report or count, when it opens the sentence; null otherwise. */
export function publisherOf(sentence: string): string | null {
  if (!PUBLISHING_VERB.test(sentence)) return null;
  const match = PUBLISHES.exec(sentence);
  return match && ORG_NOUN.test(match[1]!) ? match[1]! : null;
}
