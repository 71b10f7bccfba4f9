import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { fieldErrorsOf } from '@/lib/validation/fields';
import { createSourceSchema, updateSourceSchema } from '@/lib/validation/source';
import { displayPlainValue } from './conflict';
import { invalid, type FormState, type FormValues } from '@/lib/forms/form-state';
import { findNamesakeId } from './namesake';
import { conflictAnswer, createWithRevision, savedAnswer, updateVersioned } from './versioned-write';

/** Source mutations: create and edit, each with its revision in the same transaction; edits are version-checked. */
const SOURCE_LABELS = { name: 'Name', shortName: 'Short name', kind: 'Kind', description: 'Description', aliases: 'Aliases' };
const NAME_TAKEN = 'Another source already has this name';

export async function createSource(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = createSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  return database.$transaction(async (transaction) => {
    if ((await findNamesakeId(transaction, 'Source', parsed.data.name, null)) !== null) return invalid(values, { name: [NAME_TAKEN] });
    return savedAnswer(await createWithRevision(transaction, 'source', parsed.data, user), 'Source created.');
  });
}

export async function updateSource(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = updateSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const { id, version, ...input } = parsed.data;
  return database.$transaction(async (transaction) => {
    const result = await updateVersioned(transaction, 'source', { id, version, user }, async () =>
      (await findNamesakeId(transaction, 'Source', input.name, id)) !== null ? { answer: invalid(values, { name: [NAME_TAKEN] }) } : { data: input },
    );
    if (result.outcome === 'written') return savedAnswer(result.after);
    if (result.outcome === 'answered') return result.state;
    return conflictAnswer(transaction, 'source', { id, version, values, labels: SOURCE_LABELS, display: displayPlainValue });
  });
}
