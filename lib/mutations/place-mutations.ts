import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import type { Prisma } from '@/lib/generated/prisma/client';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/fields';
import { createPlaceSchema, updatePlaceSchema, type PlaceInput } from '@/lib/validation/place';
import { displayPlainValue } from './conflict';
import { invalid, type FormState, type FormValues } from '@/lib/forms/form-state';
import { findNamesakeId } from './namesake';
import { conflictAnswer, createWithRevision, savedAnswer, updateVersioned } from './versioned-write';

/** Place mutations: create and edit, each with its revision in the same transaction; edits are version-checked. */
const PLACE_LABELS = { name: 'Name', parentId: 'Parent place', adminCode: 'Admin code', latitude: 'Latitude', longitude: 'Longitude' };

async function checkPlace(transaction: Prisma.TransactionClient, input: PlaceInput, id: number | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if ((await findNamesakeId(transaction, 'Place', input.name, id)) !== null) errors.name = ['Another place already has this name'];
  // Walk up from the chosen parent: it must exist and must not be this place or one inside it.
  let ancestorId: number | null = input.parentId;
  for (let steps = 0; ancestorId !== null && steps < 10_000; steps += 1) {
    const ancestor: { id: number; parentId: number | null } | null = await transaction.place.findUnique({
      where: { id: ancestorId },
      select: { id: true, parentId: true },
    });
    if (!ancestor) {
      errors.parentId = ['That place does not exist (any more); choose another'];
      break;
    }
    if (ancestor.id === id) {
      errors.parentId = ['That place lies inside this one: choosing it would make a loop'];
      break;
    }
    ancestorId = ancestor.parentId;
  }
  return errors;
}

export async function createPlace(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = createPlaceSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  return database.$transaction(async (transaction) => {
    const errors = await checkPlace(transaction, parsed.data, null);
    if (Object.keys(errors).length > 0) return invalid(values, errors);
    return savedAnswer(await createWithRevision(transaction, 'place', parsed.data, user), 'Place created.');
  });
}

export async function updatePlace(database: PrismaClient, user: SessionUser, values: FormValues): Promise<FormState> {
  const parsed = updatePlaceSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const { id, version, ...input } = parsed.data;
  return database.$transaction(async (transaction) => {
    const result = await updateVersioned(transaction, 'place', { id, version, user }, async () => {
      const errors = await checkPlace(transaction, input, id);
      return Object.keys(errors).length > 0 ? { answer: invalid(values, errors) } : { data: input };
    });
    if (result.outcome === 'written') return savedAnswer(result.after);
    if (result.outcome === 'answered') return result.state;
    return conflictAnswer(transaction, 'place', { id, version, values, labels: PLACE_LABELS, display: displayPlainValue });
  });
}
