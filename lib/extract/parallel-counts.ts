/**
 * Two counts in a place joined by "and" share the verb written after the second: "So far 5,000 people in Ardenne
 * and 2,000 people in Bellmoor have been evacuated", "About 300 people in A and 20 in B were killed". The first,
 * whose own words named no kind, takes the second's.
 */
import type { ExtractedFigure } from './types';

// " people in Ardenne and ", " in the coastal district of Ardenne, and ": the first count's place, then "and".
const COUNT_IN_PLACE_AND = /^\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:in|into|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:of\s+)?\p{Lu}[^,;:()\d]{0,50}?,?\s+and\s+(?:about\s+|some\s+|nearly\s+|at\s+least\s+|more\s+than\s+|another\s+)?$/u;

/** Gives an uncategorised count the kind of the count joined to it by "and", in one sentence's figures. */
export function shareVerbBackwards(figures: ExtractedFigure[], firstInSentence: number, uncategorised: Set<number>): void {
  for (let index = figures.length - 2; index >= firstInSentence; index--) {
    const first = figures[index]!;
    const second = figures[index + 1]!;
    if (!uncategorised.has(index) || uncategorised.has(index + 1) || first.isPercentage || second.isPercentage) continue;
    if (first.partOfIndex !== null || second.partOfIndex !== null) continue;
    const gap = first.sentence.slice(first.end - first.sentenceStart, second.start - second.sentenceStart);
    if (!COUNT_IN_PLACE_AND.test(gap)) continue;
    first.category = second.category;
    uncategorised.delete(index);
  }
}
