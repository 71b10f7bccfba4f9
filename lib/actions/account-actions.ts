'use server';

import { redirect } from 'next/navigation';
import { endSession, getClientAddress, getCurrentUser, startSession } from '@/lib/auth/session';
import { safeReturnPath } from '@/lib/auth/return-path';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { changePassword, createUser } from '@/lib/auth/users';
import { prisma } from '@/lib/db/prisma';
import { formValuesOf, invalid, type FormState } from './form-state';
import { runFormAction, SIGNED_OUT_MESSAGE } from './run-form-action';

/** Signs in with email and password (rate-limited); the password is never sent back to the form. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { email = '', password = '', next = '' } = formValuesOf(formData);
  const result = await attemptSignIn(prisma, { email, password }, await getClientAddress());
  if (!result.ok) return { status: 'refused', message: result.message, fieldErrors: result.fieldErrors, values: { email, next } };
  await startSession(result.user, result.passwordStamp);
  redirect(safeReturnPath(next));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect('/admin/login?signedOut=1');
}

/** Changes the signed-in user's own password; this session stays signed in, every other one ends. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'refused', message: SIGNED_OUT_MESSAGE };
  const result = await changePassword(prisma, user, formValuesOf(formData));
  if (!result.ok) return invalid({}, result.fieldErrors);
  await startSession(user, result.passwordStamp);
  return { status: 'saved', message: 'Your password was changed. Other sessions of yours have been signed out.' };
}

/** Adds a user (administrators only). */
export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const context = { readUser: getCurrentUser, database: prisma, afterWrite: () => undefined };
  return runFormAction(
    context,
    async (database, _user, values) => {
      const result = await createUser(database, values);
      if (!result.ok) return invalid({ ...values, password: '' }, result.fieldErrors);
      return { status: 'saved', message: `${result.user.email} can now sign in as ${result.user.role}.`, id: result.user.id };
    },
    formData,
    { role: 'admin' },
  );
}
