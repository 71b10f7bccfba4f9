import fs from 'node:fs';
import path from 'node:path';
import { isHttpsRequest } from '@/lib/auth/https';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { delayAfterFailures } from '@/lib/auth/rate-limit';
import { safeReturnPath } from '@/lib/auth/return-path';
import { readOrCreateSecretFile } from '@/lib/auth/session-secret';
import { makeTempDir } from '../support/temp-database';

describe('password hashing', () => {
  it('verifies the right password and refuses any other, with a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^scrypt:32768:8:1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    await expect(verifyPassword('correct horse battery staple', first)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapl', first)).resolves.toBe(false);
    await expect(verifyPassword('anything', 'not a hash')).resolves.toBe(false);
  });

  it('generates long random passwords', () => {
    const passwords = new Set(Array.from({ length: 20 }, generatePassword));
    expect(passwords.size).toBe(20);
    for (const password of passwords) expect(password).toHaveLength(24);
  });
});

describe('the session secret file', () => {
  it('is created once, readable by its owner only, and read back unchanged', () => {
    const dir = makeTempDir();
    try {
      const file = path.join(dir, 'test.db.session-secret');
      const secret = readOrCreateSecretFile(file);
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(readOrCreateSecretFile(file)).toBe(secret);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sign-in limits', () => {
  it('lets five failures pass, then doubles the wait with every failure up to fifteen minutes', () => {
    expect([0, 4, 5, 6, 7, 20].map((failures) => delayAfterFailures(failures, 5))).toEqual([0, 0, 30, 60, 120, 900]);
  });
});

describe('the return path after signing in', () => {
  it.each([
    ['/admin/figures/3', '/admin/figures/3'],
    ['/admin?category=killed', '/admin?category=killed'],
    [undefined, '/admin'],
    ['https://evil.example/admin', '/admin'],
    ['//evil.example', '/admin'],
    ['/admin/login', '/admin'],
    ['/', '/admin'],
  ])('%p → %p', (requested, expected) => {
    expect(safeReturnPath(requested)).toBe(expected);
  });
});

describe('the Secure cookie decision', () => {
  it.each([
    [{ 'x-forwarded-proto': 'https' }, 'http://127.0.0.1:3000/admin', true],
    [{ 'x-forwarded-proto': 'https, http' }, undefined, true],
    [{ 'x-forwarded-proto': 'http' }, 'https://figures.example.org/admin', false],
    [{}, 'https://figures.example.org/admin', true],
    [{}, 'http://localhost:3000/admin', false],
    [{}, undefined, false],
  ])('headers %j, URL %p → secure %p', (headers, url, secure) => {
    expect(isHttpsRequest(new Headers(headers), url)).toBe(secure);
  });
});
