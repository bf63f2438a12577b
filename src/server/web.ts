import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { App } from './deps.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

interface WebFile {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer> | null;
  readonly type: string;
  readonly etag: string;
  readonly immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The built web app, read into memory once (it is small) and gzipped ahead of time. */
export function loadWebFiles(root: string): ReadonlyMap<string, WebFile> {
  const files = new Map<string, WebFile>();
  for (const path of walk(root)) {
    const url = `/${relative(root, path).split(sep).join('/')}`;
    const body = new Uint8Array(readFileSync(path));
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const compressible = /text|json|svg|javascript/.test(type) && body.byteLength > 1024;
    files.set(url, {
      body,
      gzip: compressible ? new Uint8Array(gzipSync(body, { level: 9 })) : null,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      // Vite names assets by content hash: they never change under the same name.
      immutable: url.startsWith('/assets/'),
    });
  }
  return files;
}

/**
 * Serves the web app next to the API on the same port: its files, and index.html for every
 * other path outside /api (the app routes in the browser).
 */
export function registerWeb(app: App, files: ReadonlyMap<string, WebFile>): void {
  const index = files.get('/index.html');
  if (!index) return;
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (path === '/api' || path.startsWith('/api/')) return next();
    const file = files.get(path) ?? (path.startsWith('/assets/') ? undefined : index);
    if (!file) return next();
    const headers: Record<string, string> = {
      'Content-Type': file.type,
      ETag: file.etag,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      // CSP, nosniff, framing and referrer headers come from middleware/security-headers.ts.
    };
    if (c.req.header('If-None-Match') === file.etag)
      return new Response(null, { status: 304, headers });
    const gzip = /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '') ? file.gzip : null;
    if (gzip) headers['Content-Encoding'] = 'gzip';
    const body = gzip ?? file.body;
    return new Response(c.req.method === 'HEAD' ? null : body, { status: 200, headers });
  });
}
