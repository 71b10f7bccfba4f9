import fs from 'node:fs';
import path from 'node:path';
import { clientAddressOf, PEER_ADDRESS_HEADER, trustedProxyList } from '@/lib/auth/client-address';
import { isCrossSiteRequest } from '@/lib/auth/cross-site';
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
    ['/admin', '/admin'],
    ['/admin/reports/2/review?accepted=5', '/admin/reports/2/review?accepted=5'],
    ['/admin/./figures/3', '/admin/figures/3'],
  ])('keeps %p as %p', (requested, expected) => {
    expect(safeReturnPath(requested)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    '/',
    '/admin/login',
    '/admin/login?next=//evil.example',
    '/adminevil',
    '/administrator',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\evil.example',
    '/admin\\..\\..\\evil.example',
    '/admin/../..//evil.example',
    '/admin/..//evil.example',
    '/admin//evil.example',
    '/admin/../figures',
    'https://evil.example/admin',
    'http://evil.example/admin/figures',
    '//evil.example/admin',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/admin/%2F%2Fevil.example',
    '/admin/%2f..%2f..%2f%2fevil.example',
    '%2F%2Fevil.example',
    '/admin/%5C%5Cevil.example',
    '/%2e%2e/admin',
    '/\tadmin',
    '/\t/evil.example',
    '/admin\n//evil.example',
    '/\r\n/evil.example',
    ' //evil.example',
    '/admin/%0d%0aSet-Cookie:x=1',
  ])('sends %p to /admin', (requested) => {
    expect(safeReturnPath(requested)).toBe('/admin');
  });

  it('accepts an absolute URL only on the site\'s own origin', () => {
    expect(safeReturnPath('https://figures.example.org/admin/sources', 'https://figures.example.org')).toBe('/admin/sources');
    expect(safeReturnPath('https://figures.example.org.evil.example/admin', 'https://figures.example.org')).toBe('/admin');
    expect(safeReturnPath('http://figures.example.org/admin', 'https://figures.example.org')).toBe('/admin');
  });
});

describe('the client address for rate limiting', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  const none = trustedProxyList([]);

  it('is the socket address, whatever forwarding headers a client sends, when no proxy is trusted', () => {
    expect(clientAddressOf(headers({ [PEER_ADDRESS_HEADER]: '198.51.100.4', 'x-forwarded-for': '203.0.113.9' }), none)).toBe('198.51.100.4');
    expect(clientAddressOf(headers({ [PEER_ADDRESS_HEADER]: '::ffff:198.51.100.4' }), none)).toBe('198.51.100.4');
    expect(clientAddressOf(headers({ [PEER_ADDRESS_HEADER]: '2001:DB8::1' }), none)).toBe('2001:db8::1');
  });

  it('takes the right-most hop that is not a trusted proxy', () => {
    const trusted = trustedProxyList(['10.0.0.0/8', '192.0.2.1', '2001:db8::/32']);
    const through = (forwarded: string, peer = '10.1.2.3') => clientAddressOf(headers({ [PEER_ADDRESS_HEADER]: peer, 'x-forwarded-for': forwarded }), trusted);
    expect(through('203.0.113.9')).toBe('203.0.113.9');
    // A client's own X-Forwarded-For is left of what the proxies appended, so it is never reached.
    expect(through('6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(through('6.6.6.6, 203.0.113.9, 192.0.2.1, 10.9.9.9')).toBe('203.0.113.9');
    expect(through('203.0.113.9:5123')).toBe('203.0.113.9');
    expect(through('[2001:db9::7]:443', '2001:db8::5')).toBe('2001:db9::7');
    // The peer itself is not trusted: its header is not believed.
    expect(through('203.0.113.9', '198.51.100.4')).toBe('198.51.100.4');
    // Only trusted hops: the left-most one they name.
    expect(through('10.0.0.7, 192.0.2.1')).toBe('10.0.0.7');
    expect(through('')).toBe('10.1.2.3');
  });

  it('falls back to Next\'s own X-Forwarded-For when the app is served without its server', () => {
    expect(clientAddressOf(headers({ 'x-forwarded-for': '198.51.100.4' }), none)).toBe('198.51.100.4');
    expect(clientAddressOf(headers({}), none)).toBe('unknown');
  });
});

describe('the cross-site check of mutating routes', () => {
  it.each([
    [{ host: 'figures.example.org', origin: 'https://figures.example.org' }, false],
    [{ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }, false],
    [{ host: 'figures.example.org', 'sec-fetch-site': 'none' }, false],
    [{ host: 'figures.example.org' }, false],
    [{ host: 'figures.example.org', origin: 'https://evil.example' }, true],
    [{ host: 'figures.example.org', origin: 'https://figures.example.org.evil.example' }, true],
    [{ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:4000' }, true],
    [{ host: 'figures.example.org', origin: 'null' }, true],
    [{ host: 'figures.example.org', 'sec-fetch-site': 'cross-site' }, true],
    [{ host: 'figures.example.org', 'sec-fetch-site': 'same-site' }, true],
  ])('headers %j → refused %p', (values, refused) => {
    expect(isCrossSiteRequest(new Headers(values))).toBe(refused);
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
