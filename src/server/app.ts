import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { sourcesLine } from '../core/index.ts';
import type { ServerDeps } from './deps.ts';
import {
  DOCS_SCRIPT,
  DOCS_SCRIPT_PATH,
  DOCS_STYLE,
  DOCS_STYLE_PATH,
  docsPage,
} from './docs-page.ts';
import { HeavyError, type HeavyOptions } from './heavy/index.ts';
import type { ReportService } from './reports/index.ts';
import { allowedHosts } from './middleware/allowed-hosts.ts';
import { requireDocumentedContentType } from './middleware/content-type.ts';
import { refuseControlCharacters } from './middleware/control-characters.ts';
import { corsForReads } from './middleware/cors-reads.ts';
import { checkJsonBody } from './middleware/json-body.ts';
import { methodNotAllowed } from './middleware/method-not-allowed.ts';
import { routeTable } from './middleware/route-table.ts';
import { refuseCrossOriginWrites } from './middleware/same-origin-writes.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { problem, problemFromError, problemFromValidation } from './problem.ts';
import { MAX_ATTACHMENT_BYTES } from './portal/index.ts';
import { responseCache } from './response-cache.ts';
import { registerRoutes } from './routes/index.ts';
import { warmUpRequests } from './warm-up.ts';
import { loadWebFiles, registerWeb } from './web.ts';
import {
  type AuthDeps,
  guardRoutes,
  createLoginThrottle,
  type LoginThrottle,
  authenticate,
  secretBox,
} from './auth/index.ts';

/** Longest query string accepted (RFC 9110 leaves it to the server); longer → 414. */
export const MAX_QUERY_LENGTH = 2048;
/** Largest request body accepted (the DEA upload); larger → 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const ATTACHMENT_UPLOAD = /^\/api\/v1\/portal\/items\/[^/]+\/attachments$/;

/** One structured log line per request; no query values (they may name people's searches). */
export interface RequestLog {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
}

export interface AppOptions extends ServerDeps {
  readonly log?: (entry: RequestLog) => void;
  readonly logError?: (error: unknown) => void;
  /** How long the answer cache trusts the data version it read (ms); default 1000. */
  readonly cacheVersionTtlMs?: number;
  /** The built web app's folder (dist/web); without it only the API is served. */
  readonly webRoot?: string;
  /**
   * The names the server answers to in `Host` (`name` or `name:port`; `*` = any), against DNS
   * rebinding; others get 421. Default: localhost, 127.0.0.1 and [::1] on any port
   * (`startServer` adds the name it is bound to).
   */
  readonly allowedHosts?: readonly string[];
  /** Other origins (`https://intra.example.dk`) allowed to send writes besides the server's own. */
  readonly allowedOrigins?: readonly string[];
  /** Heavy work (DEA): worker pool, time budget, limits, rate limit; see server/heavy. */
  readonly heavy?: HeavyOptions;
  /** Renders the standard report (one browser, limits, cache); default: one per app. */
  readonly reports?: ReportService;
  /** Told each data version the answer cache reads (startServer's warm-up). */
  readonly onDataVersion?: (version: string) => void;
  /**
   * The key that seals TOTP secrets (POTENTIALE_SECRET_KEY, at least 32 characters); without
   * it, TOTP cannot be set up or checked (503), and the rest of login works.
   */
  readonly secretKey?: string;
  /**
   * Believe the proxy in front (X-Forwarded-Proto for TLS: the cookie's Secure flag and HSTS;
   * X-Forwarded-For for the login rate limit). Only behind a proxy that sets both.
   */
  readonly trustProxy?: boolean;
  /** Login throttling (per address, and unknown emails); default 10 attempts a minute. */
  readonly loginThrottle?: LoginThrottle;
}

