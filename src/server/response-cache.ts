import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/index.ts';

interface Entry {
  readonly version: string;
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: ArrayBuffer;
}

/**
 * Caches successful GET answers of the read API by URL until the data change: every entry
 * carries the data version (the newest import and the number of imports), checked with one
 * cheap query per request, so an import from any process invalidates the cache. Computed
 * answers (packages, potentials) are then served at the cost of a lookup. Bounded in bytes,
 * least recently used first out.
 */
export function responseCache(db: Queryable, maxBytes = 64 * 1024 * 1024): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const version = async (): Promise<string> => {
    const [r] = await db.query<{ v: string }>(
      `SELECT coalesce(max(id), 0)::text || '.' || count(*)::text AS v FROM imports`,
    );
    return r?.v ?? '0';
  };
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key =
      c.req.url.slice(c.req.url.indexOf('/', 8)) + '\u0000' + (c.req.header('Accept') ?? '');
    const v = await version();
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
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().arrayBuffer();
    if (body.byteLength > maxBytes / 8) return;
    if (hit) {
      bytes -= hit.body.byteLength;
      entries.delete(key);
    }
    entries.set(key, { version: v, status: 200, headers: [...c.res.headers.entries()], body });
    bytes += body.byteLength;
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.body.byteLength;
    }
  };
}
