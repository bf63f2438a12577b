import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createWorkerPool, type HeavyPool } from '../../src/server/heavy/index.ts';
import { createApp, startServer, type RunningServer } from '../../src/server/index.ts';
import { deaCsv, names, uploadPath } from '../dea/heavy-data.ts';
import { freshDatabase } from '../support/engines.ts';

// F1, F2, F6 and the DEA minor findings over HTTP: heavy work runs in the worker pool, within a
// time budget, stops when the client leaves, and is refused before any work past a limit. The
// uploads touch no database, so one engine is enough here. Ordering, not timing, is asserted.

/** 10 000 units × 20 columns (the default cell limit): about 50 s of DEA on a 2-core machine. */
const WORST = deaCsv(10_000, 10, 10);
const WORST_PATH = uploadPath(10, 10);
const CSV = { 'Content-Type': 'text/csv' };

interface ProblemBody {
  status: number;
  detail: string;
  detailEn: string;
  parameter?: string;
}

async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
}

describe('the DEA routes on a real server: heavy work off the request thread (F1, F2)', () => {
  let db: Database;
  let pool: HeavyPool;
  const servers: RunningServer[] = [];
  const serve = async (budgetMs: number) => {
    const server = await startServer({
      db,
      now: () => new Date(0),
      port: 0,
      host: '127.0.0.1',
      heavy: { pool, budgetMs },
    });
    servers.push(server);
    return server;
  };
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    pool = createWorkerPool({ size: 1 });
  });
  afterAll(async () => {
    await pool?.close();
    for (const s of servers) await s.close();
    await db?.close();
  });

  it('keeps /api/v1/health answering while a worst-case upload runs, then stops the upload at its budget with 503', async () => {
    const server = await serve(1500);
    const before = pool.stats();
    let uploadDone = false;
    const upload = fetch(`${server.url}${WORST_PATH}`, {
      method: 'POST',
      headers: CSV,
      body: WORST,
    }).finally(() => (uploadDone = true));
    await until(() => pool.stats().busy === 1 || uploadDone);
    const healthWhileBusy: number[] = [];
    while (!uploadDone) {
      const r = await fetch(`${server.url}/api/v1/health`);
      await r.arrayBuffer();
      if (!uploadDone) healthWhileBusy.push(r.status);
      await new Promise((r) => setTimeout(r, 50));
    }
    const answer = await upload;
    expect(answer.status).toBe(503);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await answer.json()) as ProblemBody;
    expect(body.detail).toMatch(/mere end 1\.5 sekunder/);
    expect(body.detailEn).toMatch(/more than 1\.5 seconds/);
    // Health kept answering while the job ran: several answers arrived before the upload's.
    expect(healthWhileBusy.length).toBeGreaterThanOrEqual(3);
    expect(healthWhileBusy.every((s) => s === 200)).toBe(true);
    expect(pool.stats()).toMatchObject({
      timedOut: before.timedOut + 1,
      terminated: before.terminated + 1,
      busy: 0,
    });
  });

  it('terminates the work when the client disconnects (F2: the server stops computing)', async () => {
    const server = await serve(120_000);
    const before = pool.stats();
    const client = new AbortController();
    const upload = fetch(`${server.url}${WORST_PATH}`, {
      method: 'POST',
      headers: CSV,
      body: WORST,
      signal: client.signal,
    }).catch((e: unknown) => e);
    await until(() => pool.stats().busy === 1);
    client.abort();
    expect(await upload).toBeInstanceOf(Error);
    await until(() => pool.stats().aborted > before.aborted);
    expect(pool.stats()).toMatchObject({ busy: 0, terminated: before.terminated + 1 });
    // The server still computes for the next client (on a new worker).
    const small = await fetch(`${server.url}${uploadPath(1, 1)}`, {
      method: 'POST',
      headers: CSV,
      body: 'id,x0,y0\na,1,1\nb,2,3\nc,3,2\n',
    });
    expect(small.status).toBe(200);
  });
});

