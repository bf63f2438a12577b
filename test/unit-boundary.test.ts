// Keeps the unit project pure (issue 13): no file in it may import a database, the
// PostgreSQL setup, the real-data fixture, the CLI runner (its commands open databases) or
// the browser, so `npm run test:unit` runs with no PostgreSQL on the machine and in seconds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/shared-data.ts';
import { DB_EXCLUDE, TEST_TIME_ZONE, UNIT_FILES } from './projects.ts';

/** A glob of the project lists (`**`, `*`) as a regular expression over relative paths. */
function globToRegExp(glob: string): RegExp {
  const re = glob
    .split('**/')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('(?:.*/)?');
  return new RegExp(`^${re}$`);
}

const files = (readdirSync(repoRoot, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => !f.startsWith('node_modules/') && !f.includes('/node_modules/'));

const unitFiles = files.filter((f) => UNIT_FILES.some((g) => globToRegExp(g).test(f)));
/** The files checked: all but this one, which names what it forbids. */
const checked = unitFiles.filter((f) => f !== 'test/unit-boundary.test.ts');

/** What a unit test must not import, with why. */
const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/from '[^']*\/db\/[^']*'/, 'the database layer'],
  [/from '@electric-sql\/pglite[^']*'/, 'PGlite'],
  [/from 'pg(-copy-streams)?'/, 'the PostgreSQL driver'],
  [
    /support\/(engines|real-data|api-data|throwaway-postgres|postgres-admin)\.ts'/,
    'a database helper',
  ],
  [/cli\/run-cli\.ts'|src\/cli\/index\.ts'/, 'the CLI runner (its commands open databases)'],
  [/from '[^']*e2e\/[^']*'|playwright/, 'the browser'],
  [/\binject\(/, 'a value from a global setup (the unit project has none)'],
];

describe('the unit project', () => {
  it('finds its files', () => {
    expect(unitFiles.length).toBeGreaterThan(50);
    expect(unitFiles).toContain('src/core/benchmark/benchmark.property.test.ts');
    expect(unitFiles).not.toContain('test/server/api.test.ts');
  });

  it.each(checked.map((f) => [f]))('%s touches no database and no browser', (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const found = FORBIDDEN.filter(([re]) => re.test(text)).map(([, what]) => what);
    expect(found, `${file} belongs in the db or e2e project (test/projects.ts)`).toEqual([]);
  });

  it('is excluded from the db project, which takes every other test under test/', () => {
    for (const g of UNIT_FILES) expect(DB_EXCLUDE).toContain(g);
  });

  it(`runs in ${TEST_TIME_ZONE} time`, () => {
    expect(process.env['TZ']).toBe(TEST_TIME_ZONE);
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(TEST_TIME_ZONE);
    // 23:30 UTC on 31 December is already New Year's Day in Copenhagen.
    expect(new Date('2025-12-31T23:30:00Z').getDate()).toBe(1);
  });
});
