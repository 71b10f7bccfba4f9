import { SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import { createSession, readSession, SESSION_LIMITS } from '@/lib/auth/sessions';
import { attemptSignIn, WRONG_CREDENTIALS_MESSAGE } from '@/lib/auth/sign-in';
import { resetUserPassword, setUserDisabled } from '@/lib/auth/user-admin';
import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { addTestUser } from '../support/admin';
import { createMigratedDatabase } from '../support/temp-database';

let drop: () => Promise<void> = async () => {};
let prisma: PrismaClient;
let admin: SessionUser;

beforeAll(async () => {
  ({ prisma, drop } = await createMigratedDatabase());
  const created = await addTestUser(prisma, 'chief@example.org', 'admin');
  admin = { id: created.id, email: created.email, name: null, role: 'admin' };
});
afterAll(async () => {
  await prisma.$disconnect();
  await drop();
});
beforeEach(async () => {
  await prisma.signInFailure.deleteMany();
});

const seconds = (start: Date, count: number) => new Date(start.getTime() + count * 1000);

describe('sign-in attempts arriving at once', () => {
  it('check at most five passwords of one account, so the right one later in the burst does not sign in', async () => {
    const user = await addTestUser(prisma, 'burst@example.org');
    const start = new Date('2031-01-01T12:00:00Z');
    // 29 wrong guesses and the right password last, all started together, each from another address.
    const burst = (at: Date) =>
      Promise.all(
        Array.from({ length: 30 }, (_, index) =>
          attemptSignIn(prisma, { email: user.email, password: index === 29 ? user.password : `guess ${index}` }, `198.51.100.${index}`, at),
        ),
      );
    const checked = (results: Awaited<ReturnType<typeof burst>>) => results.filter((result) => result.ok || result.message === WRONG_CREDENTIALS_MESSAGE);

    const first = await burst(start);
    expect(checked(first)).toHaveLength(SIGN_IN_LIMITS.freeFailuresPerAccount);
    expect(first[29]).toMatchObject({ ok: false, message: expect.stringContaining('Too many failed sign-ins') });
    expect(await prisma.signInFailure.count({ where: { key: 'email:burst@example.org' } })).toBe(SIGN_IN_LIMITS.freeFailuresPerAccount);

    // Once the first delay has passed, a second burst gets exactly one more check.
    const second = await burst(seconds(start, SIGN_IN_LIMITS.firstDelaySeconds + 1));
    expect(checked(second)).toHaveLength(1);
    expect(second.some((result) => result.ok)).toBe(false);
    expect(await prisma.signInFailure.count({ where: { key: 'email:burst@example.org' } })).toBe(SIGN_IN_LIMITS.freeFailuresPerAccount + 1);
  });

  it('check at most twenty passwords from one client guessing many accounts at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) => attemptSignIn(prisma, { email: `nobody${index}@example.org`, password: 'guess' }, '203.0.113.50', new Date('2031-01-02T12:00:00Z'))),
    );
    expect(results.filter((result) => !result.ok && result.message === WRONG_CREDENTIALS_MESSAGE)).toHaveLength(SIGN_IN_LIMITS.freeFailuresPerClient);
    expect(await prisma.signInFailure.count({ where: { key: 'client:203.0.113.50' } })).toBe(SIGN_IN_LIMITS.freeFailuresPerClient);
  });
});

describe('a lockout', () => {
  it('of one account never locks out another account, even from the same client', async () => {
    const locked = await addTestUser(prisma, 'locked@example.org');
    const other = await addTestUser(prisma, 'other@example.org');
    const now = new Date('2031-01-03T12:00:00Z');
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailuresPerAccount; attempt += 1) {
      await attemptSignIn(prisma, { email: locked.email, password: 'guess' }, '203.0.113.60', now);
    }
    expect(await attemptSignIn(prisma, { email: locked.email, password: locked.password }, '203.0.113.61', seconds(now, 1))).toMatchObject({ ok: false });
    expect(await attemptSignIn(prisma, { email: other.email, password: other.password }, '203.0.113.60', seconds(now, 1))).toMatchObject({ ok: true });
  });

  it('of one client, by twenty made-up emails, never locks out another client', async () => {
    const user = await addTestUser(prisma, 'innocent@example.org');
    const now = new Date('2031-01-04T12:00:00Z');
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailuresPerClient; attempt += 1) {
      await attemptSignIn(prisma, { email: `made-up${attempt}@example.org`, password: 'guess' }, '203.0.113.70', now);
    }
    expect(await attemptSignIn(prisma, { email: user.email, password: user.password }, '203.0.113.70', seconds(now, 1))).toMatchObject({ ok: false });
    expect(await attemptSignIn(prisma, { email: user.email, password: user.password }, '198.51.100.71', seconds(now, 1))).toMatchObject({ ok: true });
  });
});

