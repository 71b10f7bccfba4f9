/** The words the review queue shows for where a proposed figure's source was found. */
import type { SourceOrigin } from '@/lib/extract';

export const SOURCE_ORIGIN_LABELS: Record<SourceOrigin, string> = {
  sentence: 'same sentence',
  headline: 'headline',
  'previous-sentence': 'carried from the sentence before',
  'report-top': 'named at the top of the report',
  closing: 'signed at the end of the report',
};
