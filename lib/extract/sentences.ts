/**
 * Splits a report body into sentences with their offsets. Wire copy breaks lines between paragraphs, so a newline
 * always ends a sentence; inside a line a full stop ends one unless it closes an abbreviation ("U.S.", "Dr.").
 */
import type { Sentence } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e',
  'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'rev', 'gov', 'sen',
]);

const MAX_SENTENCE_LENGTH = 1_500;

// A run of terminators with any closing quotes or brackets, or a line break.
// "... in decades.* The World Health Organization": a footnote mark may follow the full stop.
const BOUNDARY = /[.!?]+["”’)\]*†]*(?=\s|$)|\n/g;
const NEXT_VISIBLE = /\s*(\S)/y;
const WORD_BEFORE_DOT = /([A-Za-z.]+)\.+["”’)\]*†]*$/;

function endsWithAbbreviation(textUpToBoundary: string): boolean {
  const match = WORD_BEFORE_DOT.exec(textUpToBoundary);
  if (!match) return false;
  const word = match[1]!.toLowerCase();
  // "U.S." / "U.N.": the last piece before the dot is a single letter.
  const lastPiece = word.split('.').pop() ?? '';
  return lastPiece.length === 1 || ABBREVIATIONS.has(word);
}

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  const push = (end: number) => {
    // Text without full stops (tables, lists) is cut into bounded pieces so every later step stays linear.
    while (end - sentenceStart > MAX_SENTENCE_LENGTH) {
      const space = body.lastIndexOf(' ', sentenceStart + MAX_SENTENCE_LENGTH);
      const cut = space > sentenceStart ? space : sentenceStart + MAX_SENTENCE_LENGTH;
      pushPiece(cut);
      sentenceStart = cut;
    }
    pushPiece(end);
  };
  const pushPiece = (end: number) => {
    let start = sentenceStart;
    while (start < end && /\s/.test(body[start]!)) start++;
    let stop = end;
    while (stop > start && /\s/.test(body[stop - 1]!)) stop--;
    if (stop > start) sentences.push({ text: body.slice(start, stop), start });
  };
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(body); match; match = BOUNDARY.exec(body)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n') {
      NEXT_VISIBLE.lastIndex = end;
      const next = NEXT_VISIBLE.exec(body)?.[1];
      // Only a capital, digit or quote after the stop starts a new sentence ("the U.S. military" does not).
      if (next !== undefined && !/[A-Z0-9"“‘'(\-–]/.test(next)) continue;
      // "Aleppo, Hama ... Idlib": a spaced ellipsis marks words left out of a quotation, not the end of a sentence.
      if (match[0].startsWith('...') && /\s/.test(body[match.index - 1] ?? '')) continue;
      if (match[0].startsWith('.') && endsWithAbbreviation(body.slice(Math.max(0, end - 20), end)) && next !== undefined) continue;
    }
    push(end);
    sentenceStart = end;
  }
  push(body.length);
  return sentences;
}