describe('a server-side session', () => {
  const start = new Date('2031-02-01T08:00:00Z');
  let user: { id: number; email: string; password: string };
  beforeAll(async () => {
    user = await addTestUser(prisma, 'session@example.org');
  });

  it('ends after twelve hours without a request, and its row is removed', async () => {
    const id = await createSession(prisma, user.id, start);
    expect(await readSession(prisma, id, seconds(start, SESSION_LIMITS.idleSeconds - 1))).toMatchObject({ id: user.id });
    const later = seconds(start, 2 * SESSION_LIMITS.idleSeconds - 2);
    expect(await readSession(prisma, id, later)).toMatchObject({ id: user.id });
    expect(await readSession(prisma, id, seconds(later, SESSION_LIMITS.idleSeconds))).toBeNull();
    expect(await prisma.session.count({ where: { id } })).toBe(0);
  });

  it('ends seven days after signing in, however active', async () => {
    const id = await createSession(prisma, user.id, start);
    for (let hour = 10; hour < 7 * 24; hour += 10) {
      expect(await readSession(prisma, id, seconds(start, hour * 3600))).toMatchObject({ id: user.id });
    }
    expect(await readSession(prisma, id, seconds(start, SESSION_LIMITS.absoluteSeconds))).toBeNull();
  });

  it('writes lastSeenAt at most once a minute', async () => {
    const id = await createSession(prisma, user.id, start);
    const lastSeen = async () => (await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt.toISOString();
    await readSession(prisma, id, seconds(start, 30));
    expect(await lastSeen()).toBe(start.toISOString());
    await readSession(prisma, id, seconds(start, SESSION_LIMITS.touchAfterSeconds));
    expect(await lastSeen()).toBe(seconds(start, SESSION_LIMITS.touchAfterSeconds).toISOString());
    await readSession(prisma, id, seconds(start, SESSION_LIMITS.touchAfterSeconds + 59));
    expect(await lastSeen()).toBe(seconds(start, SESSION_LIMITS.touchAfterSeconds).toISOString());
  });

  it('that expired without being read again is removed when a session starts', async () => {
    const idle = await createSession(prisma, user.id, start);
    const old = await createSession(prisma, user.id, start);
    await prisma.session.update({ where: { id: old }, data: { lastSeenAt: seconds(start, SESSION_LIMITS.absoluteSeconds - 60) } });
    const later = seconds(start, SESSION_LIMITS.absoluteSeconds);
    const fresh = await createSession(prisma, user.id, later);
    expect(await prisma.session.count({ where: { id: { in: [idle, old] } } })).toBe(0);
    expect(await readSession(prisma, fresh, later)).toMatchObject({ id: user.id });
  });

  it('is refused for a session id that was never issued', async () => {
    expect(await readSession(prisma, 'made-up-session-id', start)).toBeNull();
  });
});

describe('an administrator', () => {
  it('sets a new password for another user, ending all their sessions', async () => {
    const user = await addTestUser(prisma, 'reset@example.org');
    const sessions = [await createSession(prisma, user.id), await createSession(prisma, user.id)];
    const mismatch = await resetUserPassword(prisma, admin, { userId: String(user.id), newPassword: 'a password set by chief', confirmPassword: 'something else entirely' });
    expect(mismatch).toEqual({ ok: false, fieldErrors: { confirmPassword: ['The two passwords differ'] } });
    expect(await readSession(prisma, sessions[0]!)).not.toBeNull();

    const reset = await resetUserPassword(prisma, admin, { userId: String(user.id), newPassword: 'a password set by chief', confirmPassword: 'a password set by chief' });
    expect(reset).toEqual({ ok: true, email: user.email });
    for (const id of sessions) expect(await readSession(prisma, id)).toBeNull();
    expect(await attemptSignIn(prisma, { email: user.email, password: user.password }, '192.0.2.10')).toMatchObject({ ok: false });
    expect(await attemptSignIn(prisma, { email: user.email, password: 'a password set by chief' }, '192.0.2.10')).toMatchObject({ ok: true });
  });

  it('disables another user, who then cannot sign in and whose sessions end, and enables them again', async () => {
    const user = await addTestUser(prisma, 'disabled@example.org');
    const session = await createSession(prisma, user.id);
    expect(await setUserDisabled(prisma, admin, { userId: String(user.id), disabled: 'true' })).toEqual({ ok: true, email: user.email });
    expect(await readSession(prisma, session)).toBeNull();
    expect(await attemptSignIn(prisma, { email: user.email, password: user.password }, '192.0.2.20')).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });

    expect(await setUserDisabled(prisma, admin, { userId: String(user.id), disabled: 'false' })).toEqual({ ok: true, email: user.email });
    expect(await attemptSignIn(prisma, { email: user.email, password: user.password }, '192.0.2.20')).toMatchObject({ ok: true });
  });

  it('cannot reset or disable their own account, nor a user that does not exist, and changes nothing', async () => {
    const before = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    const own = { userId: String(admin.id), newPassword: 'another admin password', confirmPassword: 'another admin password' };
    expect(await resetUserPassword(prisma, admin, own)).toMatchObject({ ok: false, message: expect.stringContaining('your own account') });
    expect(await setUserDisabled(prisma, admin, { userId: String(admin.id), disabled: 'true' })).toMatchObject({ ok: false, message: expect.stringContaining('your own account') });
    expect(await setUserDisabled(prisma, admin, { userId: '999999', disabled: 'true' })).toEqual({ ok: false, message: 'That user no longer exists.' });
    expect(await setUserDisabled(prisma, admin, { userId: 'abc', disabled: 'maybe' })).toMatchObject({ ok: false, fieldErrors: { userId: expect.any(Array), disabled: expect.any(Array) } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toEqual(before);
  });
});
