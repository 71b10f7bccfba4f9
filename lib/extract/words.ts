/**
 * Word-level views of a sentence around a number: the few words after it (up to a clause boundary) and the few
 * words before it. Every rule that looks at context reads words through here, so punctuation is handled once.
 */
export interface Token {
  /** Lower-case word without trailing full stop ("personnel", "u.s"), or the punctuation mark itself. */
  word: string;
  /** The word as written. */
  raw: string;
  kind: 'word' | 'number' | 'boundary';
  start: number;
  end: number;
}

// Words (with inner dots, hyphens and apostrophes), numbers, and the marks that end a clause. Quotes are skipped.
// Plain-text copy writes a dash as " - " or " -- ", so both end a clause like "—".
// Letters with accents are letters ("López", "Ángel"), so a word is never split at one.
const TOKEN = /(\p{L}[\p{L}'’.-]*)|(\d+(?:[,.:]\d+)*%?)|([,;:()\[\]!?–—]|\s--?\s|\.(?=\s|$))/gu;

function toToken(match: RegExpExecArray): Token {
  const raw = match[0];
  const start = match.index;
  if (match[1] !== undefined) {
    const word = raw.toLowerCase().replace(/[.’']+$/, '').replace(/’/g, "'");
    return { word, raw, kind: 'word', start, end: start + raw.length };
  }
  if (match[2] !== undefined) return { word: raw, raw, kind: 'number', start, end: start + raw.length };
  return { word: raw.trim(), raw, kind: 'boundary', start, end: start + raw.length };
}

/** Up to `limit` tokens starting at `from`, stopping before the first clause boundary. */
export function tokensAfter(text: string, from: number, limit: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match && tokens.length < limit; match = TOKEN.exec(text)) {
    const token = toToken(match);
    if (token.kind === 'boundary') break;
    tokens.push(token);
  }
  return tokens;
}

/**
 * Up to `limit` tokens ending before `to`, nearest first, stopping at a clause boundary. Scans a bounded window
 * so long sentences stay linear.
 */
export function tokensBefore(text: string, to: number, limit: number): Token[] {
  const windowStart = Math.max(0, to - limit * 16);
  const tokens: Token[] = [];
  TOKEN.lastIndex = windowStart;
  for (let match = TOKEN.exec(text); match && match.index < to; match = TOKEN.exec(text)) {
    const token = toToken(match);
    if (token.end > to) break;
    if (token.kind === 'boundary') tokens.length = 0;
    else tokens.push(token);
  }
  // The first token of a cut window may be a fragment of a word.
  if (windowStart > 0 && tokens.length > 0 && tokens[0]!.start === windowStart) tokens.shift();
  return tokens.reverse().slice(0, limit);
}

/** A count written in digits or as a small number word ("12", "1,200", "two"), as a pattern source to embed. */
export const SMALL_COUNT_SOURCE = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

// "228 (72%) severe cases": a share of the count restated in brackets right after it.
/** A share in brackets, "(72%)" or "(53 per cent)", as a pattern source for other patterns to embed. */
export const BRACKETED_SHARE_SOURCE = String.raw`\(\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s*\)`;
const BRACKETED_SHARE = new RegExp(`^\\s*${BRACKETED_SHARE_SOURCE}`);

/** The offset past a bracketed share ("(72%)") written right after `end`, or `end` when there is none. */
export function pastBracketedShare(text: string, end: number): number {
  const share = BRACKETED_SHARE.exec(text.slice(end, end + 16));
  return share ? end + share[0].length : end;
}

// "left 24.1 million — more than two-thirds of the population — in need of aid": an aside between dashes.
const DASH_ASIDE = /^\s*(?:[—–]|--?)\s[^—–\n]{1,80}?\s(?:[—–]|--?)(?=\s)/;

/** The offset past an aside between dashes right after `end`, or `end`. */
export function pastDashAside(text: string, end: number): number {
  const aside = DASH_ASIDE.exec(text.slice(end, end + 100));
  return aside ? end + aside[0].length : end;
}

// "10,666 probable, confirmed and suspected cases": a series of case qualifiers joined by commas or "and" describes
// one noun after it; it does not end what the number counts.
const QUALIFIER = '(?:confirmed|suspected|probable|possible|new|old|severe|mild|moderate|critical|serious|minor|fatal|non-fatal|existing|additional|reported|recorded)';
const QUALIFIER_SERIES = new RegExp(`^\\s+${QUALIFIER}(?:\\s*,\\s*${QUALIFIER})*,?\\s+(?:and|or)\\s+${QUALIFIER}(?=\\s+[a-z])`, 'i');

/** The offset past a series of joined case qualifiers ("probable, confirmed and suspected") after `end`, or `end`. */
export function pastQualifierSeries(text: string, end: number): number {
  const series = QUALIFIER_SERIES.exec(text.slice(end, end + 80));
  return series ? end + series[0].length : end;
}

/** "166 (52%) children": the offset past the bracket when the percentage at start..end restates a count's share. */
export function bracketedShareEnd(text: string, start: number, end: number): number | null {
  if (!/\d\s*\(\s*$/.test(text.slice(Math.max(0, start - 4), start))) return null;
  const close = /^\s*\)/.exec(text.slice(end, end + 4));
  return close ? end + close[0].length : null;
}
