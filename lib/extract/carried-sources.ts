import type { ExtractedFigure } from './types';

/**
 * Sources a figure's own sentence does not name, carried from where the text names them:
 * - the headline after a colon or dash ("Floods displace 3.4m: UN agency", "... in north Mali – Army") or "says"
 *   ("Over 200,000 missing after cyclone says UN");
 * - a later sentence of the same paragraph that ends on an attribution ("..., the agency said in a statement."
 *   one or two sentences on, or '..." Health Minister Obadiah Moyo told journalists.' closing a quotation);
 * - the sentence before, when the figure's sentence goes on with the same quotation;
 * - a sentence before in the paragraph that says an organisation published a report or count;
 * - the top of a report that names one source only, meant for every figure after it (a briefing), when the headline
 *   or masthead names it or the report names it more than once;
 * - in the summary of a press briefing, which tells in reported speech what each speaker said, the speaker named last
 *   before the figure ("Dr Roe said she had spent a month in Ardenne." then, in the next paragraph, "As of this
 *   morning 2,000 cases had been registered.").
 */

// "REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE": a summary of a press briefing says so in its headline.
const PRESS_BRIEFING_HEADLINE = /^[^\n]{0,80}\bpress\s+briefing\b/i;

/** Whether the body is the summary of a press briefing, whose paragraphs are each speaker's reported speech. */
export function isPressBriefingSummary(body: string): boolean {
  return PRESS_BRIEFING_HEADLINE.test(body);
}

/** What the carrying pass needs to know of each sentence. */
export interface SentenceSources {
  /** Index of the sentence's paragraph: a line break starts a new one. */
  paragraph: number;
  /** The source of a trailing attribution ("..., X said."), resolved in reading order. */
  trailing: string | null;
  /** The source the sentence's last attribution names, for a quotation that goes on. */
  last: string | null;
  /** Every source the sentence names. */
  named: readonly string[];
  /** The source the headline names, or the masthead above it, when this sentence is the headline. */
  headline: string | null;
  /** The organisation a sentence without figures says published a report or count ("X has published ..."). */
  publisher: string | null;
  /** The sentence opens with a quotation mark, or goes on with one the sentence before left open. */
  inQuotation: boolean;
  firstFigure: number;
  /** One past the sentence's last figure. */
  endFigure: number;
}

