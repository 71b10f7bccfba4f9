/**
 * People a count's words put out of harm's way, or not yet on the move, whatever its first reading said: people
 * rescued (after being trapped, or "victims" named so by no word of death), people stranded (held up where they
 * are, not trapped) and people ordered to leave (no one has left yet). Each is `other`.
 */
import type { Category } from '@/lib/figures/vocabulary';
import { clauseAfter } from './category-clues';
import type { Token } from './words';

// "2,411 people trapped due to the flash floods have been evacuated": the trapped brought out are rescued.
const TRAPPED_EVACUATED_AFTER = /\btrapped\b[^.;]{0,60}?\b(?:have|has|had)\s+been\s+(?:evacuated|rescued|brought\s+out|pulled\s+out)\b/i;
// "203,200 residents in 92,200 households ... were ordered to evacuate": an order to leave says no one left.
const ORDERED_TO_LEAVE_AFTER = /\b(?:were|are|was|is|have\s+been|had\s+been)\s+(?:ordered|told|urged|advised|asked|instructed|called\s+on)\s+to\s+(?:evacuate|leave|flee)\b/i;

export interface FirstReading {
  /** The category the count's words gave. */
  read: Category | null;
  /** The count's words named a death or a harm of their own (so "victims" are not alive). */
  namesHarm: boolean;
  verbBefore: string | null;
}

/** True when the count is of people rescued, stranded or ordered to leave, and so `other`. */
export function outOfHarm(sentence: string, end: number, after: readonly Token[], { read, namesHarm, verbBefore }: FirstReading): boolean {
  // "The storm stranded thousands in villages": held up where they are, as people stranded are.
  if (read === 'trapped' && verbBefore === 'stranded' && !after.some((token) => token.word === 'trapped' || token.word === 'buried')) return true;
  // "a helicopter rescued six people who had been trapped": people rescued are out, whatever held them. "3,661
  // victims have been rescued": victims named so by no word of death are alive when rescued.
  const rescued = verbBefore === 'rescued' || after.slice(0, 4).some((token) => token.word === 'rescued') || (read === 'trapped' && TRAPPED_EVACUATED_AFTER.test(clauseAfter(sentence, end)));
  if ((read === 'trapped' || (read === 'killed' && !namesHarm)) && rescued) return true;
  return (read === 'fled' || read === 'population' || read === null) && ORDERED_TO_LEAVE_AFTER.test(clauseAfter(sentence, end));
}
