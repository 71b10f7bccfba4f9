import type { PrismaClient } from '@/lib/db/connect';
import { readSnapshot, type RevisionAction, type RevisionEntity } from '@/lib/revisions/record';

/** One entry of a record's history: who did what when, the record before and after, and the fields that changed. */
export interface RevisionView {
  id: number;
  action: RevisionAction;
  /** ISO date-time. */
  at: string;
  /** The user's name or email; null for changes made by the system (the seed). */
  who: string | null;
  userId: number | null;
  /** The record's version after this change (null for a delete). */
  version: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}

/** Bookkeeping columns that change with every write and say nothing about the figure itself. */
const IGNORED_FIELDS = new Set(['version', 'createdAt', 'updatedAt']);

export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): RevisionView['changes'] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((field) => !IGNORED_FIELDS.has(field))
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

/** Every revision of one record, newest first, as plain objects. */
export async function readHistory(database: PrismaClient, entityType: RevisionEntity, entityId: number): Promise<RevisionView[]> {
  const rows = await database.revision.findMany({
    where: { entityType, entityId },
    orderBy: { id: 'desc' },
    include: { user: { select: { name: true, email: true } } },
  });
  return rows.map((row) => {
    const before = readSnapshot(row.before);
    const after = readSnapshot(row.after);
    return {
      id: row.id,
      action: row.action as RevisionAction,
      at: row.createdAt.toISOString(),
      who: row.user ? (row.user.name ?? row.user.email) : null,
      userId: row.userId,
      version: typeof after?.version === 'number' ? after.version : null,
      before,
      after,
      changes: changedFields(before, after),
    };
  });
}
