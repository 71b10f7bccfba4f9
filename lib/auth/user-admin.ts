import { z } from 'zod';
import type { PrismaClient } from '@/lib/db/connect';
import { fieldErrorsOf, requiredId, type FieldErrors } from '@/lib/validation/fields';
import { PASSWORD_LIMITS } from '@/lib/validation/user';
import { hashPassword } from './password';
import type { SessionUser } from './users';

/**
 * What an administrator does to another user's account: set a new password, disable it, enable it again.
 * Each ends every session of that user at once. An administrator never does these to their own account
 * (their own password is changed under "Your account", with the current one).
 */

const resetPasswordSchema = z
  .object({
    userId: requiredId('User'),
    newPassword: z
      .string({ error: 'Choose a password' })
      .min(PASSWORD_LIMITS.min, `A password needs at least ${PASSWORD_LIMITS.min} characters`)
      .max(PASSWORD_LIMITS.max, `A password must be at most ${PASSWORD_LIMITS.max} characters`),
    confirmPassword: z.string({ error: 'Repeat the new password' }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ' });

const setDisabledSchema = z.object({
  userId: requiredId('User'),
  disabled: z.enum(['true', 'false'], { error: 'Say whether to disable or enable the user' }),
});

export type UserAdminResult = { ok: true; email: string } | { ok: false; message?: string; fieldErrors?: FieldErrors };

async function otherUser(database: PrismaClient, admin: SessionUser, userId: number) {
  if (userId === admin.id) return { error: 'This is your own account: change your password under “Your account”.' };
  const user = await database.user.findUnique({ where: { id: userId } });
  return user ? { user } : { error: 'That user no longer exists.' };
}

/** Gives another user a new password chosen by the administrator; their sessions end. */
export async function resetUserPassword(database: PrismaClient, admin: SessionUser, input: Record<string, unknown>): Promise<UserAdminResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const found = await otherUser(database, admin, parsed.data.userId);
  if (!found.user) return { ok: false, message: found.error };
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await database.$transaction([
    database.user.update({ where: { id: found.user.id }, data: { passwordHash } }),
    database.session.deleteMany({ where: { userId: found.user.id } }),
  ]);
  return { ok: true, email: found.user.email };
}

/** Disables another user (they cannot sign in, and their sessions end) or enables them again. */
export async function setUserDisabled(
  database: PrismaClient,
  admin: SessionUser,
  input: Record<string, unknown>,
  now: Date = new Date(),
): Promise<UserAdminResult> {
  const parsed = setDisabledSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const found = await otherUser(database, admin, parsed.data.userId);
  if (!found.user) return { ok: false, message: found.error };
  const disable = parsed.data.disabled === 'true';
  await database.$transaction([
    database.user.update({ where: { id: found.user.id }, data: { disabledAt: disable ? now : null } }),
    database.session.deleteMany({ where: { userId: found.user.id } }),
  ]);
  return { ok: true, email: found.user.email };
}
