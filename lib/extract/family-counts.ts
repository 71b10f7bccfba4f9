/**
 * "displaced 1,200 families composed of 6,300 individuals", "an estimated 900 households (5,100 people)": a count of
 * families restated as the people in them. The people carry what happened (the verb's kind, read on the families
 * count), and the families count is `other`, as families and households are counted everywhere else.
 */
import type { ExtractedFigure } from './types';

const FAMILIES_THEN_PEOPLE =
  /^\s+(?:families|households)\s*(?:\(\s*|,?\s+(?:composed\s+of|comprising|comprised\s+of|consisting\s+of|made\s+up\s+of|totall?ing|with)\s+)(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|an\s+estimated\s+|a\s+total\s+of\s+)?$/i;
const PEOPLE_AFTER = /^\s+(?:individuals|people|persons|members|residents|inhabitants)\b/i;

/** Moves the kind of a families count to the people count that restates it, in one sentence's figures. */
export function restateFamilyCounts(figures: ExtractedFigure[], firstInSentence: number): void {
  for (let index = firstInSentence; index + 1 < figures.length; index++) {
    const families = figures[index]!;
    const people = figures[index + 1]!;
    if (families.isPercentage || people.isPercentage) continue;
    const gap = families.sentence.slice(families.end - families.sentenceStart, people.start - people.sentenceStart);
    const after = people.sentence.slice(people.end - people.sentenceStart, people.end - people.sentenceStart + 24);
    if (!FAMILIES_THEN_PEOPLE.test(gap) || !PEOPLE_AFTER.test(after)) continue;
    if (families.category !== 'other' && people.category === 'other') people.category = families.category;
    families.category = 'other';
    if (people.partOfIndex === index) people.partOfIndex = null;
  }
}
