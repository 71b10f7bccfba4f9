import 'server-only';
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { prisma } from '@/lib/db/prisma';
import { isHttpsRequest } from './https';
import { getSessionSecret } from './session-secret';
import { passwordStamp, toSessionUser, type SessionUser } from './users';

/**
 * Sessions live in one sealed cookie (iron-session): HttpOnly, SameSite=Lax, Secure when the request came over
 * HTTPS. The cookie holds the user id and a stamp of the password hash; the user is read from the database on
 * every request, so a removed user or a changed password ends the session at once.
 */
export const SESSION_COOKIE_NAME = 'figures_admin_session';
const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface SessionData {
  userId?: number;
  passwordStamp?: string;
}

export function sessionOptions(secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE_NAME,
    password: getSessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}

async function openSession() {
  const secure = isHttpsRequest(await headers());
  return getIronSession<SessionData>(await cookies(), sessionOptions(secure));
}

/** The network address of the client, for per-client rate limiting. */
export async function getClientAddress(): Promise<string> {
  const requestHeaders = await headers();
  return (
    requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() || requestHeaders.get('x-real-ip')?.trim() || 'unknown'
  );
}

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await openSession();
  if (!session.userId) return null;
  const user = await prisma.user.findUnique({ where: { id: session.userId } });
  if (!user || passwordStamp(user.passwordHash) !== session.passwordStamp) return null;
  return toSessionUser(user);
});

/** For admin pages: the signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(returnPath = '/admin'): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/login?next=${encodeURIComponent(returnPath)}`);
  return user;
}

export async function startSession(user: SessionUser, stamp: string): Promise<void> {
  const session = await openSession();
  session.userId = user.id;
  session.passwordStamp = stamp;
  await session.save();
}

export async function endSession(): Promise<void> {
  const session = await openSession();
  session.destroy();
}
