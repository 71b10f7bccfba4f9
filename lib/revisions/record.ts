import type { Prisma } from '@/lib/generated/prisma/client';

export type RevisionEntity = 'Figure' | 'Report' | 'Source' | 'Place';
export type RevisionAction = 'create' | 'update' | 'delete' | 'restore';

/** A record as a revision keeps it: its own columns, dates as ISO strings. */
export type Snapshot = Record<string, unknown>;

/** A snapshot as stored in a revision. */
export function snapshotOf(record: object | null): string | null {
  return record === null ? null : JSON.stringify(record);
}

/** A stored snapshot read back; null for none (the `before` of a creation, the `after` of a deletion). */
export function readSnapshot(json: string | null): Snapshot | null {
  return json === null ? null : (JSON.parse(json) as Snapshot);
}

/**
 * Writes one revision. Call it with the transaction client of the change itself, so a change and its
 * history are saved together or not at all.
 */
export async function recordRevision(
  transaction: Prisma.TransactionClient,
  change: {
    entityType: RevisionEntity;
    entityId: number;
    action: RevisionAction;
    before: object | null;
    after: object | null;
    userId: number | null;
  },
): Promise<void> {
  await transaction.revision.create({
    data: {
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      before: snapshotOf(change.before),
      after: snapshotOf(change.after),
      userId: change.userId,
    },
  });
}
