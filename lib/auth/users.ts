import type { PrismaClient } from '@/lib/db/connect';
import type { Role } from '@/lib/figures/vocabulary';
import { createUserSchema, changePasswordSchema } from '@/lib/validation/user';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/fields';
import { generatePassword, hashPassword, verifyPassword } from './password';

/** The signed-in user as pages and actions see it. */
export interface SessionUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
}

export function toSessionUser(row: { id: number; email: string; name: string | null; role: string }): SessionUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role === 'admin' ? 'admin' : 'editor' };
}

export type CreateUserResult = { ok: true; user: SessionUser } | { ok: false; fieldErrors: FieldErrors };

/** Adds a user after validating email, role and password; a taken email is a field error. */
export async function createUser(database: PrismaClient, input: Record<string, unknown>): Promise<CreateUserResult> {
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, name, role, password } = parsed.data;
  if (await database.user.findUnique({ where: { email } })) {
    return { ok: false, fieldErrors: { email: ['A user with this email already exists'] } };
  }
  const created = await database.user.create({ data: { email, name, role, passwordHash: await hashPassword(password) } });
  return { ok: true, user: toSessionUser(created) };
}

export type ChangePasswordResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/**
 * Changes a user's own password; the current password must be given. Every session of the user ends, this one
 * too (a copy of its cookie would otherwise live on): the caller starts a new one for this browser.
 */
export async function changePassword(
  database: PrismaClient,
  user: SessionUser,
  input: Record<string, unknown>,
): Promise<ChangePasswordResult> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const stored = await database.user.findUnique({ where: { id: user.id } });
  if (!stored || !(await verifyPassword(parsed.data.currentPassword, stored.passwordHash))) {
    return { ok: false, fieldErrors: { currentPassword: ['The current password is not correct'] } };
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await database.$transaction([
    database.user.update({ where: { id: user.id }, data: { passwordHash } }),
    database.session.deleteMany({ where: { userId: user.id } }),
  ]);
  return { ok: true };
}

export const DEFAULT_FIRST_USER_EMAIL = 'admin@example.org';

export type FirstUserResult =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

/**
 * On a database without users, creates the first administrator: from ADMIN_EMAIL / ADMIN_PASSWORD when given,
 * otherwise with a generated password the caller prints once. There is never a default password.
 */
export async function ensureFirstUser(
  database: PrismaClient,
  configured: { email?: string; password?: string },
): Promise<FirstUserResult> {
  if ((await database.user.count()) > 0) return { created: false };
  const email = configured.email ?? DEFAULT_FIRST_USER_EMAIL;
  const generatedPassword = configured.password ? null : generatePassword();
  const result = await createUser(database, { email, role: 'admin', name: 'Administrator', password: configured.password ?? generatedPassword });
  if (!result.ok) {
    const problems = Object.entries(result.fieldErrors).map(([field, messages]) => `${field}: ${messages?.join(', ')}`);
    throw new Error(`Cannot create the first user: ${problems.join('; ')}`);
  }
  return { created: true, email, generatedPassword };
}
