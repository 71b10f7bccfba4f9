import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { verifyPassword } from '@/lib/auth/password';
import { SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import { attemptSignIn, WRONG_CREDENTIALS_MESSAGE } from '@/lib/auth/sign-in';
import { createSession, readSession } from '@/lib/auth/sessions';
import { changePassword, DEFAULT_FIRST_USER_EMAIL, ensureFirstUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { addTestUser } from '../support/admin';
import { createMigratedDatabase } from '../support/temp-database';

let dir: string;
let databasePath: string;
let prisma: PrismaClient;

beforeAll(async () => {
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
});
afterAll(async () => {
  await prisma.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the first user', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD as an administrator, once', async () => {
    const created = await ensureFirstUser(prisma, { email: 'Chief@Example.org', password: 'a configured password' });
    expect(created).toEqual({ created: true, email: 'Chief@Example.org', generatedPassword: null });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'chief@example.org' } });
    expect(user.role).toBe('admin');
    await expect(verifyPassword('a configured password', user.passwordHash)).resolves.toBe(true);
    expect(await ensureFirstUser(prisma, { email: 'another@example.org', password: 'another password!' })).toEqual({ created: false });
    expect(await prisma.user.count()).toBe(1);
    await prisma.user.deleteMany();
  });

  it('gets a generated strong password when none is configured (there is no default password)', async () => {
    const created = await ensureFirstUser(prisma, {});
    if (!created.created) throw new Error('expected a first user');
    expect(created.email).toBe(DEFAULT_FIRST_USER_EMAIL);
    expect(created.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: DEFAULT_FIRST_USER_EMAIL } });
    await expect(verifyPassword(created.generatedPassword!, user.passwordHash)).resolves.toBe(true);
    await prisma.user.deleteMany();
  });

  it('refuses a configured password that is too short, creating nobody', async () => {
    await expect(ensureFirstUser(prisma, { email: 'chief@example.org', password: 'short' })).rejects.toThrow(
      'Cannot create the first user: password: A password needs at least 12 characters',
    );
    expect(await prisma.user.count()).toBe(0);
  });
});

describe('signing in', () => {
  const client = '203.0.113.7';
  let user: { id: number; email: string; password: string };
  beforeAll(async () => {
    user = await addTestUser(prisma, 'signer@example.org', 'editor', 'Signe');
  });
  beforeEach(async () => {
    await prisma.signInFailure.deleteMany();
  });

  it('accepts the right password (email in any case) and returns the user', async () => {
    const result = await attemptSignIn(prisma, { email: ' SIGNER@example.org ', password: user.password }, client);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, email: 'signer@example.org', role: 'editor' } });
  });

  it('answers a wrong password and an unknown email with the same message', async () => {
    const wrong = await attemptSignIn(prisma, { email: user.email, password: 'wrong password' }, client);
    const unknown = await attemptSignIn(prisma, { email: 'nobody@example.org', password: 'wrong password' }, client);
    expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    expect(unknown).toEqual(wrong);
  });

  it('makes an account wait after five failures, even for the right password, and lets it in after the delay', async () => {
    const start = new Date('2030-01-01T12:00:00Z');
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailuresPerAccount; attempt += 1) {
      const failed = await attemptSignIn(prisma, { email: user.email, password: `guess ${attempt}` }, `198.51.100.${attempt}`, start);
      expect(failed.ok).toBe(false);
    }
    const blocked = await attemptSignIn(prisma, { email: user.email, password: user.password }, client, new Date(start.getTime() + 10_000));
    expect(blocked).toEqual({ ok: false, message: 'Too many failed sign-ins for this account or from this network. Wait 20 seconds, then try again.' });

    const unknownBlocked = await attemptSignIn(prisma, { email: 'nobody@example.org', password: 'x' }, '198.51.100.99', start);
    expect(unknownBlocked.ok).toBe(false);

    const later = await attemptSignIn(prisma, { email: user.email, password: user.password }, client, new Date(start.getTime() + 31_000));
    expect(later.ok).toBe(true);
    expect(await prisma.signInFailure.count({ where: { key: 'email:signer@example.org' } })).toBe(0);
  });

  it('doubles the wait with each further failure', async () => {
    const start = new Date('2030-01-02T12:00:00Z');
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await attemptSignIn(prisma, { email: 'target@example.org', password: 'guess' }, `192.0.2.${attempt}`, new Date(start.getTime() + attempt * 31_000));
    }
    const result = await attemptSignIn(prisma, { email: 'target@example.org', password: 'guess' }, '192.0.2.200', new Date(start.getTime() + 5 * 31_000 + 1_000));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Wait 59 seconds') });
  });

  it('limits one client guessing many accounts', async () => {
    const now = new Date('2030-01-03T12:00:00Z');
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailuresPerClient; attempt += 1) {
      await attemptSignIn(prisma, { email: `guess${attempt}@example.org`, password: 'guess' }, client, now);
    }
    const result = await attemptSignIn(prisma, { email: user.email, password: user.password }, client, new Date(now.getTime() + 1_000));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Too many failed sign-ins') });
    const elsewhere = await attemptSignIn(prisma, { email: user.email, password: user.password }, '192.0.2.50', new Date(now.getTime() + 1_000));
    expect(elsewhere.ok).toBe(true);
  });
});

