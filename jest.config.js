const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

/**
 * The suite of several instances behind nginx needs a Redis (TEST_REDIS_URL, started by .ci/run) and nginx (on
 * PATH or in /usr/sbin). Without them it is left out, and the run says so in one line.
 */
function instanceSuiteIgnored() {
  const { spawnSync } = require('node:child_process');
  const fs = require('node:fs');
  const missing = [
    ...(process.env.TEST_REDIS_URL ? [] : ['TEST_REDIS_URL']),
    ...(spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0 ? [] : ['redis-server']),
    ...(spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0 || fs.existsSync('/usr/sbin/nginx') ? [] : ['nginx']),
  ];
  if (missing.length === 0) return [];
  process.stdout.write(`The instance suite (tests/e2e/instances.test.ts) was not run: it needs ${missing.join(', ')}.\n`);
  return ['<rootDir>/tests/e2e/instances.test.ts'];
}

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/tests/support/empty-module.js' },
  // Two test files at a time: every server and browser a file starts takes a free port and a database of its own,
  // and they share only the one built app, which they read.
  maxWorkers: 2,
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 60_000,
  testPathIgnorePatterns: instanceSuiteIgnored(),
};

/**
 * The integration files that run a second time on PostgreSQL when TEST_DATABASE_URL names a server (see
 * tests/support/test-database.ts), and the files that test PostgreSQL alone (tests/integration/postgresql-*).
 */
const ON_BOTH_DATABASES = [
  'admin-lists',
  'admin-search',
  'catalog-mutations',
  'dashboard-data',
  'figure-mutations',
  'import-bad-input',
  'import-commit',
  'import-round-trip',
  'review-queue',
  'scale',
  'seed',
  'sessions',
].map((name) => `<rootDir>/tests/integration/${name}.test.ts`);
const POSTGRESQL_ONLY = '<rootDir>/tests/integration/postgresql-*.test.ts';

// The schema engine's wasm bindings and the OpenAPI document validator ship as ES modules only; let next/jest's
// compiler turn them into CommonJS too.
module.exports = async () => {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = resolved.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith('/node_modules/') ? '/node_modules/(?!(@prisma/schema-engine-wasm|@seriousme/openapi-schema-validator)/)' : pattern,
  );
  const { globalSetup, maxWorkers, testTimeout, ...project } = resolved;
  const sqlite = {
    ...project,
    displayName: 'sqlite',
    setupFiles: ['<rootDir>/tests/support/sqlite-project.ts'],
    testPathIgnorePatterns: [...(project.testPathIgnorePatterns ?? []), '/tests/integration/postgresql-'],
  };
  const postgresql = {
    ...project,
    displayName: 'postgresql',
    testMatch: [...ON_BOTH_DATABASES, POSTGRESQL_ONLY],
    setupFiles: ['<rootDir>/tests/support/postgresql-project.ts'],
  };
  return { globalSetup, maxWorkers, testTimeout, projects: process.env.TEST_DATABASE_URL ? [sqlite, postgresql] : [sqlite] };
};
