import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MUNICIPALITIES } from '../core/index.ts';
import { firstRequestUrls, pageFor, PAGES, type PageName } from '../web/first-requests.ts';
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

/** The built web app: its files by URL, and what each page loads first (from Vite's manifest). */
export interface WebApp {
  readonly files: ReadonlyMap<string, WebFile>;
  /** Per page: the URLs of its code chunks and style sheets, beyond what index.html loads. */
  readonly pages: ReadonlyMap<PageName, PageAssets>;
}

interface PageAssets {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** An entry of Vite's build manifest (`build.manifest`): a chunk, its imports and styles. */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
  readonly isEntry?: boolean;
}

function webFile(url: string, body: Uint8Array<ArrayBuffer>, type: string): WebFile {
  const compressible = /text|json|svg|javascript/.test(type) && body.byteLength > 1024;
  return {
    body,
    gzip: compressible ? new Uint8Array(gzipSync(body, { level: 9 })) : null,
    type,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    // Vite names assets by content hash: they never change under the same name.
    immutable: url.startsWith('/assets/'),
  };
}

/**
 * The built web app, read into memory once (it is small) and gzipped ahead of time. Vite's
 * manifest (.vite/manifest.json) is read, not served: it says which chunks each page needs.
 */
export function loadWebFiles(root: string): WebApp {
  const files = new Map<string, WebFile>();
  let manifest: Record<string, ManifestChunk> = {};
  for (const path of walk(root)) {
    const url = `/${relative(root, path).split(sep).join('/')}`;
    if (url === '/.vite/manifest.json') {
      manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
      continue;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    files.set(url, webFile(url, new Uint8Array(readFileSync(path)), type));
  }
  return { files, pages: pageAssets(manifest) };
}

/**
 * Each page's chunk with the chunks it imports and their style sheets, minus what the entry
 * (index.html) already loads. A build without a manifest preloads no page code.
 */
function pageAssets(manifest: Record<string, ManifestChunk>): ReadonlyMap<PageName, PageAssets> {
  const closure = (key: string, seen: Set<string>): Set<string> => {
    if (seen.has(key) || manifest[key] === undefined) return seen;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) closure(k, seen);
    return seen;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry === true);
  const loaded = entry === undefined ? new Set<string>() : closure(entry, new Set());
  const pages = new Map<PageName, PageAssets>();
  for (const [page, source] of Object.entries(PAGES) as [PageName, string][]) {
    const own = [...closure(source, new Set())].filter((k) => !loaded.has(k));
    const chunks = own.map((k) => manifest[k]).filter((c) => c !== undefined);
    if (chunks.length === 0) continue;
    pages.set(page, {
      scripts: chunks.map((c) => `/${c.file}`),
      styles: [...new Set(chunks.flatMap((c) => c.css ?? []))].map((f) => `/${f}`),
    });
  }
  return pages;
}

const isMunicipality = (code: string) => MUNICIPALITIES.some((m) => m.code === code);

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html for an address of the app, with preload links for what the app will ask first:
 * the page's code and styles, and its first API requests (first-requests.ts, the same addresses
 * the app builds), so the browser fetches them while the app's own scripts load and run.
 */
export function pageHtml(index: string, app: WebApp, pathname: string, search: string): string {
  const page = pageFor(pathname);
  const assets = page === undefined ? undefined : app.pages.get(page);
  const links = [
    ...(assets?.scripts ?? []).map((u) => `<link rel="modulepreload" crossorigin href="${u}">`),
    ...(assets?.styles ?? []).map((u) => `<link rel="preload" as="style" crossorigin href="${u}">`),
    ...firstRequestUrls(pathname, new URLSearchParams(search), isMunicipality).map(
      (u) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(u)}">`,
    ),
  ];
  const head = index.lastIndexOf('</head>');
  if (head < 0) return index;
  return `${index.slice(0, head)}  ${links.join('\n    ')}\n  ${index.slice(head)}`;
}

/**
 * Serves the web app next to the API on the same port: its files, and index.html for every
 * other path outside /api (the app routes in the browser).
 */
export function registerWeb(app: App, web: WebApp): void {
  const index = web.files.get('/index.html');
  if (!index) return;
  const indexText = new TextDecoder().decode(index.body);
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const url = new URL(c.req.url);
    const path = url.pathname;
    if (path === '/api' || path.startsWith('/api/')) return next();
    const asset = web.files.get(path);
    if (!asset && path.startsWith('/assets/')) return next();
    // Every other address is the app's: index.html with that page's preloads.
    const file =
      asset ??
      webFile(
        '/index.html',
        new TextEncoder().encode(pageHtml(indexText, web, path, url.search)),
        index.type,
      );
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
