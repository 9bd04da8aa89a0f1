// ESLint: typescript-eslint's recommended rules plus the architecture's import boundaries.
// Formatting is Prettier's (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'zlib', 'crypto', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'dist-e2e/**', '.tsbuild/**', 'test-results/**', 'playwright-report/**', '.out/**', 'packages/cli/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/test/**', '**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain knows nothing of React, the DOM, zustand or Node: pure functions in, data out.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'zundo', '@xyflow/*'],
              message: 'packages/core is framework-free: no React or UI state.',
            },
            { group: NODE_BUILTINS, message: 'packages/core runs in the browser too: no Node built-ins.' },
            { group: ['**/app/**', '@stackcanvas/app', '@stackcanvas/cli'], message: 'core depends on nothing of the workspace.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    // The app and the CLI reach core only through its public entries (package.json "exports").
    files: ['app/src/**/*.{ts,tsx}', 'packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/packages/core/**', '**/core/src/**'], message: 'Import @stackcanvas/core (or one of its public entries), not its files.' },
            {
              regex: '^@stackcanvas/core/(?!(cfn|cdk|import|changeset|traffic|layout|errors|help)$)',
              message: 'Only the public entries of @stackcanvas/core: @stackcanvas/core, /cfn, /cdk, /import, /changeset, /traffic, /layout, /errors, /help.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  prettier,
);
