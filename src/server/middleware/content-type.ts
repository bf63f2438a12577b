import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';
import type { RouteTable } from './route-table.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write must say what it sends, and it must be what the route documents: POST /api/v1/dea
 * takes `application/json`, POST /api/v1/dea/upload `text/csv`. Anything else, or nothing, is
 * 415. Besides honesty, this is what makes a cross-site write need a preflight: a browser sends
 * `text/plain` and form types without asking, JSON and CSV only after a preflight we refuse.
 */
export function requireDocumentedContentType(table: RouteTable): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const route = table.find(c.req.method, new URL(c.req.url).pathname);
    // No such route: 404 or 405 follows. A documented write without a body has nothing to check.
    if (!route || route.bodyTypes.length === 0) return next();
    const sent = c.req.header('Content-Type');
    const essence = (sent ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (route.bodyTypes.includes(essence)) return next();
    const expected = route.bodyTypes.join(' eller ');
    const expectedEn = route.bodyTypes.join(' or ');
    return problem(
      c,
      415,
      sent !== undefined && sent !== ''
        ? `Indholdstypen ${JSON.stringify(sent.slice(0, 100))} understøttes ikke her: send ${expected}`
        : `Content-Type mangler: send ${expected}`,
      sent !== undefined && sent !== ''
        ? `Content type ${JSON.stringify(sent.slice(0, 100))} is not supported here: send ${expectedEn}`
        : `Content-Type is missing: send ${expectedEn}`,
      'Content-Type',
    );
  };
}
