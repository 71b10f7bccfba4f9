import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import type { Role } from '@/lib/figures/vocabulary';
import { formValuesOf, type FormState, type FormValues } from '@/lib/forms/form-state';

/** What every mutation needs from its surroundings; server actions pass the live session, database and cache. */
export interface ActionContext {
  readUser: () => Promise<SessionUser | null>;
  database: PrismaClient;
  /** Called after a successful write (expires the cached figure pages). */
  afterWrite: () => void;
}

/** A mutation: validates its input, writes in one transaction with its revision, and returns the form's state. */
export type Mutation = (database: PrismaClient, user: SessionUser, values: FormValues) => Promise<FormState>;

export const SIGNED_OUT_MESSAGE = 'You are signed out, so nothing was saved. Sign in again in another tab, then save again: your input is kept.';

/**
 * The one gate every form action goes through (the auth-checked action wrapper): reads the signed-in user itself,
 * refuses anonymous calls and users without the required role before anything is parsed or written, runs the
 * mutation, and expires the cached pages after a successful write.
 */
export async function runFormAction(
  context: ActionContext,
  mutation: Mutation,
  input: FormData | FormValues,
  options: { role?: Role } = {},
): Promise<FormState> {
  const values = input instanceof FormData ? formValuesOf(input) : input;
  const user = await context.readUser();
  if (!user) return { status: 'refused', message: SIGNED_OUT_MESSAGE, values };
  if (options.role && user.role !== options.role) {
    return { status: 'refused', message: `Only an ${options.role} can do this; nothing was changed.`, values };
  }
  const result = await mutation(context.database, user, values);
  if (result.status === 'saved') context.afterWrite();
  return result;
}
