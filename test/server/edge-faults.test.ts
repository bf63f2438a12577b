import { createServer, connect, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATALOGUE, PotentialeError } from '../../src/core/index.ts';
import { openDatabase, type Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { isDatabaseUnavailable } from '../../src/server/problem.ts';
import { freshTarget } from '../support/engines.ts';

/** A TCP proxy to PostgreSQL that the test can cut and restore, like a server going away. */
function cuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  return {
    get port() {
      return port;
    },
    async open(): Promise<void> {
      if (server?.listening) return;
      server = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(port, '127.0.0.1', resolve);
      });
      const address = server.address();
      if (address && typeof address === 'object') port = address.port;
    },
    async cut(): Promise<void> {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

// F11: a PostgreSQL outage answered 500. PGlite runs in the process and cannot lose a connection.
describe('createApp(options) when PostgreSQL goes away (F11)', () => {
  let target: Awaited<ReturnType<typeof freshTarget>>;
  let proxy: ReturnType<typeof cuttableProxy>;
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const logged: unknown[] = [];
  beforeAll(async () => {
    target = await freshTarget('postgres');
    if (target.kind !== 'postgres') throw new Error('expected a PostgreSQL target');
    const url = new URL(target.url);
    proxy = cuttableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    await proxy.open();
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    db = await openDatabase({ kind: 'postgres', url: url.toString() }, { catalogue: CATALOGUE });
    app = createApp({
      db,
      now: () => new Date(0),
      cacheVersionTtlMs: 0,
      logError: (e) => logged.push(e),
    });
  });
  afterAll(async () => {
    await db?.close();
    await proxy?.cut();
    await target?.drop();
  });

  it('answers 503 with Retry-After in Danish and English, health says degraded, and recovers', async () => {
    expect((await app.request('/api/v1/municipalities')).status).toBe(200);
    const ok = await app.request('/api/v1/health');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe('ok');

    await proxy.cut();
    for (const path of [
      '/api/v1/municipalities',
      '/api/v1/municipalities/766?year=2019',
      '/api/v1/values?keyFigure=indbyggertal&year=2019',
      '/api/v1/package?municipality=766&year=2019',
    ]) {
      const r = await app.request(path);
      expect(r.status, path).toBe(503);
      expect(Number(r.headers.get('retry-after')), path).toBeGreaterThan(0);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const body = (await r.json()) as { detail: string; detailEn: string };
      expect(body.detail).toMatch(/Databasen svarer ikke/);
      expect(body.detailEn).toMatch(/database is not answering/);
    }
    const degraded = await app.request('/api/v1/health');
    expect(degraded.status).toBe(503);
    expect(Number(degraded.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(degraded.headers.get('cache-control')).toBe('no-store');
    const health = (await degraded.json()) as { status: string; hintDa: string; hintEn: string };
    expect(health.status).toBe('degraded');
    expect(health.hintDa).toMatch(/Databasen svarer ikke/);
    expect(health.hintEn).toMatch(/database is not answering/);
    expect(logged.every((e) => isDatabaseUnavailable(e))).toBe(true);

    await proxy.open();
    expect((await app.request('/api/v1/municipalities')).status).toBe(200);
    const back = await app.request('/api/v1/health');
    expect(back.status).toBe(200);
    expect(((await back.json()) as { status: string }).status).toBe('ok');
  });
});

describe('isDatabaseUnavailable(error)', () => {
  it('recognises the connection errors of node-postgres and a closed pool', () => {
    const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
    for (const e of [
      coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      coded('ECONNRESET'),
      coded('57P01', 'terminating connection due to administrator command'),
      coded('57P03', 'the database system is starting up'),
      coded('08006'),
      coded('53300', 'sorry, too many clients already'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('timeout exceeded when trying to connect'),
      new AggregateError([coded('ECONNREFUSED')], ''),
      new Error('wrapped', { cause: coded('ECONNREFUSED') }),
      new PotentialeError('database', 'Kunne ikke åbne PostgreSQL-serveren'),
    ])
      expect(isDatabaseUnavailable(e), String(e)).toBe(true);
    for (const e of [
      coded('22021', 'invalid byte sequence for encoding "UTF8": 0x00'),
      coded('42P01', 'relation "x" does not exist'),
      new TypeError('x is undefined'),
      'a string',
      undefined,
    ])
      expect(isDatabaseUnavailable(e), String(e)).toBe(false);
  });

  it('recognises a real backend termination (57P01) during a query', async () => {
    const target = await freshTarget('postgres');
    if (target.kind !== 'postgres') throw new Error('expected a PostgreSQL target');
    const db = await openDatabase(target, { migrate: false });
    try {
      const running = db.query('SELECT pg_sleep(10)').then(
        () => undefined,
        (e: unknown) => e,
      );
      await new Promise((r) => setTimeout(r, 300));
      const admin = new pg.Client({ connectionString: inject('postgresUrl') });
      await admin.connect();
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [new URL(target.url).pathname.slice(1)],
      );
      await admin.end();
      const error = await running;
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await db.close();
      await target.drop();
    }
  });
});