describe('changing a password', () => {
  it('needs the current password, then replaces the hash and ends every session of the user', async () => {
    const account = await addTestUser(prisma, 'changer@example.org');
    const sessionUser = { id: account.id, email: account.email, name: null, role: 'editor' as const };
    const sessions = [await createSession(prisma, account.id), await createSession(prisma, account.id)];

    const wrong = await changePassword(prisma, sessionUser, { currentPassword: 'not it', newPassword: 'a brand new password', confirmPassword: 'a brand new password' });
    expect(wrong).toEqual({ ok: false, fieldErrors: { currentPassword: ['The current password is not correct'] } });
    expect(await readSession(prisma, sessions[0]!)).toMatchObject({ id: account.id });

    const changed = await changePassword(prisma, sessionUser, { currentPassword: account.password, newPassword: 'a brand new password', confirmPassword: 'a brand new password' });
    expect(changed).toEqual({ ok: true });
    const newHash = (await prisma.user.findUniqueOrThrow({ where: { id: account.id } })).passwordHash;
    await expect(verifyPassword('a brand new password', newHash)).resolves.toBe(true);
    for (const id of sessions) expect(await readSession(prisma, id)).toBeNull();
    expect(await prisma.session.count({ where: { userId: account.id } })).toBe(0);
  });
});

describe('npm run user:create', () => {
  const script = path.join(__dirname, '..', '..', 'scripts', 'user-create.ts');
  const tsx = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const run = (args: string[], input?: string) =>
    spawnSync(tsx, [script, ...args], { input, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `file:${databasePath}` } });

  it('adds a user with a password read from standard input', async () => {
    const result = run(['--email', 'script@example.org', '--role', 'admin', '--name', 'Script User', '--password-stdin'], 'password from stdin\n');
    expect(result.stderr).not.toContain('Error');
    expect(result.stdout).toContain('Created admin script@example.org.');
    expect(result.stdout).not.toContain('password from stdin');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'script@example.org' } });
    expect(user).toMatchObject({ role: 'admin', name: 'Script User' });
    await expect(verifyPassword('password from stdin', user.passwordHash)).resolves.toBe(true);
  });

  it('prints a generated password once when none is given, and refuses a taken email', async () => {
    const created = run(['--email', 'generated@example.org']);
    const password = /Password \(shown only once\): (\S+)/.exec(created.stdout)?.[1];
    expect(password).toHaveLength(24);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'generated@example.org' } });
    expect(user.role).toBe('editor');
    await expect(verifyPassword(password!, user.passwordHash)).resolves.toBe(true);

    const again = run(['--email', 'generated@example.org']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('email: A user with this email already exists');
  });
});
