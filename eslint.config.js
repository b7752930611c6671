// @ts-check
// Lint rules enforce the import boundaries of architecture.md §2: what each folder may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ and renderer/ are pure: no Node built-ins.',
};
const electronImport = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron (architecture.md §2).',
};
const reactImports = {
  group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
  message: 'React belongs to renderer/ only.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'tests/artifacts/**',
      'tests/fixtures/files/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            nodeBuiltins,
            reactImports,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ may import only shared/.',
            },
            {
              group: ['better-sqlite3', 'xlsx', 'fs', 'path', 'os', 'crypto', 'worker_threads'],
              message: 'shared/ is pure TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            reactImports,
            { group: ['electron/*'], message: 'The backend never imports electron.' },
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**'],
              message: 'The backend imports only shared/ and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            reactImports,
            {
              group: ['**/renderer/**', '**/preload/**'],
              message: 'main does not import the renderer or preload.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // An allow-list: the sandboxed preload may import electron, shared/contract and its own files.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./\\.\\./shared/contract(/[a-z-]+)?$|\\./[a-z-]+$)',
              message:
                'The preload may import only electron, shared/contract and its own files (architecture.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to the backend only through renderer/src/api.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*', 'renderer/vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // A wrong assumption in a test fails the test anyway; `!` keeps fixtures readable.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
