import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { mkdirSync } from 'node:fs';
import { lockFolder } from './folder-lock.ts';
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
    async copyFrom(table, columns, chunks): Promise<number> {
      // PGlite reads a COPY's data from the file /dev/blob, filled from the blob given.
      const r = await q.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
        // Uint8Array<ArrayBufferLike> is a BlobPart at run time; the DOM typings want ArrayBuffer.
        blob: new Blob(chunks as unknown as ConstructorParameters<typeof Blob>[0]),
      });
      return r.affectedRows ?? 0;
    },
  };
}

/** Opens (or creates) an embedded PGlite database in `dir`, or in memory when dir is undefined. */
export async function openPglite(dir: string | undefined): Promise<Database> {
  if (dir !== undefined) mkdirSync(dir, { recursive: true });
  const lock = dir === undefined ? undefined : lockFolder(dir);
  let pg: PGlite;
  try {
    // pg_trgm: the portal's typo fallback (migration 0007); the server has it from contrib.
    const options = { extensions: { pg_trgm } };
    pg = dir === undefined ? new PGlite(options) : new PGlite(dir, options);
    await pg.waitReady;
  } catch (e) {
    lock?.release();
    throw e;
  }
  const base = wrap(pg);
  return {
    kind: 'pglite',
    location: dir ?? 'memory://',
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pg.transaction((tx) => fn(wrap(tx)));
    },
    async close() {
      try {
        await pg.close();
      } finally {
        lock?.release();
      }
    },
  };
}
