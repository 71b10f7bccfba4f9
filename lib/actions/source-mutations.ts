import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { recordRevision } from '@/lib/revisions/record';
import { fieldErrorsOf } from '@/lib/validation/fields';
import { createSourceSchema, updateSourceSchema } from '@/lib/validation/source';
import { describeConflict, displayPlainValue } from './conflict';
import { invalid, type FormState, type FormValues } from './form-state';
import { findNamesakeId } from './namesake';

/** Source mutations: create and edit, each with its revision in the same transaction; edits are version-checked. */
const SOURCE_LABELS = { name: 'Name', shortName: 'Short name', kind: 'Kind', description: 'Description', aliases: 'Aliases' };
const NAME_TAKEN = 'Another source already has this name';

export async function createSource(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = createSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  return database.$transaction(async (transaction) => {
    if ((await findNamesakeId(transaction, 'Source', parsed.data.name, null)) !== null) return invalid(values, { name: [NAME_TAKEN] });
    const created = await transaction.source.create({ data: parsed.data });
    await recordRevision(transaction, { entityType: 'Source', entityId: created.id, action: 'create', before: null, after: created, userId: user.id });
    return { status: 'saved', message: 'Source created.', id: created.id, version: created.version };
  });
}

export async function updateSource(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = updateSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const { id, version, ...input } = parsed.data;
  return database.$transaction(async (transaction) => {
    const before = await transaction.source.findUnique({ where: { id } });
    const refuse = async (): Promise<FormState> => {
      const current = await transaction.source.findUnique({ where: { id } });
      const conflict = await describeConflict(transaction, { entityType: 'Source', id, baseVersion: version, current, labels: SOURCE_LABELS, display: displayPlainValue });
      return { status: 'conflict', message: 'Someone else saved this source while you were editing it, so nothing was saved.', conflict, values };
    };
    if (!before || before.version !== version) return refuse();
    if ((await findNamesakeId(transaction, 'Source', input.name, id)) !== null) return invalid(values, { name: [NAME_TAKEN] });
    const written = await transaction.source.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } });
    if (written.count !== 1) return refuse();
    const after = await transaction.source.findUniqueOrThrow({ where: { id } });
    await recordRevision(transaction, { entityType: 'Source', entityId: id, action: 'update', before, after, userId: user.id });
    return { status: 'saved', message: 'Saved.', id, version: after.version };
  });
}
