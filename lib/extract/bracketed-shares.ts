/**
 * A share written in brackets right after a count ("30,500 (51%) come from two valleys", "228 (72%) were moderate
 * cases") is the share of the people that count counts, so it takes the count's category, whatever words follow.
 */
import type { ExtractedFigure } from './types';

const BRACKET_BETWEEN = /^\s*\(\s*$/;

/** Gives each bracketed share of this sentence the category of the count just before it. */
export function shareBracketedAfterCount(figures: ExtractedFigure[], firstInSentence: number): void {
  for (let index = firstInSentence + 1; index < figures.length; index++) {
    const share = figures[index]!;
    const count = figures[index - 1]!;
    if (!share.isPercentage || count.isPercentage || count.sentenceStart !== share.sentenceStart) continue;
    const between = share.sentence.slice(count.end - count.sentenceStart, share.start - share.sentenceStart);
    if (BRACKET_BETWEEN.test(between)) share.category = count.category;
  }
}
