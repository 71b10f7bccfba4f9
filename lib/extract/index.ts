/** The figure extractor: proposes the figures of a report body for an editor to review. */
export { extractFigures } from './extract-figures';
export { CONFIDENCES, SOURCE_ORIGINS } from './types';
export type { Confidence, ExtractedFigure, Sentence, SourceOrigin } from './types';
export { splitSentences } from './sentences';
