import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../src/db/index.ts';
import { ROUTE_RULES } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

/** The database with every statement counted: `queries` says whether a request touched it. */
function counting(db: Database): Database & { queries: number } {
  const counted = {
    kind: db.kind,
    location: db.location,
    queries: 0,
    query<T>(sql: string, params?: readonly unknown[]) {
      counted.queries++;
      return db.query<T>(sql, params);
    },
    exec(sql: string) {
      counted.queries++;
      return db.exec(sql);
    },
    copyFrom: db.copyFrom.bind(db),
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      counted.queries++;
      return db.transaction(fn);
    },
    close: () => db.close(),
  };
  return counted as Database & { queries: number };
}

// Each invalid parameter with a value that is wrong by its syntax alone, so no lookup is needed
// to refuse it. keyFigure and saved peer groups are names: only the database knows them.
const INVALID: Readonly<Record<string, string>> = {
  municipality: '9999',
  code: 'abc',
  year: 'x',
  from: '19x',
  to: '-',
  benchmark: 'p200',
  peers: 'nearest:x',
  prices: 'x',
  format: 'pdf',
  locale: 'fr',
  k: '0',
  theme: 'x',
  kind: 'x',
  weights: 'x',
  among: 'x',
  limit: 'x',
  widen: '0',
};

// F8: `GET /api/v1/municipalities/766?year=x&cb=<random>` cost 1,36 CPU-seconds for a 400: the
// handler loaded data before it looked at `year`, and a random parameter bypassed the cache.
describe.each(ENGINES)('validate before work on %s', (engine) => {
  let db: Database & { queries: number };
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = counting(await freshDatabase(engine));
    // The cache reads the data version once (then trusts it for a minute): warm it first.
    app = createApp({ db, now: () => new Date(0), cacheVersionTtlMs: 60_000 });
    expect((await app.request('/api/v1/regions')).status).toBe(200);
  });
  afterAll(async () => {
    await db?.close();
  });
  const touches = async (path: string, init?: RequestInit) => {
    const before = db.queries;
    const r = await app.request(path, init);
    return { status: r.status, queries: db.queries - before, body: await r.text() };
  };

  it('answers GET /api/v1/municipalities/766?year=x with 400 without touching the database', async () => {
    const r = await touches(`/api/v1/municipalities/766?year=x&cb=${Math.random()}`);
    expect(r.status).toBe(400);
    expect(r.queries).toBe(0);
  });

  it('refuses every invalid parameter of every route before the first query', async () => {
    const doc = JSON.parse((await touches('/api/v1/openapi.json')).body) as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: { name: string; in: string; schema?: { example?: unknown } }[] }
        >
      >;
    };
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const params = ops['get']?.parameters ?? [];
      const example = (name: string) =>
        String(params.find((p) => p.name === name)?.schema?.example ?? '');
      for (const bad of params.filter((p) => INVALID[p.name] !== undefined)) {
        const url = path.replace(/{(\w+)}/g, (_, n: string) =>
          n === bad.name ? (INVALID[n] ?? '') : example(n),
        );
        const query = new URLSearchParams();
        for (const p of params.filter((x) => x.in === 'query'))
          query.set(p.name, p.name === bad.name ? (INVALID[p.name] ?? '') : example(p.name));
        const r = await touches(`${url}?${query.toString()}`);
        // A read that needs a login refuses an anonymous caller first (401), also untouched.
        const guarded = ROUTE_RULES[`GET ${path.replace(/{(\w+)}/g, ':$1')}`]?.kind === 'action';
        expect(guarded ? [401] : [400, 422], `${url}?${query.toString()}`).toContain(r.status);
        expect(r.queries, `${url}?${query.toString()}`).toBe(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('refuses an invalid DEA model before the first query', async () => {
    const r = await touches('/api/v1/dea', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ year: 'x', inputs: ['a'], outputs: ['b'] }),
    });
    expect(r.status).toBe(400);
    expect(r.queries).toBe(0);
  });

  it('serves an answer from the cache whatever unknown parameters are added', async () => {
    const base = '/api/v1/municipalities/766?year=2019';
    const first = await touches(base);
    expect(first.status).toBe(200);
    expect(first.queries).toBeGreaterThan(0);
    for (const extra of [`cb=${Math.random()}`, `_=${Date.now()}`, 'x=1&y=2', 'YEAR=1999']) {
      const r = await touches(`${base}&${extra}`);
      expect(r.status, extra).toBe(200);
      expect(r.queries, extra).toBe(0);
      expect(r.body).toBe(first.body);
    }
    // The declared parameters still make different answers, in any order.
    const other = await touches('/api/v1/municipalities/766?year=2018');
    expect(other.queries).toBeGreaterThan(0);
    const reordered = await touches('/api/v1/values?year=2019&keyFigure=indbyggertal&cb=1');
    const again = await touches('/api/v1/values?cb=2&keyFigure=indbyggertal&year=2019');
    expect(again.status).toBe(reordered.status);
    if (reordered.status === 200) expect(again.queries).toBe(0);
  });
});
