import type { Prisma } from '@/lib/generated/prisma/client';
import { FIGURE_FIELD_LABELS } from '@/lib/validation/figure';
import { describeConflict, displayPlainValue } from './conflict';
import type { ConflictReport } from '@/lib/forms/form-state';
import { toDateString } from '@/lib/format/dates';

type Transaction = Prisma.TransactionClient;

/** A stored figure field as a person reads it: names for linked records, days for dates. */
export async function displayFigureValue(transaction: Transaction, field: string, value: unknown): Promise<string> {
  if (typeof value === 'number') {
    if (field === 'sourceId') return (await transaction.source.findUnique({ where: { id: value } }))?.name ?? `source #${value}`;
    if (field === 'placeId') return (await transaction.place.findUnique({ where: { id: value } }))?.name ?? `place #${value}`;
    if (field === 'reportId') return (await transaction.report.findUnique({ where: { id: value } }))?.title ?? `report #${value}`;
    if (field === 'partOfId') {
      const whole = await transaction.figure.findUnique({ where: { id: value } });
      return whole ? `#${whole.id} “${whole.rawText}”` : `figure #${value}`;
    }
  }
  if (field === 'date' && typeof value === 'string') return toDateString(value);
  return displayPlainValue(field, value);
}

// Offsets follow from the number as written; listing them would only repeat that change.
const { start: _start, end: _end, ...CONFLICT_LABELS } = FIGURE_FIELD_LABELS;

export function describeFigureConflict(
  transaction: Transaction,
  figureId: number,
  baseVersion: number,
  current: Record<string, unknown> | null,
): Promise<ConflictReport> {
  return describeConflict(transaction, {
    entityType: 'Figure',
    id: figureId,
    baseVersion,
    current,
    labels: CONFLICT_LABELS,
    display: (field, value) => displayFigureValue(transaction, field, value),
  });
}
