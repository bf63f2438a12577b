import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { Database, Queryable } from './database.ts';
import { maskDatabaseUrl } from './database-url.ts';

// Same JS types on both database kinds: PGlite returns int8 as number; numeric stays text on both.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 && format !== 'binary') return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const r = await client.query({ text: sql, values: params as unknown[], types });
      return r.rows as T[];
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
    async copyFrom(table, columns, chunks): Promise<number> {
      if (client instanceof pg.Pool) {
        // A COPY holds its connection until the data end: outside a transaction, take one.
        const c = await client.connect();
        try {
          const n = await wrap(c).copyFrom(table, columns, chunks);
          c.release();
          return n;
        } catch (e) {
          c.release(true);
          throw e;
        }
      }
      const copy = client.query(copyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(chunks), copy);
      return copy.rowCount;
    },
  };
}

/** Connects to a PostgreSQL server (a pool of a few connections). */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8, types });
  // An idle connection closed by the server (a restart, pg_terminate_backend) is reported here;
  // without a listener it would crash the process. The pool drops it and the next query
  // connects anew, so there is nothing more to do.
  pool.on('error', () => undefined);
  // Fail now, with the server's own message, rather than on the first query.
  const client = await pool.connect();
  client.release();
  const base = wrap(pool);
  return {
    kind: 'postgres',
    location: maskDatabaseUrl(url),
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(wrap(c));
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
