import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/lib/db/connect';
import { toSessionUser, type SessionUser } from './users';

/**
 * Server-side sessions: one row per signed-in browser, named by a random id that only the sealed cookie carries.
 * A session ends when its row goes: at sign-out, when its user's password changes or is reset, when its user is
 * disabled or removed, after 12 hours without a request, and 7 days after signing in, whatever happens.
 */

/** The limits, in seconds. */
export const SESSION_LIMITS = {
  idleSeconds: 12 * 60 * 60,
  absoluteSeconds: 7 * 24 * 60 * 60,
  /** lastSeenAt moves at most this often, so reading pages costs no write per request. */
  touchAfterSeconds: 60,
} as const;

/** Starts a session for the user and returns its id, for the cookie; sessions that expired unread are removed. */
export async function createSession(database: PrismaClient, userId: number, now: Date = new Date()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);
  await database.$transaction([
    database.session.deleteMany({
      where: { OR: [{ lastSeenAt: { lte: before(SESSION_LIMITS.idleSeconds) } }, { createdAt: { lte: before(SESSION_LIMITS.absoluteSeconds) } }] },
    }),
    database.session.create({ data: { id, userId, createdAt: now, lastSeenAt: now } }),
  ]);
  return id;
}

function secondsBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / 1000;
}

/** The user of a live session, or null when it has ended or expired (an expired row is removed). */
export async function readSession(database: PrismaClient, id: string, now: Date = new Date()): Promise<SessionUser | null> {
  const session = await database.session.findUnique({ where: { id }, include: { user: true } });
  if (!session) return null;
  const expired =
    secondsBetween(session.lastSeenAt, now) >= SESSION_LIMITS.idleSeconds ||
    secondsBetween(session.createdAt, now) >= SESSION_LIMITS.absoluteSeconds;
  if (expired || session.user.disabledAt) {
    await database.session.deleteMany({ where: { id } });
    return null;
  }
  if (secondsBetween(session.lastSeenAt, now) >= SESSION_LIMITS.touchAfterSeconds) {
    await database.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return toSessionUser(session.user);
}

export async function deleteSession(database: PrismaClient, id: string): Promise<void> {
  await database.session.deleteMany({ where: { id } });
}
