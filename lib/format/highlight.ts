/**
 * Splitting text around stored figures so pages can highlight the number phrase. The stored offsets
 * (`start`/`end` in the report body) are the truth; text search is only a fallback for a body edited after the
 * figure was coded.
 */

export interface PlacedFigure {
  id: number;
  start: number;
  end: number;
  rawText: string;
}

export interface SentenceHighlight {
  before: string;
  phrase: string;
  after: string;
}

/**
 * The figure's sentence split around its number phrase. With the report body, the sentence is located around
 * the stored offsets so that the right occurrence is marked when the same number appears twice in a sentence.
 */
export function highlightSentence(figure: PlacedFigure & { quote: string }, body?: string): SentenceHighlight {
  const { quote, rawText } = figure;
  let at = -1;
  if (body !== undefined && body.slice(figure.start, figure.end) === rawText) {
    const sentenceStart = body.lastIndexOf(quote, figure.start);
    if (sentenceStart >= 0 && sentenceStart + quote.length >= figure.end) at = figure.start - sentenceStart;
  }
  if (at < 0) at = quote.indexOf(rawText);
  if (at < 0) return { before: quote, phrase: '', after: '' };
  return { before: quote.slice(0, at), phrase: rawText, after: quote.slice(at + rawText.length) };
}

export type TextPiece<F> = { text: string; figure?: F };

export interface ReportLayout<F> {
  /** The body's paragraphs (one per line), each as plain pieces and figure pieces. */
  paragraphs: Array<Array<TextPiece<F>>>;
  /** Figures whose stored offsets no longer match the body, so they cannot be marked in place. */
  unplaced: F[];
}

/** The report body as paragraphs with every figure whose offsets match marked in place. */
export function layOutReport<F extends PlacedFigure>(body: string, figures: F[]): ReportLayout<F> {
  const unplaced: F[] = [];
  const placed: F[] = [];
  let reachedUpTo = 0;
  for (const figure of [...figures].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const matches = figure.start >= reachedUpTo && body.slice(figure.start, figure.end) === figure.rawText && figure.end > figure.start;
    if (matches) {
      placed.push(figure);
      reachedUpTo = figure.end;
    } else {
      unplaced.push(figure);
    }
  }

  const paragraphs: Array<Array<TextPiece<F>>> = [];
  let paragraphStart = 0;
  for (const line of body.split('\n')) {
    const paragraphEnd = paragraphStart + line.length;
    const pieces: Array<TextPiece<F>> = [];
    let cursor = paragraphStart;
    for (const figure of placed) {
      if (figure.start < paragraphStart || figure.end > paragraphEnd) continue;
      if (figure.start > cursor) pieces.push({ text: body.slice(cursor, figure.start) });
      pieces.push({ text: body.slice(figure.start, figure.end), figure });
      cursor = figure.end;
    }
    if (cursor < paragraphEnd) pieces.push({ text: body.slice(cursor, paragraphEnd) });
    if (line.trim() !== '') paragraphs.push(pieces);
    paragraphStart = paragraphEnd + 1;
  }
  return { paragraphs, unplaced };
}
