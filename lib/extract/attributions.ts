/**
 * Finds who a sentence attributes its claims to: "according to X", "X said/reported/estimates/told AFP",
 * "..., X said." at the end, and "..., said X" / "..., reports X" after a quotation. Each attribution records
 * which part of the sentence it covers so a figure takes the attribution of its own clause.
 */
import { ACTING_VERBS, actsAsOrganisation, isActingVerb } from './acting-organisations';
import { findSpeakerPhrases } from './speaker-phrases';
import {
  ARTICLE, namesOnlyAPlace, ORG_NOUN, plausibleSubject, PRONOUNS, relativeAntecedent, stripAdverbials, SUBJECT_WINDOW, subjectBefore,
  withOrganisation,
} from './subjects';

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
  'said|says|say|told|tells|informed|notified|notifies|tweeted|posted|revealed|reveals|disclosed|discloses|reported|reports|estimated|estimates|estimate|warned|warns|announced|announces|added|adds|stated|confirmed|confirms|confirm|counted|counts|recorded|records|documented|described|describes|gave|gives|put|puts|placed|places|noted|notes|claimed|claims|believes|believed|believe|tallied|registered|acknowledged|acknowledges|admitted|indicate|indicates|indicated|found|stressed|show|shows|showed|reporting|maintained|maintains|insisted|insists|presented|reveal|fear|fears|feared|predicted|predicts|predict|provided|provides|clarified|clarifies|raised|raises|lowered|lowers|updated|updates';
const VERBS = new RegExp(`\\b(?:${SPEECH_VERBS}|${ACTING_VERBS})\\b`, 'g');
const PROGRESSIVE_AUXILIARY = /\s(?:is|are|was|were|has\s+been|have\s+been)\s+$/;
// "As per the final IRA reports," reads as "According to"; so does "Based on initial assessment reports from X,".
const ACCORDING_TO = /\b(?:according\s+to|as\s+per|based\s+on\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:reports?|data|figures|information|statistics|records|estimates|assessments?)\s+(?:from|of|by|issued\s+by))\s+/gi;
// "were reported" (passive), "than reported", "an estimated" (an adjective): no one is being quoted.
const PASSIVE_OR_COMPARATIVE = /\b(?:was|were|is|are|been|be|being|than|to|not|widely|also\s+been|an?|the)\s+$/i;
// "According to media reports": the verb-like word is the noun of an "according to" phrase.
const INSIDE_ACCORDING_TO = /\b(?:according\s+to|as\s+per|based\s+on)\s+(?:[\w'’.-]+\s+){1,4}$/i;
// "According to estimates": a document named without its issuer names no one.
// "according to 2020 figures": a document's year names no one either.
const DOCUMENT_WITHOUT_ISSUER = /^(?:(?:the\s+)?(?:latest|official|preliminary|initial|new|unofficial|(?:19|20)\d\d|census)\s+)?(?:estimates|figures|data|statistics|reports|records|tallies)$/i;
// "According to the same official", "the same spokesman said": the speaker named before, as a pronoun would be.
const SAME_SPEAKER = /^(?:the\s+)?same\s+(?:[a-z-]+\s+)?(?:official|spokes(?:man|woman|person)|source|person|officer|minister|agency|organi[sz]ation|group|report|statement)$/i;
// "our initial registration data", "testimonies gathered by our teams": a document of the speaker's own.
const FIRST_PERSON_DOCUMENT = /^(?:our|my)\s|\b(?:by|from|of)\s+(?:our|us|me|my)\b/i;
// '"...," said the organization, adding that ...': an organisation named by its kind, after the verb.
const ORGANISATION_AFTER = /^\s+the\s+(?:[a-z-]+\s+){0,2}?(?:organi[sz]ation|agency|ministry|group|army|military|government|authorities|charity|committee|council|office|monitor|observatory|coalition)(?=\s*[,.;]|\s+(?:in|on)\s)/;
const PRONOUN_AFTER = /^\s+(?:he|she|they|it|we|i)\s/i;
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
// "quoted chief army spokesman Shaukat Sultan as saying 1,000 people ...": the quoted person is the source.
const QUOTED_AS_SAYING = /\bquoted\s+((?:[\w'’.-]+\s+){1,8}?)as\s+saying\b/gi;
// "according to the Relief and Rescue Organisation": "and" between capitals goes on a name.
const ACCORDING_END = /[,;:()"“”]|\.(?=\s|$)|\s(?:which|who|that|and(?!\s+[A-Z])|on|as|after|while|but|seen|published)\s/;

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
    // "officials raised the death toll to 123": raising, lowering or updating reports a count only when a count is the object.
    if (/^(?:place|rais|lower|updat)/.test(match[0]) && !PLACED_AS_ESTIMATE.test(sentence.slice(verbStart + match[0].length, verbStart + 60))) continue;
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
    // "Kim Mi Sung, an official at ..., said she performed CPR on 10 people": a pronoun after the verb opens what was said.
    if (!acting && (/[,"”]\s*$/.test(textBefore) || commaless) && !/^(?:told|informed|notifie)/.test(match[0]) && (NAME_AFTER.test(rest) || ORGANISATION_AFTER.test(rest)) && !PRONOUN_AFTER.test(rest)) {
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
