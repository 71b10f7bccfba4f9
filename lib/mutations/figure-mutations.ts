/**
 * Figure mutations, independent of Next: each takes the database, the signed-in user and the form's values,
 * validates them (zod, then the database rules), writes the change and its revision in one transaction, and
 * returns the form's state. Updates, deletes and restores name the version they were based on and are refused,
 * changing nothing, when someone saved in between.
 */
import type { SessionUser } from '@/lib/auth/users';
import { parseId } from '@/lib/data/ids';
import type { PrismaClient } from '@/lib/db/connect';
import type { Figure, Prisma } from '@/lib/generated/prisma/client';
import { readSnapshot, recordRevision, type RevisionAction } from '@/lib/revisions/record';
import { createFigureSchema, FIGURE_FIELDS, updateFigureSchema, type FigureInput } from '@/lib/validation/figure';
import { fieldErrorsOf, versionField } from '@/lib/validation/fields';
import { describeFigureConflict } from './figure-conflict';
import { checkFigureAgainstDatabase, locateRawText, type Offsets } from './figure-database-rules';
import { invalid, type FormState, type FormValues } from '@/lib/forms/form-state';
import { createWithRevision, savedAnswer, updateVersioned } from './versioned-write';
import { toDateString } from '@/lib/format/dates';
import { storedValueText } from '@/lib/format/stored-value';

const CONFLICT_MESSAGE = 'Someone else saved this figure while you were editing it, so nothing was saved.';

function columnsOf(input: FigureInput, offsets: Offsets) {
  return {
    category: input.category,
    qualifier: input.qualifier,
    value: input.value,
    low: input.low,
    high: input.high,
    rawText: input.rawText,
    quote: input.quote,
    counted: input.counted,
    date: input.date ? new Date(`${input.date}T00:00:00Z`) : null,
    grade: input.grade,
    reportId: input.reportId,
    sourceId: input.sourceId,
    placeId: input.placeId,
    partOfId: input.partOfId,
    start: offsets.start,
    end: offsets.end,
  };
}

function hasChanges(before: Figure, columns: ReturnType<typeof columnsOf>): boolean {
  return FIGURE_FIELDS.some((field) => {
    const was = before[field];
    const now = columns[field];
    return (was instanceof Date ? was.getTime() : was) !== (now instanceof Date ? now.getTime() : now);
  });
}

/** A save or delete of a figure that is not there: deleted meanwhile (its history says so) or never stored. */
async function missingState(transaction: Prisma.TransactionClient | PrismaClient, figureId: number, values: FormValues): Promise<FormState> {
  const deletion = await transaction.revision.findFirst({ where: { entityType: 'Figure', entityId: figureId, action: 'delete' }, select: { id: true } });
  const message = deletion
    ? 'Someone else deleted this figure while you were editing it, so nothing was saved.'
    : `There is no figure #${figureId}, so nothing was saved.`;
  return { status: 'missing', message, values };
}

async function conflictState(transaction: Prisma.TransactionClient, figureId: number, baseVersion: number, values: FormValues): Promise<FormState> {
  const current = await transaction.figure.findUnique({ where: { id: figureId } });
  if (!current) return missingState(transaction, figureId, values);
  const conflict = await describeFigureConflict(transaction, figureId, baseVersion, current);
  return { status: 'conflict', message: CONFLICT_MESSAGE, conflict, values };
}

/** Creates a figure from the form and writes its creation revision. */
export async function createFigure(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = createFigureSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  return database.$transaction(async (transaction) => {
    const { errors, offsets } = await checkFigureAgainstDatabase(transaction, parsed.data, null);
    if (Object.keys(errors).length > 0 || !offsets) return invalid(values, errors);
    const created = await insertFigure(transaction, user, parsed.data, offsets);
    return { status: 'saved', message: 'Figure created.', id: created.id, version: created.version };
  });
}

/** Writes a checked new figure and its creation revision, inside the caller's transaction. */
export async function insertFigure(transaction: Prisma.TransactionClient, user: SessionUser, input: FigureInput, offsets: Offsets): Promise<Figure> {
  return createWithRevision(transaction, 'figure', columnsOf(input, offsets), user);
}

/** Saves an edit of a figure, unless someone saved it since the version the form was based on. */
export async function updateFigure(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  return saveFigureVersion(database, user, values, 'update');
}

