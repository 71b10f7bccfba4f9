/**
 * The one version-checked update and the one create with its revision, shared by every edited entity (figures,
 * reports, sources and places), inside the caller's transaction.
 */
import type { SessionUser } from '@/lib/auth/users';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { Figure, Place, Prisma, Report, Source } from '@/lib/generated/prisma/client';
import { recordRevision, type RevisionEntity } from '@/lib/revisions/record';
import { describeConflict } from './conflict';

interface Models {
  figure: { row: Figure; create: Prisma.FigureUncheckedCreateInput; update: Prisma.FigureUncheckedUpdateManyInput };
  report: { row: Report; create: Prisma.ReportUncheckedCreateInput; update: Prisma.ReportUncheckedUpdateManyInput };
  source: { row: Source; create: Prisma.SourceUncheckedCreateInput; update: Prisma.SourceUncheckedUpdateManyInput };
  place: { row: Place; create: Prisma.PlaceUncheckedCreateInput; update: Prisma.PlaceUncheckedUpdateManyInput };
}
export type VersionedModel = keyof Models;

const ENTITY_TYPES: Record<VersionedModel, RevisionEntity> = { figure: 'Figure', report: 'Report', source: 'Source', place: 'Place' };

/** The delegate methods these writes use, alike on every model. */
interface Delegate<M extends VersionedModel> {
  findUnique(args: { where: { id: number } }): Promise<Models[M]['row'] | null>;
  findUniqueOrThrow(args: { where: { id: number } }): Promise<Models[M]['row']>;
  updateMany(args: { where: { id: number; version: number }; data: Models[M]['update'] }): Promise<{ count: number }>;
  create(args: { data: Models[M]['create'] }): Promise<Models[M]['row']>;
}

function delegateOf<M extends VersionedModel>(transaction: Prisma.TransactionClient, model: M): Delegate<M> {
  // Every model's delegate has these methods; their generic signatures only narrow the same calls.
  return transaction[model] as unknown as Delegate<M>;
}

/** Creates a record and writes its creation revision. */
export async function createWithRevision<M extends VersionedModel>(
  transaction: Prisma.TransactionClient,
  model: M,
  data: Models[M]['create'],
  user: SessionUser,
): Promise<Models[M]['row']> {
  const created = await delegateOf(transaction, model).create({ data });
  await recordRevision(transaction, { entityType: ENTITY_TYPES[model], entityId: created.id, action: 'create', before: null, after: created, userId: user.id });
  return created;
}

export type VersionedUpdate<Row> =
  /** Saved as a new version, with its revision. */
  | { outcome: 'written'; before: Row; after: Row }
  /** Not saved: the record is gone, or someone saved it after `version`. */
  | { outcome: 'stale' }
  /** Not saved: the plan answered instead (a rule refused the change, or nothing had changed). */
  | { outcome: 'answered'; state: FormState };

/** What to write, or the answer to give without writing. */
export type UpdatePlan<M extends VersionedModel> = { data: Models[M]['update'] } | { answer: FormState };

/**
 * The version-checked update. Reads the record and refuses, changing nothing, unless it is stored at `version`;
 * `plan` then sees the stored record and gives the columns to write or an answer. The write's where clause names the
 * version too, so that a concurrent writer is refused by the write itself. The record is read again and its
 * revision recorded in the same transaction.
 */
export async function updateVersioned<M extends VersionedModel>(
  transaction: Prisma.TransactionClient,
  model: M,
  change: { id: number; version: number; user: SessionUser; action?: 'update' | 'restore' },
  plan: (before: Models[M]['row']) => Promise<UpdatePlan<M>> | UpdatePlan<M>,
): Promise<VersionedUpdate<Models[M]['row']>> {
  const { id, version } = change;
  const delegate = delegateOf(transaction, model);
  const before = await delegate.findUnique({ where: { id } });
  if (!before || before.version !== version) return { outcome: 'stale' };
  const planned = await plan(before);
  if ('answer' in planned) return { outcome: 'answered', state: planned.answer };
  const written = await delegate.updateMany({ where: { id, version }, data: { ...planned.data, version: { increment: 1 } } });
  if (written.count !== 1) return { outcome: 'stale' };
  const after = await delegate.findUniqueOrThrow({ where: { id } });
  await recordRevision(transaction, { entityType: ENTITY_TYPES[model], entityId: id, action: change.action ?? 'update', before, after, userId: change.user.id });
  return { outcome: 'written', before, after };
}

/** The refusal of a stale save, naming what changed since `version` and who changed it. */
export async function conflictAnswer(
  transaction: Prisma.TransactionClient,
  model: Exclude<VersionedModel, 'figure'>,
  stale: { id: number; version: number; values: FormValues; labels: Record<string, string>; display: (field: string, value: unknown) => string },
): Promise<FormState> {
  const current = await delegateOf(transaction, model).findUnique({ where: { id: stale.id } });
  const conflict = await describeConflict(transaction, {
    entityType: ENTITY_TYPES[model],
    id: stale.id,
    baseVersion: stale.version,
    current,
    labels: stale.labels,
    display: stale.display,
  });
  return { status: 'conflict', message: `Someone else saved this ${model} while you were editing it, so nothing was saved.`, conflict, values: stale.values };
}

/** The answer to a save that was written. */
export function savedAnswer(after: { id: number; version: number }, message = 'Saved.'): FormState {
  return { status: 'saved', message, id: after.id, version: after.version };
}
