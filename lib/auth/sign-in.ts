import type { PrismaClient } from '@/lib/db/connect';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/fields';
import { signInSchema } from '@/lib/validation/user';
import { getDecoyHash, verifyPassword } from './password';
import { accountKey, clientKey, releaseAfterSuccess, reserveSignInAttempt } from './rate-limit';
import { toSessionUser, type SessionUser } from './users';

export const WRONG_CREDENTIALS_MESSAGE = 'That email and password do not match an account.';

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; message: string; fieldErrors?: FieldErrors };

function waitMessage(seconds: number): string {
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
  return `Too many failed sign-ins for this account or from this network. Wait ${wait}, then try again.`;
}

/**
 * Checks an email and password, rate-limited per account and per client: the attempt is reserved before the
 * password is checked, so parallel attempts cannot check more passwords than the limit allows. The answer is
 * the same whether the email is unknown, its password wrong or its account disabled, and takes as long.
 */
export async function attemptSignIn(
  database: PrismaClient,
  input: Record<string, unknown>,
  clientAddress: string,
  now: Date = new Date(),
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Enter your email and password.', fieldErrors: fieldErrorsOf(parsed.error) };
  const keys = { account: accountKey(parsed.data.email), client: clientKey(clientAddress) };

  const reservation = await reserveSignInAttempt(database, keys, now);
  if (!reservation.reserved) return { ok: false, message: waitMessage(reservation.waitSeconds) };

  const user = await database.user.findUnique({ where: { email: parsed.data.email } });
  const matches = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await getDecoyHash()));
  if (!user || !matches || user.disabledAt) return { ok: false, message: WRONG_CREDENTIALS_MESSAGE };
  await releaseAfterSuccess(database, reservation.ids, keys.account);
  return { ok: true, user: toSessionUser(user) };
}
