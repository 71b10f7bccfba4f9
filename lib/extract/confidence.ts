/**
 * Rates how sure a proposed reading is, so that an editor can check the doubtful ones first. The evidence is simple
 * and visible: a source named in the figure's own sentence, a category the words settle, a hedge word read.
 */
import type { Category, Qualifier } from '@/lib/figures/vocabulary';
import type { Confidence, SourceOrigin } from './types';

export interface ReadingEvidence {
  sourceOrigin: SourceOrigin | null;
  category: Category;
  qualifier: Qualifier;
}

export function confidenceOf(evidence: ReadingEvidence): Confidence {
  let points = 0;
  if (evidence.sourceOrigin === 'sentence') points += 2;
  else if (evidence.sourceOrigin !== null) points += 1;
  if (evidence.category !== 'other') points += 1;
  if (points >= 3) return 'high';
  return points >= 1 ? 'medium' : 'low';
}
