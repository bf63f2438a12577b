import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { Database, Queryable } from './database.ts';

function wrap(q: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const r = await q.query<T>(sql, params as unknown[]);
      return r.rows;
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
  };
}

/** Opens (or creates) an embedded PGlite database in `dir`, or in memory when dir is undefined. */
export async function openPglite(dir: string | undefined): Promise<Database> {
  if (dir !== undefined) mkdirSync(dir, { recursive: true });
  const pg = dir === undefined ? new PGlite() : new PGlite(dir);
  await pg.waitReady;
  const base = wrap(pg);
  return {
    engine: 'pglite',
    location: dir ?? 'memory://',
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pg.transaction((tx) => fn(wrap(tx)));
    },
    async close() {
      await pg.close();
    },
  };
}
