/**
 * Families and households told with the people they are made of: "displaced 2,400 families composed of 11,000
 * individuals", "displaced an estimated 900 families (5,600 people)", "1,200 households, or about 7,000 people". The
 * families are a unit of count (`other`); the people take what happened to the families ("displaced" → displaced).
 * Families counted alone ("displacing 500 families") keep the verb's category, as before.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { categoryOf } from './lexicon';
import { outcomeVerbBefore } from './skip-rules';

const FAMILY_NOUNS = '(?:families|households|family\\s+units)';
// The link between the families and their people: "composed of", "comprising", "with", "(", ", or".
const MADE_OF = '(?:composed\\s+of|comprising|comprised\\s+of|consisting\\s+of|made\\s+up\\s+of|totall?ing|with|\\(|,?\\s*or)';
const HEDGE = '(?:(?:about|around|some|approximately|roughly|nearly|almost|over|more\\s+than|at\\s+least|an\\s+estimated)\\s+)?';
// After the families' number: their noun, the link and the people's number.
const RESTATED_AS_PEOPLE = new RegExp(`^\\s+(?:[a-z-]+\\s+)?${FAMILY_NOUNS}\\s*${MADE_OF}\\s*${HEDGE}\\d`, 'i');
// Before the people's number: the families' number, their noun and the link.
const PEOPLE_OF_FAMILIES = new RegExp(`(\\d[\\d,.]*)\\s+(?:[a-z-]+\\s+)?${FAMILY_NOUNS}\\s*${MADE_OF}\\s*${HEDGE}$`, 'i');
const LOOKBACK = 80;
// Checked first: most text near a number names no families.
const FAMILY_WORD = /famil|household/i;

/** True when the families or households counted at the number are restated as people right after. */
export function familiesRestatedAsPeople(sentence: string, end: number): boolean {
  const after = sentence.slice(end, end + 80);
  return FAMILY_WORD.test(after) && RESTATED_AS_PEOPLE.test(after);
}

/**
 * The category of the people a count of families is made of: that of the verb whose object the families are
 * ("has displaced 2,400 families composed of 11,000 individuals" → displaced), or null when no such verb is written.
 */
export function categoryOfFamilyMembers(sentence: string, hedgeStart: number): Category | null {
  const windowStart = Math.max(0, hedgeStart - LOOKBACK);
  const window = sentence.slice(windowStart, hedgeStart);
  if (!FAMILY_WORD.test(window)) return null;
  const families = PEOPLE_OF_FAMILIES.exec(window);
  if (!families) return null;
  const verb = outcomeVerbBefore(sentence, windowStart + families.index);
  return verb === null ? null : categoryOf([verb]);
}
