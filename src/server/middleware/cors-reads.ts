import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const READS = new Set(['GET', 'HEAD']);

/** The answers about a person: never readable by another site, even without credentials. */
const PRIVATE = /^\/api\/v1\/(session|account|audit)(\/|$)/;

/**
 * CORS for anonymous reads only: any site may GET the open data (`Access-Control-Allow-Origin:
 * *`, no credentials), but a write gets no CORS headers and its preflight is not granted (it
 * falls through to 405), so another site's page can neither send a non-simple write nor read
 * the answer of a simple one. A read that carries credentials (a cookie or Authorization) or
 * asks about a person (session, account, audit) gets no CORS headers either.
 */
export function corsForReads(): MiddlewareHandler {
  const handler = cors({ origin: '*', allowMethods: ['GET', 'HEAD'], maxAge: 600 });
  return async (c, next) => {
    const method = c.req.method;
    const asked = (c.req.header('Access-Control-Request-Method') ?? '').toUpperCase();
    const anonymous =
      c.req.header('Authorization') === undefined &&
      !(c.req.header('Cookie') ?? '').includes('potentiale_session=') &&
      !PRIVATE.test(new URL(c.req.url).pathname);
    if (anonymous && (READS.has(method) || (method === 'OPTIONS' && READS.has(asked))))
      return handler(c, next);
    return next();
  };
}
