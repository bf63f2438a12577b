import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/sequencer.ts';
import { DB_EXCLUDE, DB_FILES, E2E_FILES, TEST_TIME_ZONE, UNIT_FILES } from './test/projects.ts';

// Pinned before any worker starts, so dates format the same on every machine; the workers
// inherit it, and `env` sets it again inside them.
process.env['TZ'] = TEST_TIME_ZONE;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker per core but one, i.e. a single worker on CI's two cores.
    // The browser and database tests wait on other processes (Chromium, the server,
    // PostgreSQL) much of the time, so two files at once use both cores. Every file works on
    // its own database copy, and the browser files share the one read-only server.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: SlowFirstSequencer },
    env: { TZ: TEST_TIME_ZONE },
    projects: [
      {
        // Pure code: no database, no browser, no PostgreSQL (no global setup at all).
        extends: true,
        test: {
          name: 'unit',
          include: [...UNIT_FILES],
          exclude: ['node_modules/**'],
        },
      },
      {
        // Both database engines: PGlite, and a throwaway PostgreSQL cluster; the real data is
        // imported once per run and each test file gets a copy (test/support/real-data.ts).
        extends: true,
        test: {
          name: 'db',
          // Guards against a hang, not a timing check: with two files on two busy cores a
          // real-data test can take several times its quiet-machine time.
          testTimeout: 180_000,
          include: [...DB_FILES],
          exclude: ['node_modules/**', ...DB_EXCLUDE],
          globalSetup: ['test/setup/postgres-global.ts', 'test/setup/real-data-global.ts'],
        },
      },
      {
        // The browser tests: the real server on the real data, driven in Debian's Chromium.
        extends: true,
        test: {
          name: 'e2e',
          testTimeout: 180_000,
          // expect.poll waits for the page to show an answer; on a busy 2-core machine a cold
          // answer can take seconds (the default, 1 s, made tests fail on load, not on code).
          expect: { poll: { timeout: 30_000 } },
          include: [...E2E_FILES],
          globalSetup: ['test/setup/web-global.ts'],
        },
      },
    ],
  },
});