/** The HTTP API (`/api/v1`), its OpenAPI 3.1 document and its docs page. */
export function createApp(options: AppOptions) {
  const app = new OpenAPIHono({
    defaultHook: (result, c) =>
      result.success ? undefined : problemFromValidation(c, result.error),
  });
  // Read lazily, once every route below is registered.
  const routes = routeTable(app);
  const trustProxy = options.trustProxy ?? false;
  const deps: AuthDeps = {
    ...options,
    box: secretBox(options.secretKey),
    throttle: options.loginThrottle ?? createLoginThrottle(),
    trustProxy,
  };

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    if (warmUpRequests.has(c.req.raw)) return;
    options.log?.({
      time: options.now().toISOString(),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  // The edge, before any route, cache or query; each refusal is a problem document: security
  // headers on every answer (refusals included), Host (421), CORS for reads only, query length
  // (414), control characters (400), writes from other sites (403), the documented content
  // type (415); after the body limit, the JSON body itself (400).
  app.use('*', securityHeaders({ trustProxy }));
  app.use('*', allowedHosts(options.allowedHosts));
  app.use('/api/*', corsForReads());
  app.use('*', async (c, next) => {
    const query = new URL(c.req.url).search;
    if (query.length > MAX_QUERY_LENGTH) {
      return problem(
        c,
        414,
        `Forespørgslen er for lang (${query.length} tegn; højst ${MAX_QUERY_LENGTH})`,
        `The query is too long (max ${MAX_QUERY_LENGTH} characters)`,
      );
    }
    return next();
  });
  app.use('*', refuseControlCharacters(routes));
  app.use('*', refuseCrossOriginWrites(options.allowedOrigins));
  app.use('*', requireDocumentedContentType(routes));
  app.use('*', compress());
  // Who asks (a token or a session cookie), before the answer cache: a bad token is 401 even
  // for an answer that is cached.
  app.use('/api/*', authenticate(options.db, options.now, { trustProxy }));
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', 'public, max-age=60');
    }
  });
  // Outside ETag (it keeps the ETag with the answer and answers 304 itself), inside compression.
  app.use(
    '/api/v1/*',
    responseCache(options.db, {
      versionTtlMs: options.cacheVersionTtlMs ?? 1000,
      ...(options.onDataVersion ? { onVersion: options.onDataVersion } : {}),
      // Only the parameters a route declares make its cache key (unknown ones are ignored).
      keyParameters: (path) => {
        const route = routes.find('GET', path);
        return route ? (route.query ?? []) : undefined;
      },
    }),
  );
  app.use('/api/*', etag());
  // Attachments may be larger than other bodies (5 MB); their route checks the exact limit.
  const limitTo = (maxSize: number, da: string, en: string) =>
    bodyLimit({ maxSize, onError: (c) => problem(c, 413, da, en) });
  const bodyLimitOf = limitTo(
    MAX_BODY_BYTES,
    `Forespørgslens indhold er for stort (højst ${MAX_BODY_BYTES} bytes)`,
    `The request body is too large (max ${MAX_BODY_BYTES} bytes)`,
  );
  const attachmentLimit = limitTo(
    MAX_ATTACHMENT_BYTES,
    `Filen er for stor (højst ${MAX_ATTACHMENT_BYTES} bytes = 5 MB). Intet er gemt.`,
    `The file is too large (max ${MAX_ATTACHMENT_BYTES} bytes = 5 MB). Nothing was stored.`,
  );
  app.use('/api/*', (c, next) =>
    (ATTACHMENT_UPLOAD.test(new URL(c.req.url).pathname) ? attachmentLimit : bodyLimitOf)(c, next),
  );
  app.use('/api/*', checkJsonBody());
  // The one place writes are authorised: every route's rule, the CSRF token, the policy.
  app.use('/api/*', guardRoutes(routes, { db: options.db }));

  // The typed app: every route's request and answer types, for AppType and typed clients.
  const api = registerRoutes(app, deps, options.heavy, options.reports);

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Potentiale API',
      version: '1.0.0',
      description: `Åbne data og resultater for benchmarking af danske kommuner. ${sourcesLine('da')} Fejl er application/problem+json (RFC 9457).`,
    },
    servers: [{ url: '/' }],
  });
  app.get('/api/docs', (c) => c.html(docsPage()));
  app.get(DOCS_SCRIPT_PATH, (c) =>
    c.body(DOCS_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get(DOCS_STYLE_PATH, (c) =>
    c.body(DOCS_STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
  if (options.webRoot !== undefined) registerWeb(app, loadWebFiles(options.webRoot));

  app.notFound(
    (c) =>
      methodNotAllowed(c, routes) ??
      problem(
        c,
        404,
        `Stien ${new URL(c.req.url).pathname} findes ikke. Se /api/docs.`,
        'No such path. See /api/docs.',
      ),
  );
  app.onError((error, c) => {
    const response = problemFromError(c, error);
    // A heavy job past its budget or a full queue (503) is a refusal by design, not a fault.
    if (response.status >= 500 && !(error instanceof HeavyError)) options.logError?.(error);
    return response;
  });
  return api;
}

/** The API's routes with their request and answer types, for `hc<AppType>` (hono/client). */
export type AppType = ReturnType<typeof createApp>;
