'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { endSession, getClientAddress, getCurrentUser, startSession } from '@/lib/auth/session';
import { safeReturnPath } from '@/lib/auth/return-path';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { resetUserPassword, setUserDisabled, type UserAdminResult } from '@/lib/auth/user-admin';
import { changePassword, createUser } from '@/lib/auth/users';
import { prisma } from '@/lib/db/prisma';
import { formValuesOf, invalid, type FormState, type FormValues } from '@/lib/forms/form-state';
import { runFormAction, SIGNED_OUT_MESSAGE } from './run-form-action';

/** Signs in with email and password (rate-limited); the password is never sent back to the form. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { email = '', password = '', next = '' } = formValuesOf(formData);
  const result = await attemptSignIn(prisma, { email, password }, await getClientAddress());
  if (!result.ok) return { status: 'refused', message: result.message, fieldErrors: result.fieldErrors, values: { email, next } };
  await startSession(result.user);
  redirect(safeReturnPath(next));
}

/** Ends this browser's session on the server, so a copy of its cookie no longer works either. */
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect('/admin/login?signedOut=1');
}

/** Changes the signed-in user's own password; every session of theirs ends, and this browser gets a new one. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'refused', message: SIGNED_OUT_MESSAGE };
  const result = await changePassword(prisma, user, formValuesOf(formData));
  if (!result.ok) return invalid({}, result.fieldErrors);
  await startSession(user);
  return { status: 'saved', message: 'Your password was changed. Your other sessions have been signed out.' };
}

const adminContext = { readUser: getCurrentUser, database: prisma, afterWrite: () => undefined };
/** The users pages show who is disabled: after a change they are rendered again. */
const userPagesContext = { ...adminContext, afterWrite: () => revalidatePath('/admin/users', 'layout') };

/** Adds a user (administrators only). */
export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    adminContext,
    async (database, _user, values) => {
      const result = await createUser(database, values);
      if (!result.ok) return invalid({ ...values, password: '' }, result.fieldErrors);
      return { status: 'saved', message: `${result.user.email} can now sign in as ${result.user.role}.`, id: result.user.id };
    },
    formData,
    { role: 'admin' },
  );
}

function userAdminState(result: UserAdminResult, values: FormValues, saved: (email: string) => string): FormState {
  const typed = { ...values, newPassword: '', confirmPassword: '' };
  if (result.ok) return { status: 'saved', message: saved(result.email) };
  if (result.fieldErrors) return invalid(typed, result.fieldErrors);
  return { status: 'refused', message: result.message, values: typed };
}

/** Sets another user's password (administrators only); their sessions end. */
export async function resetUserPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    adminContext,
    async (database, admin, values) =>
      userAdminState(await resetUserPassword(database, admin, values), values, (email) => `${email} has a new password; their sessions have ended.`),
    formData,
    { role: 'admin' },
  );
}

/** Disables another user, ending their sessions, or enables them again (administrators only). */
export async function setUserDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    userPagesContext,
    async (database, admin, values) =>
      userAdminState(await setUserDisabled(database, admin, values), values, (email) =>
        values.disabled === 'true' ? `${email} is disabled: they cannot sign in, and their sessions have ended.` : `${email} can sign in again.`,
      ),
    formData,
    { role: 'admin' },
  );
}
