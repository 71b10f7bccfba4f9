import type { PrismaClient } from '@/lib/db/connect';

/**
 * Failed sign-ins are counted per account (the email typed, whether or not it exists) and per client (network
 * address). After the free failures, each further attempt must wait a delay that doubles with every failure.
 * Failures older than the window are forgotten.
 */
export const SIGN_IN_LIMITS = {
  freeFailuresPerAccount: 5,
  freeFailuresPerClient: 20,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  windowSeconds: 60 * 60,
} as const;

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function clientKey(address: string): string {
  return `client:${address}`;
}

/** Seconds to wait before `failures` (more than the free ones) allow another attempt. */
export function delayAfterFailures(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  const doublings = failures - freeFailures;
  return Math.min(SIGN_IN_LIMITS.firstDelaySeconds * 2 ** doublings, SIGN_IN_LIMITS.maxDelaySeconds);
}

/** How many seconds the account or client must still wait (0 when it may try now). */
export async function secondsUntilNextAttempt(
  database: PrismaClient,
  keys: { account: string; client: string },
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowSeconds * 1000);
  await database.signInFailure.deleteMany({ where: { createdAt: { lt: windowStart } } });
  const waits = await Promise.all(
    [
      [keys.account, SIGN_IN_LIMITS.freeFailuresPerAccount] as const,
      [keys.client, SIGN_IN_LIMITS.freeFailuresPerClient] as const,
    ].map(async ([key, free]) => {
      const failures = await database.signInFailure.findMany({
        where: { key, createdAt: { gte: windowStart } },
        orderBy: { createdAt: 'desc' },
        select: { createdAt: true },
      });
      const latest = failures[0];
      if (!latest) return 0;
      const readyAt = latest.createdAt.getTime() + delayAfterFailures(failures.length, free) * 1000;
      return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
    }),
  );
  return Math.max(...waits);
}

export async function recordSignInFailure(database: PrismaClient, keys: { account: string; client: string }, now: Date): Promise<void> {
  await database.signInFailure.createMany({ data: [keys.account, keys.client].map((key) => ({ key, createdAt: now })) });
}

/** A successful sign-in clears the account's failures (the client's stay: it may be guessing other accounts). */
export async function clearAccountFailures(database: PrismaClient, account: string): Promise<void> {
  await database.signInFailure.deleteMany({ where: { key: account } });
}
