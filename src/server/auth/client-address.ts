import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address, for rate limits: from the connection, or, behind a proxy the operator
 * trusts (`--trust-proxy`), the last address in X-Forwarded-For (the one that proxy added;
 * earlier ones anyone can write). One shared bucket when there is no connection
 * (app.request() in tests).
 */
export function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const last = c.req.header('X-Forwarded-For')?.split(',').pop()?.trim();
    if (last !== undefined && last !== '') return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

/**
 * Whether the browser reached us over TLS: the request's own scheme, or, behind a proxy the
 * operator trusts, `X-Forwarded-Proto: https`. Decides the cookie's Secure flag and HSTS.
 */
export function overTls(c: Context, trustProxy = false): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https';
}
