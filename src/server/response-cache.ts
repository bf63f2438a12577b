import type { MiddlewareHandler } from 'hono';
import { dataVersion, type Queryable } from '../db/index.ts';

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
 * carries the data version (the newest import and the number of imports), checked with one
 * cheap query per request, so an import from any process invalidates the cache. Computed
 * answers (packages, potentials) are then served at the cost of a lookup. Bounded in bytes,
 * least recently used first out.
 */
export function responseCache(
  db: Queryable,
  options: {
    readonly maxBytes?: number;
    readonly versionTtlMs?: number;
    readonly clock?: () => number;
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
    known = { value: await dataVersion(db), at: now };
    return known.value;
  };
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key =
      c.req.url.slice(c.req.url.indexOf('/', 8)) + '\u0000' + acceptClass(c.req.header('Accept'));
    const v = await version();
    const pending = inFlight.get(key);
    if (pending) await pending;
    const hit = entries.get(key);
    if (hit && hit.version === v) {
      entries.delete(key);
      entries.set(key, hit);
      const etag = hit.headers.find(([h]) => h === 'etag')?.[1];
      if (etag && c.req.header('If-None-Match') === etag) {
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
    if (c.res.status !== 200) return;
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

/** The part of Accept that changes an answer (format negotiation); the rest is noise. */
function acceptClass(accept: string | undefined): string {
  if (!accept) return '';
  if (/spreadsheetml/.test(accept)) return 'xlsx';
  if (/text\/csv/.test(accept)) return 'csv';
  if (/json-stat|jsonstat/.test(accept)) return 'jsonstat';
  return '';
}
