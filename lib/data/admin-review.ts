import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { FormValues } from '@/lib/forms/form-state';
import { highlightSentence, type SentenceHighlight } from '@/lib/format/highlight';
import { matchPlace, matchSource } from '@/lib/review/matching';
import { findPlaceCandidates, findSourceCandidates } from './admin-name-matches';
import { readProposalData, type ProposalData, type ProposalStatus } from '@/lib/review/proposals';
import { orderProposals, type QueueOrder } from '@/lib/review/queue-order';
import { toDateString } from '@/lib/format/dates';
import { fieldText } from '@/lib/forms/form-state';

/** A proposed figure as the review queue shows it, with the form values an acceptance starts from. */
export interface ProposalView {
  id: number;
  status: ProposalStatus;
  data: ProposalData;
  /** The sentence split around the number, at the proposal's own offsets in the report body. */
  sentence: SentenceHighlight;
  figureId: number | null;
  reviewedAt: string | null;
  reviewer: string | null;
  /** What "accept" saves unless the editor changes it: the extractor's reading, matched to stored names. */
  defaults: FormValues;
  /** Whether the source / place named in the text is already stored (else accepting creates it). */
  sourceKnown: boolean;
  placeKnown: boolean;
}

export interface ReviewQueue {
  report: { id: number; title: string; outlet: string; publishedAt: string };
  proposals: ProposalView[];
  /** Figures of this report an accepted proposal can be part of. */
  wholes: Array<{ id: number; rawText: string; counted: string }>;
}

type StoredProposal = { id: number; status: string; figureId: number | null; reviewedAt: Date | null; reviewedBy: { email: string; name: string | null } | null };
interface ReviewContext {
  reportId: number;
  publishedAt: string;
  body: string;
  sources: Array<{ name: string; shortName: string | null; aliases: string }>;
  places: Array<{ name: string }>;
  /** The figure each accepted proposal became, by the proposal's index in the extractor's list. */
  figureIdByIndex: Map<number, number>;
}

function toProposalView(proposal: StoredProposal, data: ProposalData, context: ReviewContext): ProposalView {
  const source = data.source ? matchSource(context.sources, data.source) : null;
  const place = data.place ? matchPlace(context.places, data.place) : null;
  return {
    id: proposal.id,
    status: proposal.status as ProposalStatus,
    data,
    sentence: highlightSentence({ id: proposal.id, start: data.start, end: data.end, rawText: data.rawText, quote: data.sentence }, context.body),
    figureId: proposal.figureId,
    reviewedAt: proposal.reviewedAt?.toISOString() ?? null,
    reviewer: proposal.reviewedBy ? (proposal.reviewedBy.name ?? proposal.reviewedBy.email) : null,
    sourceKnown: source !== null,
    placeKnown: place !== null,
    defaults: {
      proposalId: String(proposal.id),
      reportId: String(context.reportId),
      category: data.category,
      qualifier: data.qualifier,
      value: fieldText(data.value),
      low: fieldText(data.low),
      high: fieldText(data.high),
      counted: data.counted,
      date: context.publishedAt,
      grade: '',
      sourceName: source?.name ?? data.source ?? '',
      placeName: place?.name ?? data.place ?? '',
      partOfId: data.partOfIndex === null ? '' : fieldText(context.figureIdByIndex.get(data.partOfIndex) ?? null),
    },
  };
}

/**
 * The report's proposed figures in the order asked for (text order, or least sure first), pending ones with the
 * defaults of their acceptance form. Uncached.
 */
export async function queryReviewQueue(reportId: number, order: QueueOrder = 'text'): Promise<ReviewQueue | null> {
  const report = await prisma.report.findUnique({
    where: { id: reportId },
    select: { id: true, title: true, outlet: true, publishedAt: true, body: true, proposals: { include: { reviewedBy: { select: { email: true, name: true } } } } },
  });
  if (!report) return null;
  const publishedAt = toDateString(report.publishedAt);
  const parsed = report.proposals
    .map((proposal) => ({ proposal, data: readProposalData(proposal.data) }))
    .sort((a, b) => a.data.start - b.data.start);
  const figureIdByIndex = new Map<number, number>();
  for (const { proposal, data } of parsed) if (proposal.figureId !== null) figureIdByIndex.set(data.index, proposal.figureId);
  // Only the stored names these proposals could match are read, never the whole table of sources or places.
  const named = (pick: (data: ProposalData) => string | null) => parsed.map(({ data }) => pick(data)).filter((name): name is string => Boolean(name));
  const [sources, places, wholes] = await Promise.all([
    findSourceCandidates(prisma, named((data) => data.source)),
    findPlaceCandidates(prisma, named((data) => data.place)),
    prisma.figure.findMany({ where: { reportId }, select: { id: true, rawText: true, counted: true }, orderBy: { start: 'asc' } }),
  ]);
  const context: ReviewContext = { reportId, publishedAt, body: report.body, sources, places, figureIdByIndex };
  return {
    report: { id: report.id, title: report.title, outlet: report.outlet, publishedAt },
    proposals: orderProposals(parsed.map(({ proposal, data }) => toProposalView(proposal, data, context)), order),
    wholes,
  };
}
