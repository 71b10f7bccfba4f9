/**
 * The session cookie (iron-session): HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. It holds
 * only the id of a server-side session (lib/auth/sessions.ts), checked on every request, so ending the session
 * on the server ends it for every copy of the cookie.
 */
import 'server-only';
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { prisma } from '@/lib/db/prisma';
import { getEnv } from '@/lib/env';
import { clientAddressOf, trustedProxyList } from './client-address';
import { isHttpsRequest } from './https';
import { createSession, deleteSession, readSession, SESSION_LIMITS } from './sessions';
import { getSessionSecret } from './session-secret';
import type { SessionUser } from './users';

export const SESSION_COOKIE_NAME = 'figures_admin_session';

export interface SessionData {
  sessionId?: string;
}

export function sessionOptions(secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE_NAME,
    password: getSessionSecret(),
    ttl: SESSION_LIMITS.absoluteSeconds,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}

async function openSession() {
  const secure = isHttpsRequest(await headers());
  return getIronSession<SessionData>(await cookies(), sessionOptions(secure));
}

let trustedProxies: ReturnType<typeof trustedProxyList> | undefined;

/** The network address of the client, for per-client rate limiting (lib/auth/client-address.ts). */
export async function getClientAddress(): Promise<string> {
  trustedProxies ??= trustedProxyList(getEnv().TRUSTED_PROXIES);
  return clientAddressOf(await headers(), trustedProxies);
}

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const { sessionId } = await openSession();
  return sessionId ? readSession(prisma, sessionId) : null;
});

/** For admin pages: the signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(returnPath = '/admin'): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/login?next=${encodeURIComponent(returnPath)}`);
  return user;
}

/** Signs this browser in as the user, in a new server-side session. */
export async function startSession(user: SessionUser): Promise<void> {
  const session = await openSession();
  session.sessionId = await createSession(prisma, user.id);
  await session.save();
}

/** Ends this browser's session on the server and removes its cookie. */
export async function endSession(): Promise<void> {
  const session = await openSession();
  if (session.sessionId) await deleteSession(prisma, session.sessionId);
  session.destroy();
}