async function saveFigureVersion(
  database: PrismaClient,
  user: SessionUser,
  values: FormValues,
  action: Extract<RevisionAction, 'update' | 'restore'>,
  keepOffsets?: Offsets,
): Promise<FormState> {
  const parsed = updateFigureSchema.safeParse(values);
  if (!parsed.success) {
    // A save of a figure that is not there says so, whatever else is wrong with the input.
    const id = parseId(values.id ?? '');
    if (id !== null && !(await database.figure.findUnique({ where: { id }, select: { id: true } }))) return missingState(database, id, values);
    return invalid(values, fieldErrorsOf(parsed.error));
  }
  const { id, version, ...input } = parsed.data;

  return database.$transaction(async (transaction) => {
    const result = await updateVersioned(transaction, 'figure', { id, version, user, action }, async (before) => {
      const { errors, offsets } = await checkFigureAgainstDatabase(transaction, input, before);
      if (Object.keys(errors).length > 0 || !offsets) return { answer: invalid(values, errors) };
      const columns = columnsOf(input, keepOffsets ?? offsets);
      if (!hasChanges(before, columns)) return { answer: { status: 'saved', message: 'Nothing had changed; nothing was saved.', id, version } };
      return { data: columns };
    });
    if (result.outcome === 'stale') return conflictState(transaction, id, version, values);
    if (result.outcome === 'answered') return result.state;
    return savedAnswer(result.after, action === 'restore' ? 'Earlier version restored.' : 'Saved.');
  });
}

function parseIdAndVersion(values: FormValues): { id: number; version: number } | null {
  const id = parseId(values.id ?? '');
  const version = versionField.safeParse(values.version);
  return id !== null && version.success ? { id, version: version.data } : null;
}

/** Deletes a figure (its parts stop pointing at it, each with its own revision). */
export async function deleteFigure(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const target = parseIdAndVersion(values);
  if (!target) return { status: 'refused', message: 'The form lost the figure or its version; reload the page.', values };
  return database.$transaction(async (transaction) => {
    const before = await transaction.figure.findUnique({ where: { id: target.id } });
    if (!before || before.version !== target.version) return conflictState(transaction, target.id, target.version, values);
    const parts = await transaction.figure.findMany({ where: { partOfId: target.id } });
    for (const part of parts) {
      const unlinked = await transaction.figure.update({ where: { id: part.id }, data: { partOfId: null, version: { increment: 1 } } });
      await recordRevision(transaction, { entityType: 'Figure', entityId: part.id, action: 'update', before: part, after: unlinked, userId: user.id });
    }
    const deleted = await transaction.figure.deleteMany({ where: { id: target.id, version: target.version } });
    if (deleted.count !== 1) return conflictState(transaction, target.id, target.version, values);
    await recordRevision(transaction, { entityType: 'Figure', entityId: target.id, action: 'delete', before, after: null, userId: user.id });
    return { status: 'saved', message: `Figure #${target.id} “${before.rawText}” deleted.`, id: target.id };
  });
}

/** The form values a stored snapshot stands for, so a restore goes through every rule an edit does. */
function snapshotToValues(snapshot: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of FIGURE_FIELDS) {
    const value = snapshot[field];
    values[field] = value === null || value === undefined ? '' : field === 'date' ? toDateString(storedValueText(value)) : storedValueText(value);
  }
  return values;
}

/**
 * Restores a figure to the state recorded by one of its revisions, as a new revision ("restore"), based on the
 * version the page showed.
 */
export async function restoreFigureRevision(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const target = parseIdAndVersion(values);
  const revisionId = parseId(values.revisionId ?? '');
  if (!target || revisionId === null) return { status: 'refused', message: 'The form lost the version to restore; reload the page.' };
  const revision = await database.revision.findFirst({ where: { id: revisionId, entityType: 'Figure', entityId: target.id } });
  const snapshot = revision ? readSnapshot(revision.after ?? revision.before) : null;
  if (!snapshot) return { status: 'refused', message: 'That version of the figure was not found.' };
  const restoredValues = { ...snapshotToValues(snapshot), id: String(target.id), version: String(target.version) };

  // The snapshot's own offsets are kept when they still point at its number in the report body.
  const report = await database.report.findUnique({ where: { id: Number(snapshot.reportId) }, select: { body: true } });
  const start = Number(snapshot.start);
  const end = Number(snapshot.end);
  const keepOffsets =
    report && report.body.slice(start, end) === snapshot.rawText ? { start, end } : report ? (locateRawText(report.body, String(snapshot.rawText), String(snapshot.quote)) ?? undefined) : undefined;

  const result = await saveFigureVersion(database, user, restoredValues, 'restore', keepOffsets);
  if (result.status === 'invalid') {
    const problems = Object.values(result.fieldErrors ?? {}).flat().join(' ');
    return { status: 'refused', message: `This version cannot be restored as it is: ${problems}` };
  }
  if (result.status === 'conflict') return { ...result, values: undefined };
  return result;
}
