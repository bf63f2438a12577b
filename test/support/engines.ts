// Runs a database test suite on both engines (DESIGN.md §5): PGlite in memory and the
// throwaway PostgreSQL server started by test/setup/postgres-global.ts.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/index.ts';

export type EngineName = 'pglite' | 'postgres';
export const ENGINES: readonly EngineName[] = ['pglite', 'postgres'];

/** A fresh, empty database on the named engine: a new PGlite, or a new database on the server. */
export async function freshTarget(
  engine: EngineName,
  dir?: string,
): Promise<DatabaseTarget & { drop(): Promise<void> }> {
  if (engine === 'pglite') return { kind: 'pglite', dir, drop: async () => undefined };
  const adminUrl = inject('postgresUrl');
  const name = `potentiale_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Opens a fresh migrated database with the catalogue; `close()` also drops it. */
export async function freshDatabase(engine: EngineName): Promise<Database> {
  const target = await freshTarget(engine);
  const db = await openDatabase(target, { catalogue: CATALOGUE });
  return droppedOnClose(db, target.drop);
}

/** `db` whose `close()` also removes what it was opened on (a folder or a database). */
export function droppedOnClose(db: Database, drop: () => Promise<void>): Database {
  return {
    ...db,
    kind: db.kind,
    location: db.location,
    query: db.query.bind(db),
    exec: db.exec.bind(db),
    transaction: db.transaction.bind(db),
    async close() {
      try {
        await db.close();
      } finally {
        await drop();
      }
    },
  };
}