// A headline ends on who says it: "...: UN agency", "... – Army", "... - Red Cross", "...attack–police" (a dash
// written without spaces; a hyphen so written joins a compound instead, unless an acronym follows it).
// An acronym of three letters or more glued to the headline by a hyphen names its source too ("... Nationwide-NDMA";
// two capitals are often a country code, "...-SL").
// "... Seeking Refuge in Ethiopia- UNHCR": a hyphen glued to the word before, then an acronym, names it too.
const HEADLINE_SOURCE = /(?::\s+|\s[–—-]\s+|[–—]\s*|-\s*(?=[A-Z]{3,}$))((?:[\w'’.&-]+\s*){1,5})$/;
// "Over 200,000 missing after cyclone says UN": a headline can end on "says" and its speaker, with no colon or dash.
const HEADLINE_SAYS = /,?\s+(?:says|said|reports)\s+((?:the\s+)?(?:[\w'’.&-]+\s*){1,4})$/;
// "...: rights group", "...: aid agency": a description of an organisation in lower case names one too.
const ORGANISATION_LIKE = /^(?:the\s+)?(?:[A-Z]|UN\b|(?:police|army|military|officials|government|authorities|ministry)$|(?:[a-z-]+\s+){1,2}(?:group|agency|monitor|charity|officials|ministry|organi[sz]ation|watchdog)$)/;

// "UNHCR: Refugee influx passes 10,000": an acronym before a colon opening the headline says who speaks;
// "Somalia: Humanitarian Snapshot" names a place, so only an acronym counts.
const CAPITALISED_SPEECH_VERB = /\s+(?:CONFIRMS|CONFIRMED|SAYS|SAID|REPORTS|REPORTED|WARNS|WARNED)\s*$/;
const LEADING_SOURCE = /^((?:UN\s+)?[A-Z]{2,}(?:\s+[A-Z][\w'’.-]*){0,3}):\s+\S/;
// A first line that is only an organisation's name, above the headline: "The Syrian Observatory For Human Rights".
const MASTHEAD = /^(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+(?:(?:for|of|on|and|the)\s+)*){0,7}[A-Z][\w'’.&-]*$/;
const MASTHEAD_HEAD = /\b(?:Observatory|Agency|Office|Organi[sz]ation|Committee|Council|Federation|Society|Programme|Fund|Commission|Network|Watch|Institute|Mission|Ministry|Coalition|Alliance|Movement|Union|Cross|Crescent)\b/;

export interface HeadlineSource {
  phrase: string;
  /** Where the name starts in the headline: figures before it are its. */
  start: number;
  /** The name opens the headline ("UNHCR: ..."), so it is every figure's of the headline. */
  leading: boolean;
}

/**
 * The source a headline names after its last colon or dash, or before a colon that opens it; null when it names
 * none.
 */
export function headlineSource(headline: string): HeadlineSource | null {
  // "VOLTA DAM SPILLAGE: OVER 30,000 PEOPLE DISPLACED – NADMO CONFIRMS": in a headline set in capitals, words before a
  // colon are no acronym, and the speaker's verb is written in capitals too.
  const allCapitals = !/\p{Ll}/u.test(headline);
  const leading = allCapitals ? null : LEADING_SOURCE.exec(headline);
  if (leading) return { phrase: leading[1]!, start: 0, leading: true };
  const match = HEADLINE_SOURCE.exec(headline) ?? HEADLINE_SAYS.exec(headline);
  const phrase = match && allCapitals ? match[1]!.replace(CAPITALISED_SPEECH_VERB, '') : match?.[1];
  if (!match || !phrase || /\d/.test(phrase) || !ORGANISATION_LIKE.test(phrase)) return null;
  return { phrase: phrase.trim(), start: match.index, leading: false };
}

/** The organisation a first line above the headline names alone, or null. */
export function mastheadSource(line: string): string | null {
  const name = line.trim();
  return MASTHEAD.test(name) && MASTHEAD_HEAD.test(name) ? name : null;
}

const CARRY_BACK_SENTENCES = 2;
// A source meant for a whole briefing is named in its headline or lead.
const REPORT_TOP_SENTENCES = 3;

/**
 * The source a report names last at its top, and only that one after it ("UN says" in the headline, "UNAMA found
 * in a report ... UNAMA said ... the report added"), with the index of the sentence that first names it; null
 * when the report goes on to name another source, or names none at its top.
 */
function reportTopSource(sentences: readonly SentenceSources[]): { name: string; namedAt: number } | null {
  const topCount = Math.min(REPORT_TOP_SENTENCES, sentences.length);
  let name: string | null = null;
  for (let index = 0; index < topCount; index++) name = sentences[index]!.named.at(-1) ?? name;
  if (name === null) return null;
  const namedAt = sentences.findIndex((sentence) => sentence.named.includes(name));
  // After the top, the report names no other source.
  for (let index = topCount; index < sentences.length; index++) {
    if (sentences[index]!.named.some((other) => other !== name)) return null;
  }
  // A source named once in a news lead ("..., police said.") speaks for its own figures only; one the headline or
  // masthead names, or the report keeps naming ("UNAMA said ... the report added"), is the report's.
  const fromHeadline = sentences.some((sentence) => sentence.headline === name);
  if (!fromHeadline && sentences.filter((sentence) => sentence.named.includes(name)).length < 2) return null;
  return { name, namedAt };
}

/** Fills in the sources a figure's own sentence does not name (see the module comment). */
export function carrySources(figures: ExtractedFigure[], sentences: readonly SentenceSources[], pressBriefing = false): void {
  const reportSource = reportTopSource(sentences);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    for (let figureIndex = sentence.firstFigure; figureIndex < sentence.endFigure; figureIndex++) {
      const figure = figures[figureIndex]!;
      if (figure.source !== null) continue;
      const carried = carriedFromParagraph(sentences, index) ?? (pressBriefing ? speakerBefore(sentences, index) : null);
      if (carried !== null) {
        figure.source = carried;
        figure.sourceOrigin = 'previous-sentence';
      } else if (reportSource !== null && index > reportSource.namedAt) {
        figure.source = reportSource.name;
        figure.sourceOrigin = 'report-top';
      }
    }
  }
}

/**
 * The source the nearest earlier sentence names last, if any: a briefing summary's speaker goes on speaking in the
 * paragraphs after the one that names them, until another is named.
 */
function speakerBefore(sentences: readonly SentenceSources[], index: number): string | null {
  for (let earlier = index - 1; earlier >= 0; earlier--) {
    if (sentences[earlier]!.last !== null) return sentences[earlier]!.last;
  }
  return null;
}

function carriedFromParagraph(sentences: readonly SentenceSources[], index: number): string | null {
  const sentence = sentences[index]!;
  for (let later = index + 1; later <= index + CARRY_BACK_SENTENCES && later < sentences.length; later++) {
    const next = sentences[later]!;
    if (next.paragraph !== sentence.paragraph) break;
    // The later attribution speaks for the sentences before when it has no figures of its own ("The toll could
    // rise, the agency said in a statement.") or closes a quotation they are part of.
    const speaksForEarlier = next.endFigure === next.firstFigure || next.inQuotation;
    if (next.trailing !== null && speaksForEarlier) return next.trailing;
    // A sentence between that names a source of its own keeps the attribution to itself.
    if (next.last !== null) break;
  }
  const previous = sentences[index - 1];
  if (sentence.inQuotation && previous && previous.paragraph === sentence.paragraph) return previous.last;
  // "X has published an assessment. 37 people died ...": the figures after it in the paragraph are X's, until
  // another source is named.
  for (let earlier = index - 1; earlier >= index - CARRY_BACK_SENTENCES && earlier >= 0; earlier--) {
    const before = sentences[earlier]!;
    if (before.paragraph !== sentence.paragraph) break;
    if (before.publisher !== null) return before.publisher;
    if (before.named.length > 0) break;
  }
  return null;
}

const QUOTATION_MARKS = /["“”]/g;

/**
 * Follows quotation marks through a paragraph, so that a sentence that goes on with a quotation opened in the
 * sentence before is read as the same speaker's. Straight quotes open and close alternately.
 */
export class QuotationTracker {
  private open = false;

  reset(): void {
    this.open = false;
  }

  /** Whether the sentence starts inside a quotation (or with one), then moves past its marks. */
  read(sentence: string): boolean {
    const startsQuoted = this.open || /^["“]/.test(sentence);
    QUOTATION_MARKS.lastIndex = 0;
    for (let match = QUOTATION_MARKS.exec(sentence); match; match = QUOTATION_MARKS.exec(sentence)) {
      this.open = match[0] === '“' ? true : match[0] === '”' ? false : !this.open;
    }
    return startsQuoted;
  }
}
