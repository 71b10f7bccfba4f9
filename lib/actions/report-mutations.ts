import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { hashReportBody } from '@/lib/reports/body-hash';
import { recordRevision } from '@/lib/revisions/record';
import { fieldErrorsOf } from '@/lib/validation/fields';
import { createReportSchema, updateReportSchema, type ReportInput } from '@/lib/validation/report';
import { describeConflict, displayPlainValue } from './conflict';
import { queueProposals } from '@/lib/review/proposals';
import { locateRawText } from './figure-rules';
import { invalid, type FormState, type FormValues } from './form-state';

/**
 * Report mutations: create and edit, each with its revision in the same transaction; edits are version-checked.
 * A new report's figures are proposed by the extractor and queued for review in the same transaction.
 * When an edit changes the body, every figure of the report is found again in the new text (its offsets move,
 * each with a figure revision); an edit that would lose a figure's number is refused.
 */
const REPORT_LABELS = { title: 'Title', outlet: 'Outlet', publishedAt: 'Published on', url: 'URL', language: 'Language', body: 'Text' };

function columnsOf(input: ReportInput) {
  return { ...input, publishedAt: new Date(`${input.publishedAt}T00:00:00Z`), bodyHash: hashReportBody(input.body) };
}

function duplicateMessage(id: number): string {
  return `This text is already stored as report #${id}`;
}

export async function createReport(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = createReportSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const columns = columnsOf(parsed.data);
  return database.$transaction(async (transaction) => {
    const duplicate = await transaction.report.findUnique({ where: { bodyHash: columns.bodyHash } });
    if (duplicate) return { ...invalid(values, { body: [duplicateMessage(duplicate.id)] }), existingId: duplicate.id };
    const created = await transaction.report.create({ data: columns });
    await recordRevision(transaction, { entityType: 'Report', entityId: created.id, action: 'create', before: null, after: created, userId: user.id });
    const proposed = await queueProposals(transaction, created.id, created.body);
    return { status: 'saved', message: `Report created; ${proposed} figure(s) proposed for review.`, id: created.id, version: created.version };
  });
}

export async function updateReport(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = updateReportSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const { id, version, ...input } = parsed.data;
  const columns = columnsOf(input);
  return database.$transaction(async (transaction) => {
    const before = await transaction.report.findUnique({ where: { id } });
    const refuse = async (): Promise<FormState> => {
      const current = await transaction.report.findUnique({ where: { id } });
      const display = (field: string, value: unknown) =>
        field === 'publishedAt' && typeof value === 'string' ? value.slice(0, 10) : field === 'body' ? 'changed (see the text below)' : displayPlainValue(field, value);
      const conflict = await describeConflict(transaction, { entityType: 'Report', id, baseVersion: version, current, labels: REPORT_LABELS, display });
      return { status: 'conflict', message: 'Someone else saved this report while you were editing it, so nothing was saved.', conflict, values };
    };
    if (!before || before.version !== version) return refuse();
    const duplicate = await transaction.report.findUnique({ where: { bodyHash: columns.bodyHash } });
    if (duplicate && duplicate.id !== id) return invalid(values, { body: [duplicateMessage(duplicate.id)] });

    const moved = [];
    if (columns.body !== before.body) {
      const lost = [];
      for (const figure of await transaction.figure.findMany({ where: { reportId: id }, orderBy: { start: 'asc' } })) {
        const offsets = locateRawText(columns.body, figure.rawText, figure.quote);
        if (!offsets) lost.push(`#${figure.id} “${figure.rawText}”`);
        else if (offsets.start !== figure.start) moved.push({ figure, offsets });
      }
      if (lost.length > 0) {
        return invalid(values, { body: [`The new text no longer contains figure ${lost.join(', ')}; edit or delete those figures first`] });
      }
    }

    const written = await transaction.report.updateMany({ where: { id, version }, data: { ...columns, version: { increment: 1 } } });
    if (written.count !== 1) return refuse();
    const after = await transaction.report.findUniqueOrThrow({ where: { id } });
    await recordRevision(transaction, { entityType: 'Report', entityId: id, action: 'update', before, after, userId: user.id });
    for (const { figure, offsets } of moved) {
      const updated = await transaction.figure.update({ where: { id: figure.id }, data: { ...offsets, version: { increment: 1 } } });
      await recordRevision(transaction, { entityType: 'Figure', entityId: figure.id, action: 'update', before: figure, after: updated, userId: user.id });
    }
    return { status: 'saved', message: moved.length ? `Saved; ${moved.length} figure(s) found again in the new text.` : 'Saved.', id, version: after.version };
  });
}
