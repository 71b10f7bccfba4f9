/**
 * A dated citation in brackets closing a sentence names where the sentence's figures come from, the way briefings
 * cite their sources: "... there were 12 confirmed cases (MinSalud 07/11/2024).", "92 are under treatment at
 * various hospitals (PHEOC, 11 Nov 2023)." The first citation of the bracket is taken ("(MinSalud 02/11/2024;
 * INS 27/12/2024)"). A citation standing after the full stop, closing a paragraph, is not read (see
 * closing-sources.ts): it may cite the paragraph's last sentence only.
 */
import type { ExtractedFigure } from './types';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:\d{1,2}/)?\d{1,2}/\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{4}`;
// "(MinSalud 07/11/2024)", "(PHEOC, 11 Nov 2023)", "(OCHA, March 2024; WHO 02/2024)" right before the full stop.
const CLOSING_CITATION = new RegExp(
  String.raw`\(\s*((?:\p{Lu}[\p{L}\d&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|de|del|du|des|of|for|and|the|la|le))*?)\s*,?\s+(?:${DATE})\s*(?:[;,][^()]*)?\)\s*[.!]?\s*$`,
  'u',
);
const ENDS_IN_BRACKET = /\)\s*[.!]?\s*$/;
// Papers and web pages are cited the same way, but name no body that counts ("Convertino et al.", "... accessed").
const NOT_A_BODY = /\bet\s+al\b|\baccessed\b/i;

/** The name a dated citation closing the sentence gives, or null. */
export function closingCitation(sentence: string): string | null {
  // Most sentences end in no bracket: the look for a citation is skipped for them.
  if (!ENDS_IN_BRACKET.test(sentence)) return null;
  const match = CLOSING_CITATION.exec(sentence);
  if (!match || NOT_A_BODY.test(match[0])) return null;
  return match[1]!;
}

/**
 * Gives the figures of a sentence from `first` on that name no source in words (or only the headline's) the source a
 * dated citation closing the sentence names; `resolve` turns the name into the report's source name.
 */
export function citeClosingSource(figures: ExtractedFigure[], first: number, sentence: string, resolve: (phrase: string) => string | null): void {
  const cited = figures.length > first ? closingCitation(sentence) : null;
  const source = cited === null ? null : resolve(cited);
  for (let index = first; source !== null && index < figures.length; index++) {
    const figure = figures[index]!;
    if (figure.sourceOrigin !== null && figure.sourceOrigin !== 'headline') continue;
    figure.source = source;
    figure.sourceOrigin = 'sentence';
  }
}
