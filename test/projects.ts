// Which test files run in which vitest project (vitest.config.ts). Classified by what a file
// really does, not by its folder:
// - unit: pure code, parsers and the real files read from ../shared; no database (neither
//   PGlite nor PostgreSQL), no server on a database, no browser. Runs in seconds, with no
//   PostgreSQL on the machine (test/unit-boundary.test.ts keeps it so).
// - db: everything that opens a database, on both engines: repositories, imports, the engine,
//   the HTTP API, the CLI commands that read or write a database.
// - e2e: the browser on the real server.

/** The unit project's files: every test under src, and these pure ones under test. */
export const UNIT_FILES: readonly string[] = [
  'src/**/*.test.ts',
  'test/unit-boundary.test.ts',
  'test/support/golden.test.ts',
  'test/web/**/*.test.ts',
  'test/cli/format.test.ts',
  'test/cli/report-run.test.ts',
  'test/catalogue/catalogue-real-data.test.ts',
  'test/dea/oracle.test.ts',
  'test/dea/run-dea.test.ts',
  'test/evaluation/**/*.test.ts',
  'test/server/heavy-pool.test.ts',
  'test/server/geo-topology.test.ts',
  'test/warnings/**/*.test.ts',
  'test/architecture/**/*.test.ts',
  'test/portal/starter-content.test.ts',
  'test/portal/fixtures.test.ts',
  'test/initiatives/example-content.test.ts',
];

/** The browser tests. */
export const E2E_FILES: readonly string[] = ['test/e2e/**/*.test.ts'];

/** The db project: every other test under test/. */
export const DB_FILES: readonly string[] = ['test/**/*.test.ts'];
export const DB_EXCLUDE: readonly string[] = [...UNIT_FILES, ...E2E_FILES];

/** The time zone every test runs in: the users' own (the browser tests use it too). */
export const TEST_TIME_ZONE = 'Europe/Copenhagen';
