/**
 * A sentence that breaks the total before it down place by place ("The breakdown is:", "... are as follows:"), each place written before its count: "2,400 people
 * have died. The breakdown is as follows: Ardenne 1,900 people, Bellmoor 300 people and the city of Cresthill 200
 * people." Each item is a figure of the total's kind, part of it, in the place it names.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { countedNoun } from './list-items';
import type { NumberMention } from './numbers';
import type { ExtractedFigure } from './types';

export interface BreakdownItem {
  category: Category;
  counted: string;
  /** Index of the total in the report's figures. */
  wholeIndex: number;
  place: string;
}

// "The breakdown is as follows:", "Breakdown by district:", "The breakdown:".
// "The figures are as follows:" opens one too, whatever its noun.
const BREAKDOWN_OPENER = /^\s*(?:(?:the\s+)?break\s*-?\s*down\b[^:.;]{0,40}|(?:the\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:is|are|was|were)\s+as\s+follows?)\s*:/i;
// The place right before the count, after the opener's colon or a separator and perhaps a joining word ("and",
// or the report's own language's): "Ardenne 1,900", ", the city of Cresthill 200", ", and Dunvale 150".
const PLACE_BEFORE = /(?:^|[:,;]\s*|\s)(?:[a-z]+\s+)?(?:(?:[Tt]he\s+)?(?:[Cc]ity|[Tt]own|[Dd]istrict|[Rr]egency|[Pp]rovince|[Mm]unicipality|[Cc]ounty)\s+of\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s-]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s+$/u;
// The total is in a sentence before the breakdown's, not further back than this.
const TOTAL_WINDOW = 400;

/**
 * The item of a breakdown the mention is, or null. `sentenceStart` is where the sentence starts in the body and
 * `figures` the report's figures so far. A total whose own words named no kind ("2,400 people have ...") takes the
 * kind of an earlier figure with the same value ("2,400 Died" in the headline), and keeps it.
 */
export function breakdownItemAt(
  sentence: string, mention: NumberMention, hedgeStart: number, figures: ExtractedFigure[], sentenceStart: number,
  uncategorised: ReadonlySet<number>,
): BreakdownItem | null {
  if (mention.isPercentage || mention.kind !== 'digits' || !BREAKDOWN_OPENER.test(sentence.slice(0, hedgeStart))) return null;
  const before = PLACE_BEFORE.exec(sentence.slice(Math.max(0, hedgeStart - 60), hedgeStart));
  if (!before) return null;
  // The total is the largest count of the nearest sentence before with counts ("1,353 injured, where 783 ...").
  let wholeIndex = -1;
  let totalSentence: number | null = null;
  for (let index = figures.length - 1; index >= 0; index--) {
    const figure = figures[index]!;
    if (figure.sentenceStart >= sentenceStart) continue;
    if (sentenceStart - figure.end > TOTAL_WINDOW || (totalSentence !== null && figure.sentenceStart !== totalSentence)) break;
    if (figure.isPercentage || figure.partOfIndex !== null) continue;
    totalSentence = figure.sentenceStart;
    if (wholeIndex === -1 || (figure.value ?? figure.high ?? 0) > (figures[wholeIndex]!.value ?? figures[wholeIndex]!.high ?? 0)) wholeIndex = index;
  }
  const whole = figures[wholeIndex];
  const size = whole?.value ?? whole?.high ?? null;
  if (whole === undefined || (size !== null && mention.value !== null && mention.value > size)) return null;
  if (uncategorised.has(wholeIndex)) {
    const restated = figures.slice(0, wholeIndex).find((figure) => figure.value === whole.value && figure.category !== 'other' && !figure.isPercentage);
    if (restated) whole.category = restated.category;
  }
  const place = before[1]!;
  return { category: whole.category, counted: `${countedNoun(whole.counted)} in ${place}`, wholeIndex, place };
}
