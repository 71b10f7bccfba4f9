/**
 * Report mutations: create and edit, each with its revision in the same transaction; edits are version-checked.
 * A new report's figures are proposed by the extractor and queued for review in the same transaction.
 * When an edit changes the body, every figure of the report is found again in the new text (its offsets move,
 * each with a figure revision); an edit that would lose a figure's number is refused.
 */
import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { toDateString } from '@/lib/format/dates';
import type { Figure } from '@/lib/generated/prisma/client';
import { hashReportBody } from '@/lib/reports/body-hash';
import { recordRevision } from '@/lib/revisions/record';
import { fieldErrorsOf } from '@/lib/validation/fields';
import { createReportSchema, updateReportSchema, type ReportInput } from '@/lib/validation/report';
import { displayPlainValue } from './conflict';
import { queueProposals } from '@/lib/review/proposals';
import { locateRawText, type Offsets } from './figure-database-rules';
import { conflictAnswer, createWithRevision, savedAnswer, updateVersioned } from './versioned-write';
import { invalid, type FormState, type FormValues } from '@/lib/forms/form-state';

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
    const created = await createWithRevision(transaction, 'report', columns, user);
    const proposed = await queueProposals(transaction, created.id, created.body);
    return savedAnswer(created, `Report created; ${proposed} figure(s) proposed for review.`);
  });
}

function displayReportValue(field: string, value: unknown): string {
  if (field === 'publishedAt' && typeof value === 'string') return toDateString(value);
  return field === 'body' ? 'changed (see the text below)' : displayPlainValue(field, value);
}

export async function updateReport(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = updateReportSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const { id, version, ...input } = parsed.data;
  const columns = columnsOf(input);
  return database.$transaction(async (transaction) => {
    const moved: Array<{ figure: Figure; offsets: Offsets }> = [];
    const result = await updateVersioned(transaction, 'report', { id, version, user }, async (before) => {
      const duplicate = await transaction.report.findUnique({ where: { bodyHash: columns.bodyHash } });
      if (duplicate && duplicate.id !== id) return { answer: invalid(values, { body: [duplicateMessage(duplicate.id)] }) };
      if (columns.body === before.body) return { data: columns };
      const lost = [];
      for (const figure of await transaction.figure.findMany({ where: { reportId: id }, orderBy: { start: 'asc' } })) {
        const offsets = locateRawText(columns.body, figure.rawText, figure.quote);
        if (!offsets) lost.push(`#${figure.id} “${figure.rawText}”`);
        else if (offsets.start !== figure.start) moved.push({ figure, offsets });
      }
      if (lost.length > 0) {
        return { answer: invalid(values, { body: [`The new text no longer contains figure ${lost.join(', ')}; edit or delete those figures first`] }) };
      }
      return { data: columns };
    });
    if (result.outcome === 'answered') return result.state;
    if (result.outcome === 'stale') return conflictAnswer(transaction, 'report', { id, version, values, labels: REPORT_LABELS, display: displayReportValue });
    // The report's figures keep pointing at their numbers in the new text, each move with its figure revision.
    for (const { figure, offsets } of moved) {
      const updated = await transaction.figure.update({ where: { id: figure.id }, data: { ...offsets, version: { increment: 1 } } });
      await recordRevision(transaction, { entityType: 'Figure', entityId: figure.id, action: 'update', before: figure, after: updated, userId: user.id });
    }
    return savedAnswer(result.after, moved.length ? `Saved; ${moved.length} figure(s) found again in the new text.` : 'Saved.');
  });
}
