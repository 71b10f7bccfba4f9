/**
 * The dateline of a wire report ("SANAA, Yemen (AP) —", "KATHMANDU:", "GENEVA (Reuters) -"): the city the report
 * was filed from, which is where its figures are when a paragraph names no other place.
 */
import { isPlaceName } from './place-names';

const NAME_PART = `[A-Z][A-Za-z'’.-]*(?:[ -][A-Z][A-Za-z'’.-]*){0,2}`;
const DATELINE = new RegExp(
  `^\\s*(${NAME_PART})((?:,\\s*${NAME_PART}){0,2})(?:,?\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*(\\([A-Za-z. ]{2,24}\\))?\\s*(—|–|--|-|:)\\s`,
);
// Capitals and a colon also open labels ("UPDATE:", "BREAKING:"), which name no place.
const LABELS = /^(?:UPDATE|UPDATED|BREAKING|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITOR|NOTE|PHOTOS?|VIDEO|LIVE|CORRECTION|WARNING|FACTBOX|EXPLAINER)\b/;

function titleCase(written: string): string {
  if (written !== written.toUpperCase()) return written;
  // "PORT-AU-PRINCE" → "Port-au-Prince": short inner parts of a hyphenated name stay lower case.
  return written.toLowerCase().replace(/(^|[\s-])([a-z]+)/g, (whole, mark: string, word: string, offset: number) =>
    mark === '-' && word.length <= 2 && offset > 0 ? whole : `${mark}${word[0]!.toUpperCase()}${word.slice(1)}`,
  );
}

/**
 * The city of the body's dateline, or null. A line in capitals ("KATHMANDU:"), with an agency in brackets or
 * closed by a dash counts; a mixed-case word before a colon ("Note:") does not, nor two cities ("Geneva/Kabul -"),
 * which name the offices a report comes from rather than one place.
 */
export function datelinePlace(body: string): string | null {
  const match = DATELINE.exec(body.slice(0, 120));
  if (!match || LABELS.test(match[1]!) || !isPlaceName(titleCase(match[1]!.trim()))) return null;
  const inCapitals = /^[A-Z]{3,}/.test(match[1]!) && match[1] === match[1]!.toUpperCase();
  const agency = match[3] !== undefined;
  if (!inCapitals && !agency && match[4] === ':') return null;
  return titleCase(match[1]!.trim());
}
