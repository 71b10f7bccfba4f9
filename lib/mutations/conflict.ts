import type { Prisma } from '@/lib/generated/prisma/client';
import { readSnapshot, type RevisionEntity, type Snapshot } from '@/lib/revisions/record';
import type { ChangedField, ConflictReport } from '@/lib/forms/form-state';
import { storedValueText } from '@/lib/format/stored-value';

/**
 * Explains a refused save: which fields someone changed since the version the form was based on, their value
 * now, and who changed them, read from the revisions written since that version.
 */
function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

export async function describeConflict(
  transaction: Prisma.TransactionClient,
  record: {
    entityType: RevisionEntity;
    id: number;
    baseVersion: number;
    current: Snapshot | null;
    labels: Record<string, string>;
    display: (field: string, value: unknown) => Promise<string> | string;
  },
): Promise<ConflictReport> {
  const revisions = await transaction.revision.findMany({
    where: { entityType: record.entityType, entityId: record.id },
    orderBy: { id: 'asc' },
    include: { user: { select: { name: true, email: true } } },
  });
  const withSnapshots = revisions.map((revision) => ({ ...revision, snapshot: readSnapshot(revision.after) }));
  const base = withSnapshots.find((revision) => revision.snapshot?.version === record.baseVersion)?.snapshot ?? null;
  const since = withSnapshots.filter((revision) => {
    const version = revision.snapshot?.version;
    return revision.action === 'delete' || (typeof version === 'number' && version > record.baseVersion);
  });

  const changes: ChangedField[] = [];
  if (record.current) {
    for (const [field, label] of Object.entries(record.labels)) {
      const now = comparable(record.current[field]);
      // Without the base snapshot (history lost) every field is listed with its current value.
      if (base && comparable(base[field]) === now) continue;
      changes.push({ field, label, current: await record.display(field, now) });
    }
  }
  return {
    changedBy: [...new Set(since.map((revision) => revision.user?.name ?? revision.user?.email ?? 'the system'))],
    changedAt: since.at(-1)?.createdAt.toISOString() ?? null,
    currentVersion: typeof record.current?.version === 'number' ? record.current.version : record.baseVersion,
    changes,
    deleted: record.current === null,
  };
}

/** A plain stored value as a person reads it. */
export function displayPlainValue(_field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'number') return value.toLocaleString('en');
  return storedValueText(value);
}
