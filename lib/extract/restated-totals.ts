/**
 * A total restated to open its breakdown ("The agency counted 2,400 deaths. Of the 2,400 people known dead, 1,900
 * were in A, ...") is the count of the sentence before: with no source of its own it takes that count's source, and
 * so do its parts.
 */
import type { ExtractedFigure } from './types';

// "Of the 2,400 ...", "Among the 300 cases", "Out of the 2,400 people known dead".
const OPENS_ON_TOTAL = /(?:^|[.;:]\s+)(?:out\s+of|of|among)\s+(?:the|these|those)\s+$/i;
// The restated count is in one of the sentences just before.
const RESTATEMENT_WINDOW = 400;

/** Gives a restated total with no source, and its parts, the source of the count it restates. Changes `figures`. */
export function carryRestatedTotalSources(figures: ExtractedFigure[]): void {
  figures.forEach((figure, index) => {
    if (figure.source !== null || figure.value === null || figure.isPercentage) return;
    const offset = figure.start - figure.sentenceStart;
    if (!OPENS_ON_TOTAL.test(figure.sentence.slice(Math.max(0, offset - 20), offset))) return;
    let restated: ExtractedFigure | undefined;
    for (let candidate = index - 1; candidate >= 0; candidate--) {
      const earlier = figures[candidate]!;
      if (figure.start - earlier.end > RESTATEMENT_WINDOW) break;
      if (earlier.sentenceStart < figure.sentenceStart && earlier.value === figure.value && !earlier.isPercentage) {
        restated = earlier;
        break;
      }
    }
    if (restated === undefined || restated.source === null) return;
    for (let part = index; part < figures.length && figures[part]!.sentenceStart === figure.sentenceStart; part++) {
      const candidate = figures[part]!;
      if (candidate.source !== null || (part !== index && candidate.partOfIndex !== index)) continue;
      candidate.source = restated.source;
      candidate.sourceOrigin = 'previous-sentence';
    }
  });
}
