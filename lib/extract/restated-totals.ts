/**
 * A total restated to open its breakdown ("The agency counted 2,400 deaths. Of the 2,400 people known dead, 1,900
 * were in A, ...") is the count of the sentence before: with no source of its own it takes that count's source, and
 * so do its parts. A part of a group the sentence before counted ("Cordova said 1,995 people were hospitalized. Of
 * those hospitalized, 1,070 have been released.") takes that count's source the same way.
 */
import type { ExtractedFigure } from './types';

// "Of the 2,400 ...", "Among the 300 cases", "Out of the 2,400 people known dead".
const OPENS_ON_TOTAL = /(?:^|[.;:]\s+)(?:out\s+of|of|among)\s+(?:the|these|those)\s+$/i;
// "Of those hospitalized, 1,070 ...": the group a sentence before counted, named again to open a part of it.
const OPENS_ON_GROUP = /^(?:out\s+of|of|among)\s+(?:these|those)\s+([a-z-]+(?:\s+[a-z-]+)?),\s+$/i;
// The restated count is in one of the sentences just before.
const RESTATEMENT_WINDOW = 400;

/** The latest figure of an earlier sentence, within the window, whose counted words name the group. */
function countOfGroup(figures: readonly ExtractedFigure[], index: number, group: string): ExtractedFigure | undefined {
  const figure = figures[index]!;
  const head = group.toLowerCase().split(/\s+/).pop()!;
  for (let candidate = index - 1; candidate >= 0; candidate--) {
    const earlier = figures[candidate]!;
    if (figure.start - earlier.end > RESTATEMENT_WINDOW) break;
    if (earlier.sentenceStart < figure.sentenceStart && earlier.counted.toLowerCase().split(/\s+/).includes(head)) return earlier;
  }
  return undefined;
}

/** Gives a restated total with no source, and its parts, the source of the count it restates. Changes `figures`. */
export function carryRestatedTotalSources(figures: ExtractedFigure[]): void {
  figures.forEach((figure, index) => {
    const opening = figure.source === null ? OPENS_ON_GROUP.exec(figure.sentence.slice(0, figure.start - figure.sentenceStart)) : null;
    const whole = opening ? countOfGroup(figures, index, opening[1]!) : undefined;
    if (whole !== undefined && whole.source !== null) {
      figure.source = whole.source;
      figure.sourceOrigin = 'previous-sentence';
      return;
    }
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
