import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/index.ts';
import { freshTarget } from '../support/engines.ts';

// PostgreSQL only: PGlite runs in the process and has no connections to lose.
describe('openDatabase({ kind: "postgres" }) when the server closes its connections', () => {
  let target: Awaited<ReturnType<typeof freshTarget>>;
  let db: Database;
  beforeAll(async () => {
    target = await freshTarget('postgres');
    if (target.kind !== 'postgres') throw new Error('expected a PostgreSQL target');
    db = await openDatabase(target, { migrate: false });
  });
  afterAll(async () => {
    await db?.close();
    await target?.drop();
  });

  it('survives idle connections being terminated and answers the next query on a new one', async () => {
    await Promise.all([db.query('SELECT 1'), db.query('SELECT 2'), db.query('SELECT 3')]);
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      const admin = new pg.Client({ connectionString: inject('postgresUrl') });
      await admin.connect();
      const name = new URL(target.kind === 'postgres' ? target.url : '').pathname.slice(1);
      const killed = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      await admin.end();
      expect(killed.rowCount).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(uncaught).toEqual([]);
      expect(await db.query<{ n: number }>('SELECT 41 + 1 AS n')).toEqual([{ n: 42 }]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
