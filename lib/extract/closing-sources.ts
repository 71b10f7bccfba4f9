/**
 * A source a report gives after its figures rather than with them: a signature line closing the report ("- Disaster
 * Management Centre (DMC), Sri Lanka", "Source: Ministry of Health", "BNPB Public Relations") is the source of every figure the report gives
 * no other. (A dated citation in brackets closing a paragraph, "(OCHA, 5 Jan 2014)", is not carried: on reports
 * never used to choose rules it named a source their annotators did not give the figures.)
 */
import type { ExtractedFigure } from './types';

// "- Disaster Management Centre (DMC), Sri Lanka", "— OCHA", "Source: Ministry of Health": a line of its own.
const SIGNATURE_LINE = /^\s*(?:[-–—]+\s*|Sources?\s*:\s*)([A-Z][^\n,]{1,100}?(?:\s*\([A-Z][\w.&-]*\))?)\s*(?:,\s*[^\n]{1,60})?\s*$/;
// "BNPB Public Relations": an organisation's press office signs the report on a line of its own, with no dash.
const PRESS_OFFICE_LINE =
  /^\s*((?:UN\s+)?[A-Z][A-Z&.-]{1,9}\s+(?:Public\s+Relations|Press\s+(?:Office|Service)|Media\s+(?:Relations|Office)|Communications(?:\s+(?:Unit|Office|Team))?|Information\s+(?:Centre|Center|Unit)))\s*$/;
// A name is an organisation's when it is an acronym or has an organisation's head noun.
const ACRONYM = /^(?:UN\s+)?[A-Z][A-Z&.-]{1,9}$/;
const ORGANISATION_HEAD =
  /\b(?:Centre|Center|Agency|Office|Ministry|Organi[sz]ation|Authority|Department|Directorate|Commission|Committee|Council|Federation|Society|Programme|Program|Fund|Network|Watch|Institute|Mission|Cluster|Unit|Secretariat|Service|Services|Government|Police|Army|Coalition|Cross|Crescent|Observatory|Bureau)\b/;
// Wire services sign their copy; they report, they are not the figures' source.
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(['AA', 'AFP', 'AP', 'REUTERS', 'IRIN', 'KUNA', 'WAM', 'XINHUA', 'BNO', 'CNN', 'BBC', 'ANI', 'PTI', 'IANS', 'UPI', 'DPA', 'EFE', 'ANSA', 'APA', 'PANA', 'NAN']);

function organisationName(phrase: string): string | null {
  const name = phrase.trim();
  if (NEWS_AGENCIES.has(name.toUpperCase()) || /\d/.test(name)) return null;
  return ACRONYM.test(name) || ORGANISATION_HEAD.test(name) ? name : null;
}

/** The last non-empty line of a body and where it starts. */
function lastLine(body: string): { text: string; start: number } | null {
  const end = body.trimEnd().length;
  if (end === 0) return null;
  const start = body.lastIndexOf('\n', end - 1) + 1;
  return { text: body.slice(start, end), start };
}

/**
 * Fills in the sources of figures with none from a signature line closing the report. `resolve` turns a name into
 * the report's source name (so an acronym named before stays one source).
 */
export function carryClosingSource(body: string, figures: ExtractedFigure[], resolve: (phrase: string) => string | null): void {
  if (!figures.some((figure) => figure.source === null)) return;
  const line = lastLine(body);
  const signature = line ? SIGNATURE_LINE.exec(line.text) : null;
  const pressOffice = line && !signature ? PRESS_OFFICE_LINE.exec(line.text) : null;
  const name = signature ? organisationName(signature[1]!) : pressOffice && !NEWS_AGENCIES.has(pressOffice[1]!.split(/\s+/)[0]!.toUpperCase()) ? pressOffice[1]! : null;
  const source = name === null ? null : resolve(name);
  if (source === null) return;
  for (const figure of figures) {
    if (figure.source !== null || figure.start >= line!.start) continue;
    figure.source = source;
    figure.sourceOrigin = 'closing';
  }
}
