/**
 * "The bodies of ten people were found", "recovered the bodies of eight shepherds": bodies counted as "the bodies
 * of N" are the dead, whatever noun follows. A group of its own (children, soldiers, fighters) keeps its category.
 */
import type { Category } from '@/lib/figures/vocabulary';

const BODIES_OF_BEFORE = /\b(?:dead\s+)?bodies\s+of\s+(?:the\s+)?(?:another\s+)?$/i;
const AGE_AFTER = /^[\p{L}\d]+-(?:year|month|week|day)s?-old\b/iu;
// Categories the words after the number may settle on their own; any other reading gives way to the bodies.
const OWN_GROUPS: ReadonlySet<Category> = new Set(['children', 'personnel', 'fighters', 'killed']);

/** True when "the bodies of" is written right before the number's raw text. */
export function countsBodiesBefore(sentence: string, hedgeStart: number): boolean {
  const before = sentence.slice(Math.max(0, hedgeStart - 28), hedgeStart);
  // "The bodies of four-month-old Rimesh": an age, not a count.
  return before.includes('odies') && BODIES_OF_BEFORE.test(before) && !AGE_AFTER.test(sentence.slice(hedgeStart, hedgeStart + 30));
}

/** The count's reading with the dead as its category when it counts "the bodies of" people. */
export function readRecoveredBodies<T extends { category: Category | null }>(sentence: string, hedgeStart: number, counted: T): T {
  if (!countsBodiesBefore(sentence, hedgeStart) || (counted.category !== null && OWN_GROUPS.has(counted.category))) return counted;
  return { ...counted, category: 'killed' };
}
