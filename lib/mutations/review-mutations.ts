/**
 * The review's mutations: an editor's decision on a proposed figure. Accepting runs the same rules as the figure
 * form (zod schema, then the database: parts never exceed wholes), matches the source and place to stored ones by
 * name or alias or creates them, and writes the figure, any new source or place, their revisions and the proposal's
 * status in one transaction. The number as written and its offsets stay those the extractor found in the report.
 */
import type { SessionUser } from '@/lib/auth/users';
import { findPlaceCandidates, findSourceCandidates } from '@/lib/data/admin-name-matches';
import type { PrismaClient } from '@/lib/db/connect';
import { invalid, type FormState, type FormValues } from '@/lib/forms/form-state';
import type { Prisma } from '@/lib/generated/prisma/client';
import { guessSourceKind, matchPlace, matchSource } from '@/lib/review/matching';
import { readProposalData } from '@/lib/review/proposals';
import { createFigureSchema } from '@/lib/validation/figure';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/fields';
import { checkFigureAgainstDatabase } from './figure-database-rules';
import { insertFigure } from './figure-mutations';
import { createWithRevision } from './versioned-write';
import { parseId } from '@/lib/data/ids';

/** The longest source or place name a decision accepts. */
export const NAME_LIMIT = 200;

/** Thrown inside a transaction to undo it (a source or place created before a rule refused the figure). */
class Refusal extends Error {
  constructor(readonly state: FormState) {
    super(state.message);
  }
}

async function loadPendingProposal(database: PrismaClient | Prisma.TransactionClient, values: FormValues) {
  const proposalId = parseId(values.proposalId ?? '');
  const proposal = proposalId === null ? null : await database.proposal.findUnique({ where: { id: proposalId } });
  if (!proposal) return { refusal: { status: 'refused', message: 'That proposed figure no longer exists; reload the page.', values } satisfies FormState };
  if (proposal.status !== 'pending') {
    return { refusal: { status: 'refused', message: `This proposed figure was already ${proposal.status}; nothing was changed.`, values } satisfies FormState };
  }
  return { proposal };
}

function nameErrors(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, label] of [['sourceName', 'Source'], ['placeName', 'Place']] as const) {
    if ((values[field] ?? '').trim().length > NAME_LIMIT) errors[field] = [`${label} must be at most ${NAME_LIMIT} characters`];
  }
  return errors;
}

async function sourceNamed(transaction: Prisma.TransactionClient, name: string, user: SessionUser) {
  if (!name) return null;
  // Only the rows that could match are read (in SQL), then the matcher picks among them.
  const existing = matchSource(await findSourceCandidates(transaction, [name]), name);
  if (existing) return existing;
  return createWithRevision(transaction, 'source', { name, kind: guessSourceKind(name) }, user);
}

async function placeNamed(transaction: Prisma.TransactionClient, name: string, user: SessionUser) {
  if (!name) return null;
  const existing = matchPlace(await findPlaceCandidates(transaction, [name]), name);
  if (existing) return existing;
  return createWithRevision(transaction, 'place', { name }, user);
}

/** Accepts a proposed figure with the editor's edits; returns the new figure's id, or every field's error. */
export async function acceptProposal(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const { proposal, refusal } = await loadPendingProposal(database, values);
  if (!proposal) return refusal;
  const data = readProposalData(proposal.data);
  const parsed = createFigureSchema.safeParse({
    ...values,
    rawText: data.rawText,
    quote: data.sentence,
    reportId: String(proposal.reportId),
    sourceId: '',
    placeId: '',
  });
  const errors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...nameErrors(values) };
  if (!parsed.success || Object.keys(errors).length > 0) return invalid(values, errors);

  try {
    return await database.$transaction(async (transaction) => {
      const source = await sourceNamed(transaction, (values.sourceName ?? '').trim(), user);
      const place = await placeNamed(transaction, (values.placeName ?? '').trim(), user);
      const input = { ...parsed.data, sourceId: source?.id ?? null, placeId: place?.id ?? null };
      const checked = await checkFigureAgainstDatabase(transaction, input, null);
      if (Object.keys(checked.errors).length > 0 || !checked.offsets) throw new Refusal(invalid(values, checked.errors));

      const report = await transaction.report.findUniqueOrThrow({ where: { id: proposal.reportId }, select: { body: true } });
      const offsets = report.body.slice(data.start, data.end) === data.rawText ? { start: data.start, end: data.end } : checked.offsets;
      const figure = await insertFigure(transaction, user, input, offsets);
      // Claiming the proposal by its status makes a second, simultaneous acceptance fail instead of doubling the figure.
      const claimed = await transaction.proposal.updateMany({
        where: { id: proposal.id, status: 'pending' },
        data: { status: 'accepted', figureId: figure.id, reviewedById: user.id, reviewedAt: new Date() },
      });
      if (claimed.count !== 1) {
        throw new Refusal({ status: 'refused', message: 'Someone else reviewed this figure meanwhile; nothing was saved.', values });
      }
      return { status: 'saved', message: `Accepted “${data.rawText}” as figure #${figure.id}.`, id: figure.id, version: figure.version };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.state;
    throw error;
  }
}

/** Rejects a proposed figure: it stays in the queue's history as rejected and never becomes a figure. */
export async function rejectProposal(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const { proposal, refusal } = await loadPendingProposal(database, values);
  if (!proposal) return refusal;
  const rejected = await database.proposal.updateMany({
    where: { id: proposal.id, status: 'pending' },
    data: { status: 'rejected', reviewedById: user.id, reviewedAt: new Date() },
  });
  if (rejected.count !== 1) return { status: 'refused', message: 'Someone else reviewed this figure meanwhile; nothing was changed.', values };
  const { rawText } = readProposalData(proposal.data);
  return { status: 'saved', message: `Rejected “${rawText}”.`, id: proposal.id };
}