describe('the DEA routes: limits, repeated columns, rate limit and extreme numbers', () => {
  let db: Database;
  let pool: HeavyPool;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    pool = createWorkerPool({ size: 1 });
    app = createApp({ db, now: () => new Date(0), heavy: { pool, ratePerMinute: 0 } });
  });
  afterAll(async () => {
    await pool?.close();
    await db?.close();
  });
  const upload = (path: string, body: string) =>
    app.request(path, { method: 'POST', headers: CSV, body });
  const problemOf = async (r: Response, status: number): Promise<ProblemBody> => {
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    return (await r.json()) as ProblemBody;
  };

  it('refuses more than 10 000 units with 413 naming the limit and the count, quoted or not', async () => {
    const rows = deaCsv(10_001, 1, 1);
    const before = pool.stats();
    const plain = await problemOf(await upload(uploadPath(1, 1), rows), 413);
    expect(plain.detail).toMatch(/10\.001 enheder.*grænsen er 10\.000 \(maxUnits\)/);
    expect(plain.detailEn).toMatch(/10001 units.*limit is 10000 \(maxUnits\)/);
    // Without quotes the rows are counted before a worker is asked.
    expect(pool.stats().completed).toBe(before.completed);
    const quoted = rows.replace(/^u(\d+),/gm, '"u$1",');
    const worker = await problemOf(await upload(uploadPath(1, 1), quoted), 413);
    expect(worker.detail).toMatch(/maxUnits/);
  });

  it('refuses units × columns past the cell limit with 413 naming it', async () => {
    const small = createApp({
      db,
      now: () => new Date(0),
      heavy: { pool, ratePerMinute: 0, limits: { maxCells: 100 } },
    });
    const r = await small.request(uploadPath(2, 2), {
      method: 'POST',
      headers: CSV,
      body: deaCsv(30, 2, 2),
    });
    const body = await problemOf(r, 413);
    expect(body.detail).toMatch(
      /30 enheder × 4 kolonner = 120 celler; grænsen er 100 \(maxCells\)/,
    );
  });

  it('refuses a column named twice with 422 naming it, before any work (F2)', async () => {
    const before = pool.stats();
    const f2 = `/api/v1/dea/upload?id=id&inputs=${Array(100).fill('x0,x1,x2').join(',')}&outputs=y0`;
    const repeated = await problemOf(await upload(f2, deaCsv(400, 3, 1)), 422);
    expect(repeated.detail).toContain('"x0" er nævnt to gange');
    expect(repeated.parameter).toBe('inputs');
    const across = await problemOf(
      await upload('/api/v1/dea/upload?id=id&inputs=x0&outputs=x0', deaCsv(5, 1, 1)),
      422,
    );
    expect(across.detail).toMatch(/"x0".*inputs og outputs/);
    expect(across.parameter).toBe('outputs');
    const json = await app.request('/api/v1/dea', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        year: 2019,
        inputs: ['a', 'b'],
        outputs: ['c'],
        nonDiscretionary: ['a'],
      }),
    });
    expect((await problemOf(json, 422)).parameter).toBe('nonDiscretionary');
    expect(pool.stats().completed).toBe(before.completed);
  });

  it('refuses more distinct columns than the limit with 422 naming it', async () => {
    const r = await upload(uploadPath(30, 21), deaCsv(60, 30, 21));
    expect((await problemOf(r, 422)).detail).toMatch(/51 kolonner; grænsen er 50 \(maxColumns\)/);
  });

  it('refuses a header that repeats a used column (id,x,x,y) with 422 naming it', async () => {
    const r = await upload(
      '/api/v1/dea/upload?id=id&inputs=x&outputs=y',
      'id,x,x,y\na,1,2,1\nb,2,1,2\n',
    );
    const body = await problemOf(r, 422);
    expect(body.detail).toContain('kolonnen "x" står to gange i overskriften (kolonne 2 og 3)');
  });

  it('names an unknown column among 100 000 with a short detail', async () => {
    // 100 000 names: 150 000 (the finding) now pass the reader's 1 MB line limit.
    const header = ['id', ...names('c', 100_000)].join(',');
    const r = await upload('/api/v1/dea/upload?id=id&inputs=nope&outputs=c1', `${header}\n`);
    const body = await problemOf(r, 422);
    expect(body.detail).toContain('kolonnen "nope" findes ikke');
    expect(body.detail).toContain('og 99981 flere');
    expect(body.detail.length).toBeLessThan(1000);
  });

  it.each([
    ['1e308 in one cell', '1e308', /højst|op til 1e\+100/],
    ['one cell of 1e20', '1e20', /spænder fra 1 til 1e\+20/],
    ['one cell of 1e-300', '1e-300', /positive værdier fra 1e-100/],
  ])('answers %s with 422 naming the column and the reason, never 500 (F6)', async (_, v, why) => {
    const csv = `id,x,y\na,1,1\nb,2,3\nc,${v},2\nd,3,1\n`;
    const body = await problemOf(
      await upload('/api/v1/dea/upload?id=id&inputs=x&outputs=y', csv),
      422,
    );
    expect(body.detail).toContain('Input "x"');
    expect(body.detail).toMatch(why);
    expect(body.detailEn).toMatch(/^Input "x" (has|spans)/);
    expect(body.parameter).toBe('inputs');
  });

  it('answers 1e-300 mixed with 1e300 with 422, and scores wide but solvable data correctly (F6)', async () => {
    const mixed = 'id,x,y\na,1e-300,1\nb,1e300,2\nc,1e-300,0.5\nd,1e300,3\n';
    await problemOf(
      await upload('/api/v1/dea/upload?id=id&inputs=x&outputs=y&rts=vrs', mixed),
      422,
    );
    // The same shape, each column at its own magnitude (1e-40, 1e40): a, c and d are efficient;
    // b (3, 2) is matched by half a and half d (2.5, 2): θ = 2.5/3.
    const wide = 'id,x,y\na,1e-40,1e40\nb,3e-40,2e40\nc,1e-40,0.5e40\nd,4e-40,3e40\n';
    const r = await upload('/api/v1/dea/upload?id=id&inputs=x&outputs=y&rts=vrs', wide);
    expect(r.status).toBe(200);
    const doc = (await r.json()) as { units: { id: string; eff: number }[] };
    const eff = Object.fromEntries(doc.units.map((u) => [u.id, u.eff]));
    expect(eff).toMatchObject({ a: 1, c: 1, d: 1 });
    expect(eff.b).toBeCloseTo(5 / 6, 12);
  });

  it('limits heavy requests per client with 429 and Retry-After, then lets them through again', async () => {
    let now = 0;
    const limited = createApp({
      db,
      now: () => new Date(0),
      heavy: { pool, ratePerMinute: 2, clock: () => now },
    });
    const send = () =>
      limited.request('/api/v1/dea/upload?id=id&inputs=x&outputs=y', {
        method: 'POST',
        headers: CSV,
        body: 'id,x,y\na,1,1\nb,2,3\nc,3,2\n',
      });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const third = await send();
    const body = await problemOf(third, 429);
    expect(third.headers.get('retry-after')).toBe('30');
    expect(body.detailEn).toMatch(/at most 2 a minute/);
    now += 30_000;
    expect((await send()).status).toBe(200);
  });
});
