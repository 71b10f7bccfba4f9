import { z } from 'zod';
import { CONFIDENCES, extractFigures, SOURCE_ORIGINS, type Confidence, type ExtractedFigure, type SourceOrigin } from '@/lib/extract';
import { confidenceOf } from '@/lib/extract/confidence';
import { knownOrganisation } from '@/lib/extract/organisation-aliases';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CATEGORIES, QUALIFIERS } from '@/lib/figures/vocabulary';

const storedProposalSchema = z.object({
  index: z.number().int().nonnegative(),
  rawText: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number().int().nonnegative().nullable(),
  low: z.number().int().nonnegative().nullable(),
  high: z.number().int().nonnegative().nullable(),
  qualifier: z.enum(QUALIFIERS),
  isPercentage: z.boolean(),
  category: z.enum(CATEGORIES),
  counted: z.string(),
  source: z.string().nullable(),
  // Absent from proposals queued before the extractor explained its reading: see explainOldReading.
  sourceOrigin: z.enum(SOURCE_ORIGINS).nullable().optional(),
  confidence: z.enum(CONFIDENCES).optional(),
  place: z.string().nullable(),
  partOfIndex: z.number().int().nonnegative().nullable(),
  sentence: z.string(),
});
type StoredProposal = z.infer<typeof storedProposalSchema>;

/**
 * Where an old proposal's source came from. The extractor then took a source from the figure's own sentence or,
 * for "he said" or "the agency said", from a name written earlier in the text; a source not written in the sentence
 * was therefore carried from before, which never rates the reading higher than its evidence.
 */
function originOfOldSource(stored: StoredProposal): SourceOrigin | null {
  if (stored.source === null) return null;
  return stored.sentence.toLowerCase().includes(stored.source.toLowerCase()) ? 'sentence' : 'previous-sentence';
}

function explainOldReading(stored: StoredProposal): ProposalData {
  const sourceOrigin = stored.sourceOrigin === undefined ? originOfOldSource(stored) : stored.sourceOrigin;
  const confidence: Confidence = stored.confidence ?? confidenceOf({
      sourceOrigin,
      knownOrganisation: stored.source !== null && knownOrganisation(stored.source) !== null,
      category: stored.category,
      qualifier: stored.qualifier,
    });
  return { ...stored, sourceOrigin, confidence };
}

/**
 * What a proposal stores: the extracted figure, its position in the extractor's list (for partOf links), where its
 * source was found and how sure the reading is. Proposals stored without the last two read with them filled in.
 */
export const proposalDataSchema = storedProposalSchema.transform(explainOldReading);
export type ProposalData = Omit<StoredProposal, 'sourceOrigin' | 'confidence'> & { sourceOrigin: SourceOrigin | null; confidence: Confidence };

export type ProposalStatus = 'pending' | 'accepted' | 'rejected';

/** Figures are stored as integers: a percentage or a fractional reading keeps its text but gets no invented count. */
function toProposalData(figure: ExtractedFigure, index: number): ProposalData {
  const integerOrNull = (number: number | null) => (number !== null && Number.isInteger(number) ? number : null);
  return {
    index,
    rawText: figure.rawText,
    start: figure.start,
    end: figure.end,
    value: integerOrNull(figure.value),
    low: integerOrNull(figure.low),
    high: integerOrNull(figure.high),
    qualifier: figure.qualifier,
    isPercentage: figure.isPercentage,
    category: figure.category,
    counted: figure.counted,
    source: figure.source,
    sourceOrigin: figure.sourceOrigin,
    confidence: figure.confidence,
    place: figure.place,
    partOfIndex: figure.partOfIndex,
    sentence: figure.sentence,
  };
}

/** Runs the extractor on a report body and queues every figure it proposes for review. Returns how many. */
export async function queueProposals(transaction: Prisma.TransactionClient, reportId: number, body: string): Promise<number> {
  const proposals = extractFigures(body).map(toProposalData);
  await transaction.proposal.createMany({ data: proposals.map((data) => ({ reportId, data: JSON.stringify(data) })) });
  return proposals.length;
}

export function readProposalData(stored: string): ProposalData {
  return proposalDataSchema.parse(JSON.parse(stored));
}
