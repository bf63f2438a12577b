import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another
 * site: 403 when `Origin` is present and is neither this server's own host nor in `allowed`
 * (exact origins such as `https://intra.example.dk`), or when `Sec-Fetch-Site` says
 * cross-site. Requests without either header (curl, scripts) are not a browser's and pass.
 * The own host is compared without the scheme: a TLS proxy in front makes the page https while
 * the request reaches us as http.
 */
export function refuseCrossOriginWrites(allowed: readonly string[] = []): MiddlewareHandler {
  const origins = new Set(allowed.map(normaliseOrigin));
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('Origin');
    const host = new URL(c.req.url).host.toLowerCase();
    if (origin !== undefined) {
      const o = normaliseOrigin(origin);
      if (o !== 'null' && (hostOf(o) === host || origins.has(o))) return next();
      return refuse(c, origin);
    }
    const site = c.req.header('Sec-Fetch-Site');
    if (site === 'cross-site') return refuse(c, site);
    return next();
  };
}

function normaliseOrigin(origin: string): string {
  try {
    const o = new URL(origin).origin;
    return o === 'null' ? 'null' : o.toLowerCase();
  } catch {
    return 'null';
  }
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function refuse(c: Parameters<MiddlewareHandler>[0], from: string): Response {
  const shown = JSON.stringify(from.slice(0, 100));
  return problem(
    c,
    403,
    `Skrivende forespørgsler fra en anden hjemmeside (${shown}) afvises. Tillad oprindelsen med --allowed-origins, hvis den er jeres egen.`,
    `State-changing requests from another site (${shown}) are refused. Allow the origin with --allowed-origins if it is your own.`,
    'Origin',
  );
}
