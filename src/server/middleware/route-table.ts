import type { OpenAPIHono } from '@hono/zod-openapi';

/** One route as the edge checks see it, from Hono's routes and the OpenAPI registry. */
export interface RouteInfo {
  readonly method: string;
  /** Hono's path, e.g. `/api/v1/municipalities/:code`. */
  readonly path: string;
  /** The path parameters in order, e.g. `['code']`. */
  readonly params: readonly string[];
  /** The documented query parameters; undefined when the route is not in the OpenAPI document. */
  readonly query: readonly string[] | undefined;
  /** The documented body media types (`application/json`, `text/csv`); empty without a body. */
  readonly bodyTypes: readonly string[];
}

export interface RouteTable {
  /** The route for this method and path (HEAD counts as GET); catch-all routes excluded. */
  find(method: string, path: string): RouteInfo | undefined;
  /** The methods some route accepts on this path, HEAD included with GET; empty when none. */
  methods(path: string): readonly string[];
  /** The routes whose path has a template matching this path (for naming path parameters). */
  matching(path: string): readonly RouteInfo[];
}

interface Compiled extends RouteInfo {
  readonly pattern: RegExp;
}

/**
 * What the app serves, read once (lazily, after every route is registered) from the app itself,
 * so edge checks (405 with Allow, 415 per documented body, the cache key's parameters) follow
 * the routes without a list of their own. Middleware and catch-all routes (the web app's `/*`)
 * are left out: they match everything and answer for no particular path.
 */
export function routeTable(app: OpenAPIHono): RouteTable {
  let compiled: readonly Compiled[] | undefined;
  const all = (): readonly Compiled[] => (compiled ??= compile(app));
  const matching = (path: string) => all().filter((r) => r.pattern.test(path));
  return {
    find(method, path) {
      const m = method === 'HEAD' ? 'GET' : method;
      return matching(path).find((r) => r.method === m);
    },
    methods(path) {
      const methods = new Set(matching(path).map((r) => r.method));
      if (methods.has('GET')) methods.add('HEAD');
      return [...methods];
    },
    matching,
  };
}

function compile(app: OpenAPIHono): readonly Compiled[] {
  const documented = new Map<string, { query: string[]; bodyTypes: string[] }>();
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    const query = d.route.request?.query;
    const shape = query && 'shape' in query ? (query.shape as Record<string, unknown>) : {};
    documented.set(`${d.route.method.toUpperCase()} ${d.route.path.replace(/{(\w+)}/g, ':$1')}`, {
      query: Object.keys(shape),
      bodyTypes: Object.keys(d.route.request?.body?.content ?? {}),
    });
  }
  const seen = new Set<string>();
  const out: Compiled[] = [];
  for (const r of app.routes) {
    const key = `${r.method} ${r.path}`;
    if (r.method === 'ALL' || r.path.includes('*') || seen.has(key)) continue;
    seen.add(key);
    const params: string[] = [];
    const source = r.path
      .split('/')
      .map((segment) => {
        const name = /^:(\w+)$/.exec(segment)?.[1];
        if (name === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        params.push(name);
        return '[^/]+';
      })
      .join('/');
    const doc = documented.get(key);
    out.push({
      method: r.method,
      path: r.path,
      params,
      query: doc?.query,
      bodyTypes: doc?.bodyTypes ?? [],
      pattern: new RegExp(`^${source}$`),
    });
  }
  return out;
}
