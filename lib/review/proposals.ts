import { z } from 'zod';
import { extractFigures, type ExtractedFigure } from '@/lib/extract';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CATEGORIES, QUALIFIERS } from '@/lib/figures/vocabulary';

/** What a proposal stores: the extracted figure and its position in the extractor's list (for partOf links). */
export const proposalDataSchema = z.object({
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
  place: z.string().nullable(),
  partOfIndex: z.number().int().nonnegative().nullable(),
  sentence: z.string(),
});
export type ProposalData = z.infer<typeof proposalDataSchema>;

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
