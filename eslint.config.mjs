// ESLint (flat config): Next's rules (core web vitals, React and its hook rules) and typescript-eslint's
// type-checked rules over the whole tree. `npm run lint`; `.ci/run` runs it before the tests.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'coverage/**', '.tmp/**', 'next-env.d.ts', 'screenshots/**', 'bench/results/**'] },
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Jest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any` by design.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    // The configuration files Next and Jest load, and the cache handler Next loads outside the bundle, are CommonJS.
    files: ['*.js', 'lib/cache/redis-cache-handler.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
