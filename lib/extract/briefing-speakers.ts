/**
 * A briefing names who speaks in it once, at its top, and means them for every figure after it that the text gives
 * no other source:
 * - a briefing summary names its speaker ("This is a summary of what was said by UNHCR spokesperson Jane Roe – to
 *   whom quoted text may be attributed – at today's press briefing");
 * - a situation report names its issuer in a line of its own ("This report was issued by OCHA New York.");
 * - a news release names its organisation in its dateline, where a wire story names its agency ("Colombo / Geneva
 *   (ICRC) – Hundreds of people ...");
 * - a briefing's headline names an organisation and its first sentence opens with it acting ("Timor-Leste: UNHCR
 *   relief operation spreads" then "UNHCR has stepped up its ..."), or its first sentence has the organisation speak
 *   in its own voice ("UNHCR welcomes a decision ...");
 * - a bulletin's title names its issuer ("Yemen UNHCR Flash Update, 4 February 2017");
 * - a press release dated in full in its dateline ("New York, September 27, 2004 - Surveys completed by Doctors
 *   Without Borders (MSF) ...") is its first paragraph's known organisation's.
 */
import { NEWS_AGENCIES } from './closing-sources';
import { knownOrganisation } from './organisation-aliases';
import { isPlaceName } from './place-names';
import type { ExtractedFigure } from './types';

