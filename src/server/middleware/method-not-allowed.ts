import type { Context } from 'hono';
import { problem } from '../problem.ts';
import type { RouteTable } from './route-table.ts';

/**
 * For the not-found handler: a path that exists under another method answers 405 with `Allow`
 * (RFC 9110 §15.5.6), not 404. Undefined when no route has the path at all.
 */
export function methodNotAllowed(c: Context, table: RouteTable): Response | undefined {
  const path = new URL(c.req.url).pathname;
  const allowed = table.methods(path);
  if (allowed.length === 0) return undefined;
  const allow = allowed.join(', ');
  return problem(
    c,
    405,
    `Metoden ${c.req.method} kan ikke bruges på ${path}; brug ${allow}`,
    `Method ${c.req.method} is not allowed on ${path}; use ${allow}`,
    undefined,
    { Allow: allow },
  );
}
