import type { MiddlewareHandler } from 'hono';
import { decide, type Resource } from '../../core/index.ts';
import type { RouteTable } from '../middleware/route-table.ts';
import { problem } from '../problem.ts';
import { authOf } from './request-auth.ts';
import { tokenMatches } from './tokens.ts';
import { ruleFor, type ResourceDeps } from './write-routes.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The header a browser's session sends its CSRF token in (from GET /api/v1/session). */
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * The guard in front of every route (after `authenticate`): it looks the route up in
 * ROUTE_RULES and
 * - refuses a state-changing request to a route with no rule (500: fail closed);
 * - for a state-changing request made with a session cookie, except a computation, demands
 *   the session's CSRF token in X-CSRF-Token (403), so another site cannot write in the
 *   user's name even if SameSite and the Origin check were bypassed;
 * - for an `action` rule, reads the resource and asks the policy (core `decide`): 401 for
 *   nobody logged in (naming an expired session as such), 403 with the policy's reason; for
 *   a rule that names several resources, the first refusal.
 * Routes do not decide themselves; they only write, with the actor for the audit log.
 */
export function guardRoutes(routes: RouteTable, deps: ResourceDeps): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    const path = new URL(c.req.url).pathname;
    const route = routes.find(method, path);
    if (!route) return next();
    const rule = ruleFor(route.method, route.path);
    const writes = !SAFE.has(method);
    if (rule === undefined) {
      if (!writes) return next();
      throw new Error(`Write route without a policy rule: ${route.method} ${route.path}`);
    }
    const auth = authOf(c);
    if (writes && auth.via === 'session' && rule.kind !== 'computation') {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!tokenMatches(sent, auth.session.csrfHash))
        return problem(
          c,
          403,
          `CSRF-nøglen mangler eller er forkert (send den fra GET /api/v1/session i ${CSRF_HEADER}). Genindlæs siden.`,
          `The CSRF token is missing or wrong (send the one from GET /api/v1/session in ${CSRF_HEADER}). Reload the page.`,
          CSRF_HEADER,
        );
    }
    if (rule.kind !== 'action') return next();
    if (auth.via === 'anonymous' && auth.staleSession)
      return problem(
        c,
        401,
        'Din session er udløbet eller ugyldig. Log ind igen.',
        'Your session has expired or is not valid. Log in again.',
      );
    const named = await rule.resource({ c, params: pathParams(route.path, path) }, deps);
    const resources: readonly Resource[] = Array.isArray(named) ? named : [named as Resource];
    const decision = resources
      .map((resource) => decide(auth.actor, rule.action, resource))
      .find((d) => !d.allow) ?? { allow: true as const };
    if (!decision.allow)
      return problem(
        c,
        decision.status,
        decision.messageDa,
        decision.messageEn,
        undefined,
        decision.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="potentiale"' } : {},
      );
    return next();
  };
}

/**
 * The path parameters of `path` by the route's template (`/api/v1/groups/:id`); the guard runs
 * before the route, so Hono has not parsed them yet.
 * @example pathParams('/api/v1/groups/:id', '/api/v1/groups/7') // { id: '7' }
 */
export function pathParams(template: string, path: string): Record<string, string> {
  const names = template.split('/');
  const values = path.split('/');
  const out: Record<string, string> = {};
  names.forEach((segment, i) => {
    const name = /^:(\w+)$/.exec(segment)?.[1];
    const value = values[i];
    if (name !== undefined && value !== undefined) out[name] = decodeURIComponent(value);
  });
  return out;
}
