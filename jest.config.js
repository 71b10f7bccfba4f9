const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/tests/support/empty-module.js' },
  // Browser and server tests share one built app and one port range; run test files one at a time.
  maxWorkers: 1,
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 60_000,
};

// The schema engine's wasm bindings and the OpenAPI document validator ship as ES modules only; let next/jest's
// compiler turn them into CommonJS too.
module.exports = async () => {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = resolved.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith('/node_modules/') ? '/node_modules/(?!(@prisma/schema-engine-wasm|@seriousme/openapi-schema-validator)/)' : pattern,
  );
  return resolved;
};
