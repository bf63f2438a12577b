// One real-data fixture per test run (issue 13): test/setup/real-data-global.ts imports the
// real data once into a PGlite folder and once into a PostgreSQL template database, per data
// set; a test file takes a fresh, private copy on either engine with realDataDatabase().
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/index.ts';
import { importApiData, importNoegletalData } from './api-data.ts';
import { droppedOnClose, type EngineName } from './engines.ts';
import { adminQuery } from './postgres-admin.ts';

/**
 * The data sets: `noegletal` is full_noegletal.csv alone (fixed 2010 prices); `api` adds the
 * DAGI municipalities and DST's classification (what the HTTP API tests serve).
 */
export type RealDataSet = 'noegletal' | 'api';
export const REAL_DATA_SETS: readonly RealDataSet[] = ['noegletal', 'api'];

/** Where the global setup left each set: a PGlite folder and a PostgreSQL template name. */
export type RealDataFixture =
  | {
      readonly built: true;
      readonly pgliteDirs: Readonly<Record<RealDataSet, string>>;
      readonly postgresTemplates: Readonly<Record<RealDataSet, string>>;
    }
  /** No test file of the run named support/real-data.ts, so the setup skipped the import. */
  | { readonly built: false };

/** Imports a set into an open database (`api` includes `noegletal`). */
export async function importRealDataSet(db: Database, set: RealDataSet): Promise<void> {
  if (set === 'api') await importApiData(db);
  else await importNoegletalData(db);
}

/**
 * A fresh database on `engine` holding the real data set, private to the caller: a copy of the
 * PGlite folder, or a PostgreSQL database cloned from the template (CREATE DATABASE …
 * TEMPLATE). Opened as openDatabase opens any database (migrations, catalogue); `close()`
 * also removes the copy.
 */
export async function realDataDatabase(
  engine: EngineName,
  set: RealDataSet = 'api',
): Promise<Database> {
  const copy = await realDataTarget(engine, set);
  let db: Database;
  try {
    db = await openDatabase(copy.target, { catalogue: CATALOGUE });
  } catch (e) {
    await copy.drop();
    throw e;
  }
  return droppedOnClose(db, copy.drop);
}

/**
 * A fresh copy of the real data set on `engine`, not opened: a PGlite folder or a PostgreSQL
 * URL for a command to open (`--db`); `drop()` removes it.
 */
export async function realDataTarget(
  engine: EngineName,
  set: RealDataSet = 'api',
): Promise<{ readonly target: DatabaseTarget; drop(): Promise<void> }> {
  const fixture = inject('realDataFixture');
  if (!fixture.built) {
    throw new Error(
      'The real-data fixture was not built in this run: the global setup builds it only when a ' +
        'test file imports support/real-data.ts or support/real-data-app.ts by that name (test/setup/real-data-global.ts).',
    );
  }
  if (engine === 'pglite') {
    const parent = mkdtempSync(join(tmpdir(), `potentiale-${set}-`));
    const dir = join(parent, 'db');
    cpSync(fixture.pgliteDirs[set], dir, { recursive: true });
    return {
      target: { kind: 'pglite', dir },
      drop: async () => rmSync(parent, { recursive: true, force: true }),
    };
  }
  const adminUrl = inject('postgresUrl');
  const name = `potentiale_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${fixture.postgresTemplates[set]}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    realDataFixture: RealDataFixture;
  }
}
