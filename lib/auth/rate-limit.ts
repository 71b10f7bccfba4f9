import { serializeOnKeys } from '@/lib/db/dialect';
import type { PrismaClient } from '@/lib/db/connect';

/**
 * Sign-in attempts are counted per account (the email typed, whether or not it exists) and per client (network
 * address). After the free ones, each further attempt must wait a delay that doubles with every failure. Attempts
 * older than the window are forgotten.
 *
 * An attempt is reserved (recorded) before its password is checked, in one write transaction that counts and
 * inserts, so however many attempts arrive at once, no more than the free ones are ever checked against the
 * password. A reservation counts as a failure unless the sign-in succeeds and releases it.
 */

/** How many attempts are free, and the delays after them. */
export const SIGN_IN_LIMITS = {
  freeFailuresPerAccount: 5,
  freeFailuresPerClient: 20,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  windowSeconds: 60 * 60,
} as const;

export interface AttemptKeys {
  account: string;
  client: string;
}

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

/** Either the ids of the rows that reserve this attempt, or how many seconds to wait before the next one. */
export type Reservation = { reserved: true; ids: number[] } | { reserved: false; waitSeconds: number };

/**
 * Reserves one attempt for the account and the client, unless either must still wait. The transaction starts
 * with a write (forgetting old attempts), which takes SQLite's write lock before anything is counted, as
 * BEGIN IMMEDIATE would; on PostgreSQL it first locks the two keys (serializeOnKeys): two attempts, in this process
 * or another, can never both count the same rows.
 */
export async function reserveSignInAttempt(database: PrismaClient, keys: AttemptKeys, now: Date): Promise<Reservation> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowSeconds * 1000);
  return database.$transaction(async (transaction) => {
    await serializeOnKeys(transaction, [keys.account, keys.client]);
    await transaction.signInFailure.deleteMany({ where: { createdAt: { lt: windowStart } } });
    let waitSeconds = 0;
    for (const [key, free] of [
      [keys.account, SIGN_IN_LIMITS.freeFailuresPerAccount],
      [keys.client, SIGN_IN_LIMITS.freeFailuresPerClient],
    ] as const) {
      const where = { key, createdAt: { gte: windowStart } };
      const failures = await transaction.signInFailure.count({ where });
      const latest = await transaction.signInFailure.findFirst({ where, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
      if (!latest) continue;
      const readyAt = latest.createdAt.getTime() + delayAfterFailures(failures, free) * 1000;
      waitSeconds = Math.max(waitSeconds, Math.ceil((readyAt - now.getTime()) / 1000));
    }
    if (waitSeconds > 0) return { reserved: false, waitSeconds };
    const ids: number[] = [];
    for (const key of [keys.account, keys.client]) {
      ids.push((await transaction.signInFailure.create({ data: { key, createdAt: now }, select: { id: true } })).id);
    }
    return { reserved: true, ids };
  });
}

/**
 * A successful sign-in releases its reservation and clears the account's failures (the client's other failures
 * stay: it may be guessing other accounts).
 */
export async function releaseAfterSuccess(database: PrismaClient, reservationIds: number[], account: string): Promise<void> {
  await database.signInFailure.deleteMany({ where: { OR: [{ id: { in: reservationIds } }, { key: account }] } });
}