// The speaker runs to the first dash, bracket, comma or "at/during/in" that says where or when they spoke.
const SUMMARY_OF_SPEAKER =
  /\b(?:summary|account|transcript)\s+of\s+what\s+was\s+said\s+by\s+((?:the\s+)?[A-Z][^,–—()\n]{1,80}?)\s*(?:[,–—(]|\s-\s|\s+(?:at|during|in|on)\s|\.)/;
// A summary says so in its first lines.
const TOP_CHARACTERS = 1000;

export interface BriefingSpeaker {
  phrase: string;
  /** Where the line naming the speaker ends: figures after it are the speaker's. */
  end: number;
}

// "This report was issued by OCHA New York.", "The report is produced by OCHA DRC", "It was issued by the
// Humanitarian Country Team in collaboration with partners": the issuer runs to the full stop, comma, bracket or
// "with".
const ISSUED_BY =
  /\b(?:(?:This|The)\s+(?:report|update|bulletin|situation\s+report|sitrep|snapshot|briefing|document|plan)|It)\s+(?:was|is|has\s+been)\s+(?:issued|produced|prepared|compiled|published)\s+by\s+((?:the\s+)?[A-Z][^,.;()\n]{1,80}?)\s*(?:[,.;(\n]|\s(?:in\s+collaboration|in\s+partnership|with|together)\b)/;
// A dateline's city: up to three capitalised words ("New York", "GENEVA").
const CITY = String.raw`[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}`;
// An organisation written as an acronym, or with capitals inside ("UNHCR", "UNICEF", "MSF").
const ACRONYM_NAME = String.raw`(?:UN\s+)?[A-Z][A-Za-z&.-]*[A-Z][A-Za-z&.-]*`;
// "Colombo / Geneva (ICRC) –": offices of the issuer, then the issuer in brackets, opening a paragraph.
// "GENEVA, March 3 (UNHCR) An operation ...": the date may follow the city, and the dash may be left out.
const RELEASE_DATELINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*${CITY}(?:[ \t]*[\/,][ \t]*${CITY}){0,2}(?:,[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)?[ \t]+\(([A-Z][\w&.-]{1,14}(?:[ \t]+[A-Z][\w&.-]*){0,3})\)[ \t]*(?:[–—-][ \t]|(?=[A-Z]))`,
);
// The organisation acting in a briefing's first sentence: "UNHCR has stepped up", "WFP is scaling up".
// "UNHCR, the UN Refugee Agency, is calling ...": an appositive may stand between the name and its verb.
const ORGANISATION_ACTING = new RegExp(String.raw`^[ \t]*((?:The\s+)?${ACRONYM_NAME})(?:,\s+[^,.;]{2,60},)?\s+(?:has|have|is|are|was|were|had)\s+[a-z]`);

// "New York, September 27, 2004 -", "Gaborone/Geneva, 16 January 2015 –", "Beijing/Geneva, 18 January 2016.": a
// release carries the year in its dateline, or its city in brackets ("(Bamako) –");
// a wire story names its agency there instead.
const DATED_RELEASE_DATELINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*\(${CITY}\)[ \t]*[–—-][ \t]|(?:^|\n)[ \t]*${CITY}(?:[ \t]*\/[ \t]*${CITY}){0,2},[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}|[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*(?:[–—-]|\.)[ \t]`,
);
// An acronym in brackets, or a run of capitalised words, that may name a known organisation.
const ORGANISATION_CANDIDATE = /\(([A-Z][A-Za-z&.-]{1,12})\)|((?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the|on)\s+)*){1,7}[A-Z][\w'’.&-]*)/g;

/** The first known organisation a dated release's first paragraph names, or null. */
function datedReleaseIssuer(top: string): BriefingSpeaker | null {
  const dateline = DATED_RELEASE_DATELINE.exec(top);
  if (!dateline) return null;
  const paragraphStart = dateline.index + dateline[0].length;
  const paragraphEnd = top.indexOf('\n', paragraphStart);
  const paragraph = top.slice(paragraphStart, paragraphEnd === -1 ? top.length : paragraphEnd);
  ORGANISATION_CANDIDATE.lastIndex = 0;
  for (let match = ORGANISATION_CANDIDATE.exec(paragraph); match; match = ORGANISATION_CANDIDATE.exec(paragraph)) {
    const name = (match[1] ?? match[2]!).trim();
    if (isIssuingOrganisation(name)) return { phrase: name, end: dateline.index };
  }
  return null;
}

// "Yemen UNHCR Flash Update, 4 February 2017", "Afghanistan earthquake: Health Cluster situation report #4": a
// bulletin's title names its issuer before the kind of bulletin; "IOM Caribbean: Hurricane Beryl - Situation Report
// No. 2" names it before a colon.
const BULLETIN_KIND = String.raw`(?:[Ff]lash\s+[Uu]pdate|[Ss]ituation\s+[Rr]eport|[Ss]itrep|(?:Humanitarian|Operational|Emergency|Regional)\s+(?:Update|Bulletin)|Fact\s*Sheet)\b`;
const CLUSTER_NAME = String.raw`(?:[A-Z][a-z]+\s+){1,3}Cluster`;
const TITLED_BULLETIN = new RegExp(String.raw`^[^\n]{0,60}?\b(${ACRONYM_NAME}|${CLUSTER_NAME})\s+${BULLETIN_KIND}`);
const ISSUER_BEFORE_COLON_TITLE = new RegExp(String.raw`^(${ACRONYM_NAME})(?:\s+[A-Z][\w'’.-]*){0,2}:\s[^\n]{0,80}?${BULLETIN_KIND}`);

const OWN_VOICE_LEAD = new RegExp(String.raw`^[ \t]*(${ACRONYM_NAME})\s+(?:welcomes|calls\s+on|urges|appeals|condemns|deplores|applauds)\b`);

/** The organisation in a name, without the office's city after it ("OCHA New York" → "OCHA"). */
function withoutOffice(name: string): string {
  const words = name.split(/\s+/);
  // Only an acronym is followed by its office ("OCHA New York"); "Humanitarian Country Team" is one name.
  if (words.length > 1 && /^[A-Z]{2,}$/.test(words[0]!) && isPlaceName(words.slice(1).join(' '))) return words[0]!;
  return name;
}

/** A name in the table of known organisations, not a wire service's ("ISLAMABAD (AA) –" names its agency). */
function isIssuingOrganisation(name: string): boolean {
  return !NEWS_AGENCIES.has(name.toUpperCase()) && knownOrganisation(name) !== null;
}

/** The issuer a briefing's headline and first sentence name together, acting, or null. */
function headlineAndLeadIssuer(body: string): BriefingSpeaker | null {
  const headlineEnd = body.indexOf('\n');
  if (headlineEnd === -1) return null;
  const headline = body.slice(0, headlineEnd);
  const leadStart = body.slice(headlineEnd).search(/\S/) + headlineEnd;
  const lead = body.slice(leadStart, leadStart + 200);
  // "UNHCR welcomes a decision ...", "UNICEF calls on ...": an organisation speaking in the present, in its own voice,
  // opens its own briefing, whatever the headline names.
  const ownVoice = OWN_VOICE_LEAD.exec(lead);
  if (ownVoice && isIssuingOrganisation(ownVoice[1]!)) return { phrase: ownVoice[1]!, end: 0 };
  const acting = ORGANISATION_ACTING.exec(lead);
  if (!acting) return null;
  const name = acting[1]!.replace(/^The\s+/, '');
  if (!isIssuingOrganisation(name) || !new RegExp(`(?:^|[\\s:])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(headline)) return null;
  return { phrase: name, end: 0 };
}

/** Who a briefing names at its top as speaking for its figures (see the module comment), or null. */
export function briefingSpeaker(body: string): BriefingSpeaker | null {
  const top = body.slice(0, TOP_CHARACTERS);
  const summary = SUMMARY_OF_SPEAKER.exec(top);
  if (summary) {
    const lineEnd = body.indexOf('\n', summary.index);
    return { phrase: summary[1]!.trim(), end: lineEnd === -1 ? body.length : lineEnd };
  }
  const issued = ISSUED_BY.exec(top);
  if (issued) return { phrase: withoutOffice(issued[1]!.trim()), end: issued.index };
  const dateline = RELEASE_DATELINE.exec(top);
  if (dateline && isIssuingOrganisation(dateline[1]!)) return { phrase: dateline[1]!, end: dateline.index };
  const titled = TITLED_BULLETIN.exec(top) ?? ISSUER_BEFORE_COLON_TITLE.exec(top);
  // A cluster issues its own reports: it need not be in the table of organisations.
  if (titled && (isIssuingOrganisation(titled[1]!) || /\sCluster$/.test(titled[1]!))) return { phrase: titled[1]!, end: 0 };
  return headlineAndLeadIssuer(body) ?? datedReleaseIssuer(top);
}

/** Gives the briefing's speaker to the figures after its summary line that have no source of their own. */
export function carryBriefingSpeaker(figures: ExtractedFigure[], speaker: BriefingSpeaker | null, source: string | null): void {
  if (speaker === null || source === null) return;
  for (const figure of figures) {
    if (figure.source !== null || figure.start < speaker.end) continue;
    figure.source = source;
    figure.sourceOrigin = 'report-top';
  }
}
