/** The figure extractor: proposes the figures of a report body for an editor to review. */
export { extractFigures } from './extract-figures';
export type { ExtractedFigure, Sentence } from './types';
export { splitSentences } from './sentences';
