import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createApp, startServer } from '../../src/server/index.ts';
import { freshDatabase } from '../support/engines.ts';

// F3: any website could make a local server run DEA (a text/plain POST needs no preflight, and
// the answer carried Access-Control-Allow-Origin: *). And DNS rebinding could reach it by name.
// The upload touches no database, so one engine is enough here.
const CSV = 'id,x,y\na,1,2\nb,2,1\nc,2,2\n';
const UPLOAD = '/api/v1/dea/upload?id=id&inputs=x&outputs=y';

describe('createApp(options): writes from other sites (F3)', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    app = createApp({
      db,
      now: () => new Date(0),
      allowedOrigins: ['https://intra.example.dk'],
    });
  });
  afterAll(async () => {
    await db?.close();
  });
  const post = (headers: Record<string, string>, path = UPLOAD, body = CSV) =>
    app.request(path, { method: 'POST', headers, body });

  it('refuses the F3 request (Origin: evil.example, text/plain) with 403 and no CORS header', async () => {
    const r = await post({ Origin: 'https://evil.example', 'Content-Type': 'text/plain' });
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await r.json()) as { detail: string; detailEn: string; parameter?: string };
    expect(body.parameter).toBe('Origin');
    expect(body.detailEn).toMatch(/another site/);
  });

  it.each([
    ['a foreign origin with the right content type', { Origin: 'https://evil.example' }],
    ['the opaque origin "null" (sandboxed frames, file: pages)', { Origin: 'null' }],
    ['a cross-site fetch without Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ['the right host name on another port', { Origin: 'http://localhost:9999' }],
  ])('refuses %s with 403', async (_, headers) => {
    const r = await post({ ...headers, 'Content-Type': 'text/csv' });
    expect(r.status).toBe(403);
  });

  it('accepts writes from its own origin, an allowed origin, and clients that send no Origin', async () => {
    for (const headers of [
      { Origin: 'http://localhost' } as Record<string, string>,
      { Origin: 'https://localhost' },
      { Origin: 'https://intra.example.dk' },
      { 'Sec-Fetch-Site': 'same-origin' },
      {},
    ]) {
      const r = await post({ ...headers, 'Content-Type': 'text/csv' });
      expect(r.status, JSON.stringify(headers)).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it.each([
    [UPLOAD, 'text/plain', 'text/csv'],
    [UPLOAD, 'application/x-www-form-urlencoded', 'text/csv'],
    [UPLOAD, 'multipart/form-data; boundary=x', 'text/csv'],
    [UPLOAD, 'application/json', 'text/csv'],
    ['/api/v1/dea', 'text/plain', 'application/json'],
    ['/api/v1/dea', 'text/csv', 'application/json'],
  ])('refuses POST %s sent as %s with 415 naming %s', async (path, type, expected) => {
    const r = await post({ 'Content-Type': type }, path);
    expect(r.status).toBe(415);
    const body = (await r.json()) as { detail: string; parameter?: string };
    expect(body.parameter).toBe('Content-Type');
    expect(body.detail).toContain(expected);
  });

  it('refuses a write without Content-Type with 415', async () => {
    for (const path of [UPLOAD, '/api/v1/dea']) {
      const r = await app.request(path, { method: 'POST', body: new TextEncoder().encode('{}') });
      expect(r.status, path).toBe(415);
    }
  });

  it('grants CORS to anonymous reads and their preflight, but not to a write preflight', async () => {
    const read = await app.request('/api/v1/regions', {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    const readPreflight = await app.request('/api/v1/regions', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(readPreflight.status).toBe(204);
    expect(readPreflight.headers.get('access-control-allow-methods')).not.toMatch(/POST/);
    for (const path of [UPLOAD, '/api/v1/dea']) {
      const preflight = await app.request(path, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://evil.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      expect(preflight.status).toBeGreaterThanOrEqual(400);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    }
  });
});

describe('createApp(options): the Host header, against DNS rebinding', () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers the loopback names on any port by default and refuses others with 421', async () => {
    const app = createApp({ db, now: () => new Date(0) });
    for (const host of [
      'localhost',
      'localhost:3000',
      '127.0.0.1:8080',
      '[::1]:3000',
      'LOCALHOST.',
    ])
      expect((await app.request('/api/v1/regions', { headers: { Host: host } })).status, host).toBe(
        200,
      );
    for (const host of ['evil.example', 'evil.example:3000', '127.0.0.1.evil.example', '[::2]']) {
      const r = await app.request('/api/v1/regions', { headers: { Host: host } });
      expect(r.status, host).toBe(421);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(((await r.json()) as { parameter?: string }).parameter).toBe('Host');
    }
    // Writes too, and the web app's paths: the check is on every request.
    const upload = await app.request(UPLOAD, {
      method: 'POST',
      headers: { Host: 'evil.example:3000', 'Content-Type': 'text/csv' },
      body: CSV,
    });
    expect(upload.status).toBe(421);
  });

  it('answers configured names, with or without a port, and * turns the check off', async () => {
    const app = createApp({
      db,
      now: () => new Date(0),
      allowedHosts: ['potentiale.kommune.dk', 'intern:8443'],
    });
    const status = async (host: string) =>
      (await app.request('/api/v1/regions', { headers: { Host: host } })).status;
    expect(await status('potentiale.kommune.dk')).toBe(200);
    expect(await status('potentiale.kommune.dk:443')).toBe(200);
    expect(await status('intern:8443')).toBe(200);
    expect(await status('intern:8444')).toBe(421);
    expect(await status('localhost')).toBe(421);
    const open = createApp({ db, now: () => new Date(0), allowedHosts: ['*'] });
    expect(
      (await open.request('/api/v1/regions', { headers: { Host: 'anything.example' } })).status,
    ).toBe(200);
  });

  it('startServer answers its own address and refuses a rebound name over real HTTP', async () => {
    const server = await startServer({ db, now: () => new Date(0), port: 0, host: '127.0.0.1' });
    try {
      const get = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port: server.port,
              path: '/api/v1/regions',
              headers: { Host: host },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          req.end();
        });
      expect(await get(`127.0.0.1:${server.port}`)).toBe(200);
      expect(await get(`localhost:${server.port}`)).toBe(200);
      expect(await get(`evil.example:${server.port}`)).toBe(421);
    } finally {
      await server.close();
    }
  });
});
