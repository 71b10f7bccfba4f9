/**
 * "The bodies of ten people were found", "recovered the bodies of eight shepherds": bodies counted as "the bodies
 * of N" are the dead, whatever noun follows. A group of its own (children, soldiers, fighters) keeps its category.
 */
import type { Category } from '@/lib/figures/vocabulary';

const BODIES_OF_BEFORE = /\b(?:dead\s+)?bodies\s+of\s+(?:the\s+)?(?:another\s+)?$/i;
// Categories the words after the number may settle on their own; any other reading gives way to the bodies.
const OWN_GROUPS: ReadonlySet<Category> = new Set(['children', 'personnel', 'fighters', 'killed']);

/** True when "the bodies of" is written right before the number's raw text. */
export function countsBodiesBefore(sentence: string, hedgeStart: number): boolean {
  const before = sentence.slice(Math.max(0, hedgeStart - 28), hedgeStart);
  return before.includes('odies') && BODIES_OF_BEFORE.test(before);
}

/** The count's reading with the dead as its category when it counts "the bodies of" people. */
export function readRecoveredBodies<T extends { category: Category | null }>(sentence: string, hedgeStart: number, counted: T): T {
  if (!countsBodiesBefore(sentence, hedgeStart) || (counted.category !== null && OWN_GROUPS.has(counted.category))) return counted;
  return { ...counted, category: 'killed' };
}
