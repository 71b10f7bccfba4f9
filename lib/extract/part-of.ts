/**
 * Links a figure to the whole it is part of, where the text says so: "23 civilians killed, including 15 ...",
 * "300,000 people, of whom 80,000 ...", "among them", "40,200 have fled: 17,100 in X", "66 civilians (10 children,
 * 6 women)", and "312 health workers are among the dead". A subset never exceeds its whole, so a link that would
 * break that is not made.
 */
import type { ExtractedFigure } from './types';

const SUBSET_MARKER = /\b(?:including|includes|included|of\s+whom|of\s+them|among\s+them|among\s+whom|of\s+which)\b/gi;
// "40,200 people have fled: 17,100 in X, 6,300 in Y": a colon opening a list of numbers breaks the total down.
// A dash opens one too: "3,900 arrived yesterday - 3,600 at A and 270 at B".
const COLON_LIST = /(?::|\s[-–—])(?=\s*(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+)?\d)/g;
// "66 civilians (10 children, 6 women), killed": counts in brackets after a count break it down.
const BRACKET_LIST = /\((?=\s*\d)/g;
const AMONG_THE_DEAD = /^\s*(?:\w+\s+){0,4}?(?:are|were|is|was)\s+among\s+the\s+(?:dead|killed|victims|wounded|injured)\b/i;

function canContain(whole: ExtractedFigure, part: ExtractedFigure): boolean {
  const wholeSize = whole.value ?? whole.high ?? whole.low;
  const partSize = part.value ?? part.low;
  if (whole.isPercentage || part.isPercentage) return false;
  return wholeSize === null || partSize === null || partSize <= wholeSize;
}

/**
 * Sets partOfIndex on figures of one sentence. `figures` is the whole list so far; `firstInSentence` is the
 * index of this sentence's first figure.
 */
export function linkSubsets(figures: ExtractedFigure[], firstInSentence: number): void {
  const sentence = figures[firstInSentence]?.sentence;
  if (sentence === undefined) return;
  const markers: number[] = [];
  SUBSET_MARKER.lastIndex = 0;
  for (let match = SUBSET_MARKER.exec(sentence); match; match = SUBSET_MARKER.exec(sentence)) markers.push(match.index);
  COLON_LIST.lastIndex = 0;
  for (let match = COLON_LIST.exec(sentence); match; match = COLON_LIST.exec(sentence)) markers.push(match.index);
  BRACKET_LIST.lastIndex = 0;
  for (let match = BRACKET_LIST.exec(sentence); match; match = BRACKET_LIST.exec(sentence)) markers.push(match.index);
  markers.sort((a, b) => a - b);

  for (let index = firstInSentence; index < figures.length; index++) {
    const figure = figures[index]!;
    const offset = figure.start - figure.sentenceStart;
    // Everything after "including" in the sentence is listed as part of the figure just before the marker.
    const marker = markers.filter((position) => position < offset).pop();
    if (marker !== undefined) {
      let wholeIndex: number | null = null;
      for (let candidate = index - 1; candidate >= firstInSentence; candidate--) {
        if (figures[candidate]!.start - figures[candidate]!.sentenceStart < marker) {
          wholeIndex = candidate;
          break;
        }
      }
      if (wholeIndex !== null && canContain(figures[wholeIndex]!, figure)) {
        figure.partOfIndex = wholeIndex;
        continue;
      }
    }
    // "312 healthcare workers are among the dead": part of the latest larger toll.
    if (AMONG_THE_DEAD.test(sentence.slice(figure.end - figure.sentenceStart, figure.end - figure.sentenceStart + 60))) {
      for (let candidate = index - 1; candidate >= 0; candidate--) {
        const whole = figures[candidate]!;
        if (whole.category === 'killed' && whole.partOfIndex === null && canContain(whole, figure) && whole.value !== figure.value) {
          figure.partOfIndex = candidate;
          break;
        }
      }
    }
  }
}
