import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { overTls } from '../auth/index.ts';

/**
 * The policy for the web app: scripts and styles only from our own files (no inline scripts),
 * but style *attributes and elements* allowed inline, because Observable Plot writes a <style>
 * element into each chart and React sets colours through style props; data: for the favicon.
 */
export const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * The policy for everything under /api: the docs page loads its script and styles from
 * /api/docs.js and /api/docs.css and fetches the OpenAPI document; nothing inline at all.
 */
export const API_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Security headers on every answer (API, docs, web app, errors): a Content-Security-Policy,
 * `X-Content-Type-Options: nosniff`, no framing (`frame-ancestors 'none'` and `X-Frame-Options:
 * DENY`), `Referrer-Policy: no-referrer`, and Hono's other defaults; HSTS (one year) when the
 * request came over TLS (directly, or through a trusted proxy that says so). A plain-HTTP local
 * server sends no HSTS: a browser would then refuse it on http.
 */
export const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(
  options: { readonly trustProxy?: boolean } = {},
): MiddlewareHandler {
  const common = secureHeaders({
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await common(c, next);
    const path = new URL(c.req.url).pathname;
    const api = path === '/api' || path.startsWith('/api/');
    // A route may set a stricter policy of its own (an attachment: sandboxed, nothing loads).
    if (!c.res.headers.has('Content-Security-Policy'))
      c.res.headers.set('Content-Security-Policy', api ? API_CSP : WEB_CSP);
    if (overTls(c, options.trustProxy)) c.res.headers.set('Strict-Transport-Security', HSTS);
  };
}
