// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { oneDoor } from './eslint/one-door.js';

const rooms = ['core', 'charts', 'sources', 'db', 'engine', 'server', 'web', 'report', 'cli'];

/**
 * Which rooms a room may depend on (DESIGN.md §5). The doors themselves (only index.ts from
 * outside) are checked by potentiale/one-door, for sub-rooms too.
 * @param {string[]} allowed rooms this folder may import (through their door)
 */
function roomRule(allowed) {
  const forbidden = rooms.filter((r) => !allowed.includes(r));
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(forbidden.length
            ? [
                {
                  regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
                  message: 'This room may not depend on that room (DESIGN.md §5).',
                },
              ]
            : []),
        ],
      },
    ],
  };
}

/** strict-boolean-expressions: no nullable numbers or strings in conditions. */
const strictBooleans = {
  allowString: true,
  allowNumber: true,
  allowNullableObject: true,
  allowNullableBoolean: true,
  allowNullableString: false,
  allowNullableNumber: false,
  allowNullableEnum: false,
  allowAny: false,
};

/**
 * Files allowed past max-lines, each with its reason. A new file over 400 lines fails lint:
 * split it, or add it here with a reason a reviewer accepts.
 */
const oversized = {
  'src/web/i18n/da/method.ts': 'the method page’s prose, one text per paragraph',
  'src/web/i18n/en/method.ts': 'the English twin of the method page’s prose',
  'src/core/potential/package.test.ts':
    'the package pipeline’s tests (plan, build, totals) side by side',
  'src/core/key-figures/catalogue.test.ts': 'the catalogue’s checks, entry by entry',
  'test/e2e/municipality.test.ts': 'the municipality page’s browser tests, one page one file',
  'test/statbank/price-index.test.ts': 'the price-index fetch’s tests, one source one file',
};

export default tseslint.config(
  { ignores: ['node_modules/**', '.potentiale/**', 'coverage/**', 'dist/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware rules: every TypeScript file is linted with the types of the tsconfig that
    // owns it (the root one, src/web's or test/web's).
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection, or a test that passes
      // before its assertion ran). Await it, or `void` it where fire-and-forget is meant.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Conditions on a nullable number or string mix up 0 or '' with "missing": say which.
    // Nullable objects and booleans read clearly and stay allowed. Test files are left out:
    // their conditions only pick fixtures, and an assertion catches a wrong pick.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'bench/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/strict-boolean-expressions': ['error', strictBooleans] },
  },
  {
    // In the web app an optional text that is empty or missing both mean "show nothing"
    // (`{info.source ? … : null}`), so nullable strings may stand in JSX conditions; nullable
    // numbers may not (`{count && …}` renders a stray 0).
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/strict-boolean-expressions': [
        'error',
        { ...strictBooleans, allowNullableString: true },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    ignores: Object.keys(oversized),
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Every folder under src/ with an index.ts is a room with one door, at any depth
    // (src/core/dea, src/web/charts, src/server/heavy …). A test inside a room may import its
    // room's files; from outside, it goes through the door like everyone else.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { potentiale: { rules: { 'one-door': oneDoor } } },
    rules: { 'potentiale/one-door': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(node:|fs$|path$|os$|child_process$|pg$|@electric-sql/|commander|hono|react)',
              message: 'src/core is pure: no I/O, no Node APIs, no frameworks.',
            },
            {
              regex: `^(\\.\\./)+(${rooms.filter((r) => r !== 'core').join('|')})(/|$)`,
              message: 'src/core imports nothing of ours outside core.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The core never reads the environment; pass it in.' },
        { name: 'Date', message: 'The core never reads the clock; pass it in.' },
        { name: 'fetch', message: 'The core does no I/O.' },
      ],
    },
  },
  {
    // The chart code shared by the web app and the report: pure functions and Plot options
    // over the core's types, so it runs in the browser and in Node alike (no DOM global: a
    // mark takes Plot's document from its context).
    files: ['src/charts/**/*.ts'],
    rules: {
      ...roomRule(['core', 'charts']),
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'Use the document Plot passes in (context.document).' },
        { name: 'window', message: 'The chart room runs in Node too.' },
      ],
    },
  },
  { files: ['src/sources/**/*.ts'], rules: roomRule(['core', 'sources']) },
  { files: ['src/db/**/*.ts'], rules: roomRule(['core', 'db']) },
  { files: ['src/engine/**/*.ts'], rules: roomRule(['core', 'sources', 'db', 'engine']) },
  {
    // The browser app reads only the API; it may share the core's and the charts' pure code and
    // the server's answer types (type-only imports, erased before the browser sees them).
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${rooms.filter((r) => !['core', 'charts', 'web', 'server'].includes(r)).join('|')})(/|$)`,
              message: 'The web app talks to the server over HTTP only (DESIGN.md §5).',
            },
            {
              regex: '^(\\.\\./)+server(/|$)',
              allowTypeImports: true,
              message: 'Only the server’s answer types may be imported (import type).',
            },
            { regex: '^node:', message: 'The web app runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    // The report renders what it is given: it may use the core's pure code and the shared chart
    // code, and read the server's answer types (import type), never the database, the engine or the server itself.
    files: ['src/report/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${rooms.filter((r) => !['core', 'charts', 'report', 'server'].includes(r)).join('|')})(/|$)`,
              message: 'The report imports only the core and the charts (DESIGN.md §5).',
            },
            {
              regex: '^(\\.\\./)+server(/|$)',
              allowTypeImports: true,
              message: 'Only the server’s answer types may be imported (import type).',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/server/**/*.ts'], rules: roomRule(rooms) },
  { files: ['src/cli/**/*.ts'], rules: roomRule(rooms) },
);
