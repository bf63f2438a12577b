import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { freshDatabase } from '../support/engines.ts';

// A built web app made by the test: an index.html, hashed assets and Vite's manifest (an entry
// and the kommune page's chunk with one chunk of its own, one shared with the entry, a style).
let root: string;
let db: Database;
let app: ReturnType<typeof createApp>;
const script = `console.log(${JSON.stringify('Potentiale '.repeat(300))});`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'potentiale-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html>\n<html>\n  <head>\n    <title>Potentiale</title>\n  </head>\n  <body></body>\n</html>\n',
  );
  writeFileSync(join(root, 'assets', 'index-abc123.js'), script);
  mkdirSync(join(root, '.vite'));
  writeFileSync(
    join(root, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-abc123.js', isEntry: true, imports: ['_core.js'] },
      '_core.js': { file: 'assets/core-1.js' },
      '_years.js': { file: 'assets/years-2.js', imports: ['_core.js'] },
      'pages/municipality/index.tsx': {
        file: 'assets/municipality-3.js',
        isDynamicEntry: true,
        imports: ['_core.js', '_years.js'],
        css: ['assets/municipality-4.css'],
      },
      'pages/home/index.tsx': { file: 'assets/home-5.js', isDynamicEntry: true },
    }),
  );
  // Static files touch no SQL; one engine is enough here.
  db = await freshDatabase('pglite');
  app = createApp({ db, now: () => new Date('2026-11-23T12:00:00Z'), webRoot: root });
});
afterAll(async () => {
  await db.close();
  rmSync(root, { recursive: true, force: true });
});

describe('createApp({ webRoot }): the web app on the API’s port', () => {
  it('answers every path outside /api with index.html, never cached without revalidation', async () => {
    for (const path of ['/', '/kommune/766', '/noegletal/udgifter-aeldre-pr-67-aarig?year=2019']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<title>Potentiale</title>');
    }
  });

  it('serves hashed assets as immutable, gzipped when the browser accepts it', async () => {
    const res = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(script);
    const plain = await app.request('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('answers 304 to a matching If-None-Match and 404 to an unknown asset', async () => {
    const first = await app.request('/');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await app.request('/', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('leaves /api to the API: an unknown API path is still a problem document', async () => {
    const res = await app.request('/api/v1/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await app.request('/api/v1/health')).status).toBe(200);
  });

  it('preloads what the opened page asks first: its chunks and style, its API requests', async () => {
    const html = await (await app.request('/kommune/766?year=2022&peers=%3Cx%3E')).text();
    const links = [...html.matchAll(/<link [^>]+>/g)].map((m) => m[0]);
    expect(links).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/municipality-3.js">',
      '<link rel="modulepreload" crossorigin href="/assets/years-2.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/municipality-4.css">',
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/municipalities">',
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/key-figures">',
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/health">',
      // The address the app builds (first-requests.ts), escaped; the shared core is in the entry.
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/package?municipality=766&amp;year=2022&amp;benchmark=median&amp;peers=%3Cx%3E">',
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/package-years?municipality=766">',
    ]);
    expect(html.indexOf('</head>')).toBeGreaterThan(html.lastIndexOf('<link'));
    // An unknown municipality asks for no package; the map page asks for the boundaries.
    expect(await (await app.request('/kommune/999')).text()).not.toContain('/api/v1/package');
    const home = await (await app.request('/')).text();
    expect(home).toContain('<link rel="modulepreload" crossorigin href="/assets/home-5.js">');
    expect(home).toContain('href="/api/v1/geo/municipalities"');
    // Each address has its own ETag; the manifest itself is not served.
    const etag = (await app.request('/')).headers.get('etag');
    expect((await app.request('/kommune/766')).headers.get('etag')).not.toBe(etag);
    expect(await (await app.request('/.vite/manifest.json')).text()).not.toContain('isEntry');
  });

  it('serves only the API when no web root is given', async () => {
    const apiOnly = createApp({ db, now: () => new Date() });
    expect((await apiOnly.request('/kommune/766')).status).toBe(404);
  });
});
