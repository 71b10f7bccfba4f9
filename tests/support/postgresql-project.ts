import { randomBytes } from 'node:crypto';

/**
 * Set up before each test file of the PostgreSQL project (jest.config.js): DATABASE_URL names a database of the
 * file's own on the TEST_DATABASE_URL server (created by tests/support/test-database.ts), and SESSION_SECRET is set,
 * as the app requires on PostgreSQL.
 */
const server = new URL(process.env.TEST_DATABASE_URL ?? '');
server.pathname = `/figures_test_${process.pid}_${randomBytes(4).toString('hex')}`;
process.env.TEST_DATABASE_KIND = 'postgresql';
process.env.DATABASE_URL = server.toString();
if (!process.env.SESSION_SECRET) {
  process.env.SESSION_SECRET = randomBytes(32).toString('base64url');
  process.env.TEST_SET_SESSION_SECRET = '1';
}
