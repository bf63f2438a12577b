// Imports the real data once per test run (issue 13), for every db test file to copy: each set
// into a PGlite folder, and into a PostgreSQL template database on the throwaway server that
// test/setup/postgres-global.ts started (it runs first and provides postgresUrl).
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CATALOGUE } from '../../src/core/index.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/index.ts';
import { importNoegletalData, importReferenceData } from '../support/api-data.ts';
import { adminQuery } from '../support/postgres-admin.ts';
import type { RealDataFixture } from '../support/real-data.ts';

type Built = Extract<RealDataFixture, { built: true }>;

let root: string | undefined;
let dropTemplates: (() => Promise<void>) | undefined;

// Named per run, so two runs against one POTENTIALE_TEST_DATABASE_URL server do not collide.
const RUN = randomBytes(4).toString('hex');
const TEMPLATES = {
  noegletal: `potentiale_fixture_noegletal_${RUN}`,
  api: `potentiale_fixture_api_${RUN}`,
};

async function withDatabase(target: DatabaseTarget, fn: (db: Database) => Promise<void>) {
  const db = await openDatabase(target, { catalogue: CATALOGUE });
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

/** `noegletal`, then a copy of it with the reference data added as `api`. */
async function buildPglite(dir: string): Promise<Built['pgliteDirs']> {
  const dirs = { noegletal: join(dir, 'noegletal'), api: join(dir, 'api') };
  await withDatabase({ kind: 'pglite', dir: dirs.noegletal }, importNoegletalData);
  cpSync(dirs.noegletal, dirs.api, { recursive: true });
  await withDatabase({ kind: 'pglite', dir: dirs.api }, importReferenceData);
  return dirs;
}

/** The same on PostgreSQL, as template databases nobody may connect to once built. */
async function buildPostgres(adminUrl: string): Promise<Built['postgresTemplates']> {
  const at = (name: string): DatabaseTarget => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { kind: 'postgres', url: url.toString() };
  };
  await adminQuery(adminUrl, `CREATE DATABASE ${TEMPLATES.noegletal}`);
  await withDatabase(at(TEMPLATES.noegletal), importNoegletalData);
  await adminQuery(adminUrl, `CREATE DATABASE ${TEMPLATES.api} TEMPLATE ${TEMPLATES.noegletal}`);
  await withDatabase(at(TEMPLATES.api), importReferenceData);
  for (const name of Object.values(TEMPLATES)) {
    await adminQuery(
      adminUrl,
      `ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`,
    );
  }
  dropTemplates = async () => {
    for (const name of Object.values(TEMPLATES)) {
      await adminQuery(adminUrl, `ALTER DATABASE ${name} WITH IS_TEMPLATE false`);
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
    }
  };
  return TEMPLATES;
}

/**
 * Whether any test file of this run uses the fixture (imports support/real-data.ts, or
 * support/real-data-app.ts, which opens it for an API test), so that
 * `vitest run test/db/migrate.test.ts` does not import the real data for nothing. Reads the
 * run's file filters from Vitest (an internal field); when it cannot, it builds.
 */
async function needed(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: unknown }).filenamePattern;
  if (filters !== undefined && !Array.isArray(filters)) return true;
  const specs = await project.vitest.getRelevantTestSpecifications(filters as string[] | undefined);
  return specs.some(
    (s) =>
      s.project.name === project.name &&
      /support\/real-data(-app)?\.ts/.test(readFileSync(s.moduleId, 'utf8')),
  );
}

export async function setup(project: TestProject): Promise<void> {
  if (!(await needed(project))) {
    project.provide('realDataFixture', { built: false });
    return;
  }
  const started = performance.now();
  root = mkdtempSync(join(tmpdir(), 'potentiale-fixture-'));
  const adminUrl = project.getProvidedContext().postgresUrl;
  const [pgliteDirs, postgresTemplates] = await Promise.all([
    buildPglite(root),
    buildPostgres(adminUrl),
  ]);
  project.provide('realDataFixture', { built: true, pgliteDirs, postgresTemplates });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`real-data fixture built in ${seconds} s (PGlite ${root}; PostgreSQL templates)`);
}

export async function teardown(): Promise<void> {
  await dropTemplates?.();
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
}
