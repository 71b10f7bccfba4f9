/**
 * Rates how sure a proposed reading is, so that an editor can check the doubtful ones first. The evidence is simple
 * and visible: where the source was found, whether it is an organisation the alias table knows, a hedge word read
 * with the number, and a category the words settle. It is rated after the part-of pass, since a part takes its
 * whole's category there.
 */
import type { Category, Qualifier } from '@/lib/figures/vocabulary';
import type { Confidence, SourceOrigin } from './types';

export interface ReadingEvidence {
  sourceOrigin: SourceOrigin | null;
  /** The source is an organisation of the alias table (lib/extract/organisation-aliases.ts). */
  knownOrganisation: boolean;
  category: Category;
  qualifier: Qualifier;
}

const ORIGIN_POINTS: Record<SourceOrigin, number> = { sentence: 2, headline: 2, 'previous-sentence': 1, 'report-top': 0, closing: 0 };
// A hedge word written with the number ("at least", "about") shows the reading took the number's own words.
const HEDGED: ReadonlySet<Qualifier> = new Set(['about', 'estimated', 'up_to', 'at_least', 'more_than', 'fewer_than', 'range']);

export function confidenceOf(evidence: ReadingEvidence): Confidence {
  let points = evidence.sourceOrigin === null ? 0 : ORIGIN_POINTS[evidence.sourceOrigin];
  if (evidence.knownOrganisation) points += 1;
  if (HEDGED.has(evidence.qualifier)) points += 1;
  if (evidence.category !== 'other') points += 1;
  // Only a source named with the figure (or in its headline) makes a reading sure.
  const namedWithFigure = evidence.sourceOrigin === 'sentence' || evidence.sourceOrigin === 'headline';
  if (points >= 3 && namedWithFigure) return 'high';
  return points >= 2 ? 'medium' : 'low';
}
