import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { problemFromError } from '../../src/server/problem.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

interface ProblemBody {
  readonly status: number;
  readonly detail: string;
  readonly detailEn: string;
  readonly parameter?: string;
}

const CONTROL = [...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)), '\u007f'];
const pct = (ch: string) => `%${ch.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
const DEA_BODY = { year: 2019, inputs: ['udgifter-aeldre-pr-67-aarig:total'], outputs: ['x'] };

describe.each(ENGINES)('one error path on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const errors: unknown[] = [];
  beforeAll(async () => {
    db = await freshDatabase(engine);
    app = createApp({ db, now: () => new Date(0), logError: (e) => errors.push(e) });
  });
  afterAll(async () => {
    await db?.close();
    expect(errors).toEqual([]);
  });
  const problemOf = async (r: Response): Promise<ProblemBody> => {
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    return (await r.json()) as ProblemBody;
  };

  // F4: PostgreSQL refuses U+0000, and the server answered 500.
  it.each([
    ['/api/v1/key-figures/%00', 'id'],
    ['/api/v1/values?keyFigure=%00&year=2019', 'keyFigure'],
    ['/api/v1/series?keyFigure=%00&municipality=766', 'keyFigure'],
    ['/api/v1/potential?municipality=766&keyFigure=%00&year=2019', 'keyFigure'],
    ['/api/v1/development?municipality=766&keyFigure=%00&from=2010&to=2019', 'keyFigure'],
    ['/api/v1/talk-to?municipality=766&keyFigure=%00&year=2019', 'keyFigure'],
    ['/api/v1/package?municipality=766&year=2019&peers=saved:%00', 'peers'],
    ['/api/v1/potential?municipality=766&keyFigure=x&year=2019&peers=saved:a%00b', 'peers'],
  ])('refuses a NUL byte in %s with 400 naming %s (F4)', async (path, parameter) => {
    const r = await app.request(path);
    expect(r.status).toBe(400);
    const body = await problemOf(r);
    expect(body.parameter).toBe(parameter);
    expect(body.detail).toMatch(/kontroltegn \(U\+0000\)/);
  });

  it('refuses every control character U+0000-U+001F and U+007F in a query value, a name and a path segment', async () => {
    for (const ch of CONTROL) {
      const inValue = await app.request(`/api/v1/values?keyFigure=a${pct(ch)}b&year=2019`);
      expect(inValue.status, pct(ch)).toBe(400);
      expect((await problemOf(inValue)).parameter).toBe('keyFigure');
      const inName = await app.request(`/api/v1/regions?x${pct(ch)}=1`);
      expect(inName.status, pct(ch)).toBe(400);
      const inPath = await app.request(`/api/v1/municipalities/7${pct(ch)}6`);
      expect(inPath.status, pct(ch)).toBe(400);
      expect((await problemOf(inPath)).parameter).toBe('code');
    }
    // A broken percent-escape is refused the same way, not passed on half-decoded.
    const broken = await app.request('/api/v1/values?keyFigure=%E0%A4%A&year=2019');
    expect(broken.status).toBe(400);
    expect((await problemOf(broken)).parameter).toBe('keyFigure');
  });

  it('accepts what only looks hostile: tabs escaped as text, Danish letters, emoji', async () => {
    for (const q of [
      '%5Ct',
      '%C3%A6%C3%B8%C3%A5',
      '%F0%9F%98%80',
      "'%3B%20DROP%20TABLE%20x%3B--",
    ]) {
      const r = await app.request(`/api/v1/values?keyFigure=${q}&year=2019`);
      expect(r.status, q).toBe(404);
    }
  });

  // F5: the error handler dropped the 400 and 415 that Hono attaches.
  it.each([
    ['malformed JSON', '{"year":', 'application/json', 400],
    ['empty JSON', '', 'application/json', 400],
    ['JSON that is not an object', '[1,2]', 'application/json', 400],
    [
      'a NUL in a JSON string',
      JSON.stringify({ ...DEA_BODY, outputs: ['a\u0000'] }),
      'application/json',
      400,
    ],
    ['a wrong content type', JSON.stringify(DEA_BODY), 'text/plain', 415],
    ['form data', 'year=2019', 'application/x-www-form-urlencoded', 415],
  ])(
    'answers POST /api/v1/dea with %s with a problem document (F5)',
    async (_, body, type, status) => {
      const r = await app.request('/api/v1/dea', {
        method: 'POST',
        headers: { 'Content-Type': type },
        body,
      });
      expect(r.status).toBe(status);
      const p = await problemOf(r);
      expect(p.status).toBe(status);
      expect(p.detail.length).toBeGreaterThan(5);
      expect(p.detailEn.length).toBeGreaterThan(5);
    },
  );

  it('answers POST /api/v1/dea without a Content-Type with 415 (F5)', async () => {
    const r = await app.request('/api/v1/dea', {
      method: 'POST',
      body: new TextEncoder().encode(JSON.stringify(DEA_BODY)),
    });
    expect(r.status).toBe(415);
    await problemOf(r);
  });

  it('answers a number outside its documented range with 422 and a non-number with 400', async () => {
    const cases: [string, number, string][] = [
      ['/api/v1/values?keyFigure=x&year=1899', 422, 'year'],
      ['/api/v1/values?keyFigure=x&year=2101', 422, 'year'],
      ['/api/v1/values?keyFigure=x&year=99999999999', 422, 'year'],
      ['/api/v1/values?keyFigure=x&year=-2019', 422, 'year'],
      ['/api/v1/values?keyFigure=x&year=20x9', 400, 'year'],
      ['/api/v1/values?keyFigure=x&year=NaN', 400, 'year'],
      ['/api/v1/values?keyFigure=x&year=1e3', 400, 'year'],
      ['/api/v1/peers?municipality=766&year=2019&k=0', 422, 'k'],
      ['/api/v1/peers?municipality=766&year=2019&k=98', 422, 'k'],
      ['/api/v1/talk-to?municipality=766&keyFigure=x&year=2019&widen=1000', 422, 'widen'],
      ['/api/v1/development?municipality=766&keyFigure=x&from=1066&to=2019', 422, 'from'],
      ['/api/v1/municipalities/766?year=3000', 422, 'year'],
    ];
    for (const [path, status, parameter] of cases) {
      const r = await app.request(path);
      expect(r.status, path).toBe(status);
      expect((await problemOf(r)).parameter, path).toBe(parameter);
    }
    const body = await app.request('/api/v1/dea', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...DEA_BODY, year: 1800 }),
    });
    expect(body.status).toBe(422);
    expect((await problemOf(body)).parameter).toBe('year');
  });

  it('names the peers parameter and its k for peers=nearest:0', async () => {
    const r = await app.request('/api/v1/package?municipality=766&year=2019&peers=nearest:0');
    expect(r.status).toBe(422);
    const p = await problemOf(r);
    expect(p.parameter).toBe('peers');
    expect(p.detail).toMatch(/nearest:<k>/);
    expect(p.detail).not.toMatch(/^peers skal være et helt tal/);
  });

  it('answers a wrong method on an existing path with 405 and Allow, not 404', async () => {
    for (const [method, path, allow] of [
      ['POST', '/api/v1/health', 'GET, HEAD'],
      ['DELETE', '/api/v1/municipalities/766', 'GET, HEAD'],
      ['PUT', '/api/v1/values', 'GET, HEAD'],
      ['GET', '/api/v1/dea', 'POST'],
      ['GET', '/api/v1/dea/upload', 'POST'],
      ['PATCH', '/api/docs', 'GET, HEAD'],
    ] as const) {
      const r = await app.request(path, { method });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.get('allow')).toBe(allow);
      await problemOf(r);
    }
    expect((await app.request('/api/v1/findes-ikke', { method: 'POST' })).status).toBe(404);
    expect((await app.request('/api/v1/health/', { method: 'POST' })).status).toBe(404);
  });
});

describe('problemFromError(c, error)', () => {
  const answer = async (error: unknown) => {
    const app = new Hono();
    app.get('/', () => {
      throw error;
    });
    app.onError((e, c) => problemFromError(c, e));
    const r = await app.request('/');
    return { status: r.status, body: (await r.json()) as ProblemBody };
  };

  it('keeps the status of a Hono HTTPException instead of answering 500', async () => {
    for (const status of [400, 413, 415, 429] as const) {
      const r = await answer(new HTTPException(status, { message: 'x' }));
      expect(r.status).toBe(status);
      expect(r.body.detail.length).toBeGreaterThan(5);
    }
    expect((await answer(new HTTPException(500))).status).toBe(500);
  });

  it('answers an unexpected error with 500 and no stack', async () => {
    const r = await answer(new TypeError('boom at foo.ts:12'));
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toMatch(/boom|foo\.ts/);
  });
});
