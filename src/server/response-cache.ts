import type { MiddlewareHandler } from 'hono';
import { dataVersion, peerGroupsVersion, type Queryable } from '../db/index.ts';

interface Entry {
  readonly version: string;
  readonly status: number;
  readonly headers: [string, string][];
  /** Text answers are kept as strings: the Node adapter writes those without streaming. */
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly size: number;
}

/**
 * Caches successful GET answers of the read API by URL until the data change: every entry
 * carries the data version (the newest import and the number of imports) and the saved groups'
 * version (answers with `peers=saved:…` read them), checked with cheap queries per request, so an import from any process invalidates the cache. Computed
 * answers (packages, potentials) are then served at the cost of a lookup. Bounded in bytes,
 * least recently used first out.
 *
 * Unknown query parameters: the key holds only the parameters the route declares (sorted, all
 * values), so `?cb=<random>` cannot force a recomputation, and a client that adds a cache-buster
 * or a parameter of a newer API version still gets an answer; the routes read only what they
 * declare, so the answer is the same. (Refusing unknown parameters with 400 was the other
 * choice; it would break such clients for no gain.) Answers marked `no-store` (health) are not
 * kept, and when the data version cannot be read (the database is away) the request passes
 * through uncached, so the route itself answers (503, or health's `degraded`).
 */
export function responseCache(
  db: Queryable,
  options: {
    readonly maxBytes?: number;
    readonly versionTtlMs?: number;
    readonly clock?: () => number;
    /** The query parameters a path declares; the default keeps the whole query in the key. */
    readonly keyParameters?: (path: string) => readonly string[] | undefined;
    /** Told each data version read (the server's warm-up starts again on a new one). */
    readonly onVersion?: (version: string) => void;
  } = {},
): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const ttl = options.versionTtlMs ?? 1000;
  const clock = options.clock ?? (() => performance.now());
  let known: { readonly value: string; readonly at: number } | undefined;
  const entries = new Map<string, Entry>();
  // Single flight: concurrent misses on one URL wait for the first instead of all computing it.
  const inFlight = new Map<string, Promise<void>>();
  let bytes = 0;
  // The data version is read at most once per `ttl`: an import shows within a second.
  const version = async (): Promise<string> => {
    const now = clock();
    if (known && now - known.at < ttl) return known.value;
    const [data, groups] = await Promise.all([dataVersion(db), peerGroupsVersion(db)]);
    known = { value: `${data}/${groups}`, at: now };
    options.onVersion?.(data);
    return known.value;
  };
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key =
      cacheKey(new URL(c.req.url), options.keyParameters) +
      '\u0000' +
      acceptClass(c.req.header('Accept'));
    let v: string;
    try {
      v = await version();
    } catch {
      return next();
    }
    const pending = inFlight.get(key);
    if (pending) await pending;
    const hit = entries.get(key);
    if (hit && hit.version === v) {
      entries.delete(key);
      entries.set(key, hit);
      const etag = hit.headers.find(([h]) => h === 'etag')?.[1];
      if (etag !== undefined && etag !== '' && c.req.header('If-None-Match') === etag) {
        return new Response(null, {
          status: 304,
          headers: hit.headers.filter(([h]) => h === 'etag' || h === 'cache-control'),
        });
      }
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }
    let done = (): void => undefined;
    inFlight.set(key, new Promise<void>((resolve) => (done = resolve)));
    try {
      await next();
    } finally {
      inFlight.delete(key);
      done();
    }
    if (c.res.status !== 200 || /no-store/.test(c.res.headers.get('cache-control') ?? '')) return;
    const raw = new Uint8Array(await c.res.clone().arrayBuffer());
    if (raw.byteLength > maxBytes / 8) return;
    const isText = /json|text|csv/.test(c.res.headers.get('content-type') ?? '');
    const body = isText ? new TextDecoder().decode(raw) : raw;
    if (hit) {
      bytes -= hit.size;
      entries.delete(key);
    }
    entries.set(key, {
      version: v,
      status: 200,
      headers: [...c.res.headers.entries()],
      body,
      size: raw.byteLength,
    });
    bytes += raw.byteLength;
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.size;
    }
  };
}

/** The path and the declared parameters (sorted by name, each with all its values in order). */
function cacheKey(
  url: URL,
  keyParameters: ((path: string) => readonly string[] | undefined) | undefined,
): string {
  const declared = keyParameters?.(url.pathname);
  if (declared === undefined) return url.pathname + url.search;
  const query = new URLSearchParams();
  for (const name of [...declared].sort())
    for (const value of url.searchParams.getAll(name)) query.append(name, value);
  const q = query.toString();
  return q ? `${url.pathname}?${q}` : url.pathname;
}

/** The part of Accept that changes an answer (format negotiation); the rest is noise. */
function acceptClass(accept: string | undefined): string {
  if (accept === undefined || accept === '') return '';
  if (/spreadsheetml/.test(accept)) return 'xlsx';
  if (/text\/csv/.test(accept)) return 'csv';
  if (/json-stat|jsonstat/.test(accept)) return 'jsonstat';
  return '';
}
