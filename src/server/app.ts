import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import type { ServerDeps } from './deps.ts';
import { docsPage } from './docs-page.ts';
import { problem, problemFromError } from './problem.ts';
import { responseCache } from './response-cache.ts';
import { registerDea } from './routes/dea.ts';
import { registerEngine } from './routes/engine.ts';
import { registerGeo } from './routes/geo.ts';
import { registerReference } from './routes/reference.ts';
import { registerValues } from './routes/values.ts';
import { loadWebFiles, registerWeb } from './web.ts';

/** Longest query string accepted (RFC 9110 leaves it to the server); longer → 414. */
export const MAX_QUERY_LENGTH = 2048;
/** Largest request body accepted (the DEA upload); larger → 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

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
}

/** The HTTP API (`/api/v1`), its OpenAPI 3.1 document and its docs page. */
export function createApp(options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const parameter = issue?.path.map(String).join('.') || undefined;
      const got =
        issue && 'input' in issue && issue.input !== undefined
          ? ` (fik ${JSON.stringify(issue.input).slice(0, 80)})`
          : '';
      return problem(
        c,
        400,
        `Parameteren ${parameter ?? ''} er ugyldig: ${issue?.message ?? 'ukendt fejl'}${got}`.replace(
          '  ',
          ' ',
        ),
        `Parameter ${parameter ?? ''} is invalid: ${issue?.message ?? 'unknown error'}`,
        parameter,
      );
    },
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    options.log?.({
      time: options.now().toISOString(),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
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
  app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
  app.use('*', compress());
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', 'public, max-age=60');
    }
  });
  // Outside ETag (it keeps the ETag with the answer and answers 304 itself), inside compression.
  app.use(
    '/api/v1/*',
    responseCache(options.db, { versionTtlMs: options.cacheVersionTtlMs ?? 1000 }),
  );
  app.use('/api/*', etag());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problem(
          c,
          413,
          `Forespørgslens indhold er for stort (højst ${MAX_BODY_BYTES} bytes)`,
          `The request body is too large (max ${MAX_BODY_BYTES} bytes)`,
        ),
    }),
  );

  registerReference(app, options);
  registerValues(app, options);
  registerEngine(app, options);
  registerGeo(app, options);
  registerDea(app, options);

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Potentiale API',
      version: '1.0.0',
      description:
        'Åbne data og resultater for benchmarking af danske kommuner. Kilder: Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal; Danmarks Statistik; Geodatastyrelsen/SDFI, DAGI. Fejl er application/problem+json (RFC 9457).',
    },
    servers: [{ url: '/' }],
  });
  app.get('/api/docs', (c) => c.html(docsPage()));
  if (options.webRoot) registerWeb(app, loadWebFiles(options.webRoot));

  app.notFound((c) =>
    problem(
      c,
      404,
      `Stien ${new URL(c.req.url).pathname} findes ikke. Se /api/docs.`,
      'No such path. See /api/docs.',
    ),
  );
  app.onError((error, c) => {
    const response = problemFromError(c, error);
    if (response.status >= 500) options.logError?.(error);
    return response;
  });
  return app;
}
