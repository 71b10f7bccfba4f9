/**
 * Attributions written around a name rather than before a speech verb, found by pattern; attributions.ts checks
 * that each name is a plausible speaker:
 * - a passive agent: "..., as reported by a local monitoring group", "figures compiled by the Relief Agency", "114,000
 *   have been registered by the migration service";
 * - "with X saying (that) ...": "..., with the army saying it had recovered 89 bodies";
 * - a news agency that cites someone: "AFP cited Arab diplomats and reported that 550 ..." (the cited are the source);
 * - a count owned by its issuer: "The Red Crescent's tally of 39 missing", "the ministry's figures of 120 dead".
 */

export interface SpeakerPhrase {
  phrase: string;
  /** Where the phrase's verb (or "by") is: figures after it are covered when `covers` says so. */
  position: number;
  subjectStart: number;
  covers: ReadonlyArray<'after' | 'before' | 'sentence'>;
}

// "as reported by X", "data compiled by X": the agent of a verb of reporting is who gives the figures.
const PASSIVE_AGENT =
  /\b(?:reported|announced|confirmed|stated|documented|compiled|published|released|issued|provided|registered|recorded|counted)\s+by\s+((?:the\s+|a\s+|an\s+)?[^,;:()"“”.]{2,100}?)(?=[,;:()"“”]|\.(?:\s|$)|\s(?:on|which|who|that|and|but|as|after|while|last|in\s+a|shows?|showed|says?|said|indicated?|indicates|reported|reports)\b|$)/g;
// "with the army saying that it has recovered ...": the subject of "saying" after "with" speaks for the clause.
const WITH_SAYING = /\bwith\s+((?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:saying|reporting|confirming|stating)\b/g;
// "AFP cited multiple Arab diplomats and reported that ...", "Reuters, citing two officials, said ...".
const CITED = /\bcit(?:ed|ing)\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+?)(?:\s+as\s+saying|,?\s+and\s+(?:reported|said|says|reports)|,\s+(?:said|reported|says|reports))\b/g;

// "2 deaths have also been reported in the Kantipur daily news": the outlet a count was reported in gives it.
const REPORTED_IN_OUTLET =
  /\b(?:reported|published)\s+in\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:daily(?:\s+news(?:paper)?)?|newspaper|news|media|press|journal|gazette|weekly|[Tt]imes|[Pp]ost|[Hh]erald|[Tt]ribune))\b/g;

// "The Red Crescent's report of 39 missing people conflicts with ...": the issuer of the count named by its possessive.
const POSSESSIVE_COUNT =
  /((?:\b[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+(?:(?:of|for|and|the)\s+)*){0,5}[A-Z][\w.&-]*|\b[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:ministry|agency|government|army|police|committee|council|office))['’]s\s+(?:(?:latest|own|new|official|initial|preliminary|revised|updated)\s+)?(?:report|count|tally|figures?|estimate|data|list|toll|records?)\s+(?:of|puts|put|showed|shows)\b/g;
const NOT_AN_ISSUER = /^(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|week|month|year|last\s+\w+)$/i;

function collect(pattern: RegExp, sentence: string, covers: SpeakerPhrase['covers'], coverFrom: 'match' | 'end'): SpeakerPhrase[] {
  const found: SpeakerPhrase[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const phrase = match[1]!.trim();
    const position = coverFrom === 'end' ? match.index + match[0].length : match.index;
    found.push({ phrase, position, subjectStart: match.index, covers });
  }
  return found;
}

const OWNED_COUNT_HINT = /['’]s\s+(?:[a-z]+\s+)?(?:report|count|tally|figure|estimate|data|list|toll|record)/;

function ownedCounts(sentence: string): SpeakerPhrase[] {
  if (!OWNED_COUNT_HINT.test(sentence)) return [];
  return collect(POSSESSIVE_COUNT, sentence, ['after'], 'end').filter((speaker) => !NOT_AN_ISSUER.test(speaker.phrase));
}

/** The speaker phrases of a sentence written around a name (see the module comment). */
export function findSpeakerPhrases(sentence: string): SpeakerPhrase[] {
  const outlets = /(?:reported|published)\s+in\s/.test(sentence) ? collect(REPORTED_IN_OUTLET, sentence, ['sentence'], 'match') : [];
  if (!/\bby\s|\bsaying\b|\breporting\b|\bconfirming\b|\bstating\b|\bcit(?:ed|ing)\b/.test(sentence)) return [...ownedCounts(sentence), ...outlets];
  return [
    ...ownedCounts(sentence),
    ...outlets,
    ...collect(PASSIVE_AGENT, sentence, ['sentence'], 'match'),
    ...collect(WITH_SAYING, sentence, ['after'], 'end'),
    ...collect(CITED, sentence, ['after'], 'end'),
  ];
}
