import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { freshDatabase } from '../support/engines.ts';

/** The CSP as a map of directive → sources. */
function policy(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

// F13: /api/docs had no CSP, no frame protection and no nosniff; API answers had no nosniff.
describe('createApp(options): security headers on every answer (F13)', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let webRoot: string;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    webRoot = mkdtempSync(join(tmpdir(), 'potentiale-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app.js"></script><div id="root"></div>',
    );
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    app = createApp({ db, now: () => new Date(0), webRoot });
  });
  afterAll(async () => {
    await db?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each([
    ['GET', '/api/docs'],
    ['GET', '/api/docs.js'],
    ['GET', '/api/docs.css'],
    ['GET', '/api/v1/openapi.json'],
    ['GET', '/api/v1/regions'],
    ['GET', '/api/v1/health'],
    ['GET', '/api/v1/values?year=x'],
    ['GET', '/api/v1/findes-ikke'],
    ['POST', '/api/v1/health'],
    ['POST', '/api/v1/dea'],
    ['GET', '/'],
    ['GET', '/kommune/766'],
    ['GET', '/assets/app.js'],
  ])(
    '%s %s has CSP without inline scripts, nosniff, no framing and a referrer policy',
    async (method, path) => {
      const r = await app.request(path, { method });
      const csp = policy(r.headers.get('content-security-policy'));
      const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src') ?? csp.get('default-src')).toBeDefined();
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toMatch(
        /^(no-referrer|strict-origin-when-cross-origin)$/,
      );
    },
  );

  it('serves the docs page with no inline script or style, its script and styles as files', async () => {
    const html = await (await app.request('/api/docs')).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/api\/docs\.js"/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\son\w+=|\sstyle=|javascript:/i);
    const script = await app.request('/api/docs.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toMatch(/openapi\.json/);
    const css = await app.request('/api/docs.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    // Under the API's policy the page may load exactly what it needs from its own origin.
    const csp = policy((await app.request('/api/docs')).headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});
