// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const rooms = ['core', 'sources', 'db', 'engine', 'server', 'web', 'report', 'cli'];

/**
 * One door per room: from outside a room, only its index.ts may be imported.
 * @param {string[]} allowed rooms this folder may import (through their door)
 */
function roomRule(allowed) {
  const forbidden = rooms.filter((r) => !allowed.includes(r));
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${rooms.join('|')})/(?!index\\.ts$).+`,
            message: 'Import another room only through its index.ts (one door per room).',
          },
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

export default tseslint.config(
  { ignores: ['node_modules/**', '.potentiale/**', 'coverage/**', 'dist/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
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
  { files: ['src/sources/**/*.ts'], rules: roomRule(['core', 'sources']) },
  { files: ['src/db/**/*.ts'], rules: roomRule(['core', 'db']) },
  { files: ['src/engine/**/*.ts'], rules: roomRule(['core', 'sources', 'db', 'engine']) },
  { files: ['src/report/**/*.ts'], rules: roomRule(['core', 'report']) },
  {
    // The browser app reads only the API; it may share the core's pure code and the server's
    // answer types (type-only imports, erased before the browser sees them).
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${rooms.join('|')})/(?!index\\.ts$).+`,
              message: 'Import another room only through its index.ts (one door per room).',
            },
            {
              regex: `^(\\.\\./)+(${rooms.filter((r) => !['core', 'web', 'server'].includes(r)).join('|')})(/|$)`,
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
  { files: ['src/server/**/*.ts'], rules: roomRule(rooms) },
  { files: ['src/cli/**/*.ts'], rules: roomRule(rooms) },
);
