import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  DEA_DEFAULTS,
  parseMunicipalDeaRequest,
  parseTableDeaRequest,
  presentDea,
  runMunicipalDea,
  requireKeyFigure,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import {
  checkDeaModel,
  checkTableSize,
  createHeavy,
  quickRowCount,
  type Heavy,
  type HeavyOptions,
} from '../heavy/index.ts';
import { booleanParam, orientationParam, problemResponses, rtsParam } from '../schemas.ts';
import { DeaDocument } from '../schemas/index.ts';

const names = z.array(z.string().min(1).max(200)).min(1).max(20);
const model = {
  inputs: names.openapi({ example: ['udgifter-aeldre-pr-67-aarig:total'] }),
  outputs: names.openapi({ example: ['andel-67-aarige:total'] }),
  nonDiscretionary: z
    .array(z.string().min(1).max(200))
    .max(10)
    .optional()
    .openapi({ example: ['udgiftsbehov-landet'] }),
  rts: rtsParam,
  orientation: orientationParam,
  slack: z
    .boolean()
    .optional()
    .openapi({
      description: `Fase 2: slacks med θ fastholdt / phase 2 slacks (standard: ${String(DEA_DEFAULTS.slack)})`,
      example: DEA_DEFAULTS.slack,
    }),
  super: z
    .boolean()
    .optional()
    .openapi({
      description: `Super-effektivitet / super-efficiency (standard: ${String(DEA_DEFAULTS.super)})`,
      example: DEA_DEFAULTS.super,
    }),
};

/** The plain data of an object, e.g. a request without its callbacks. */
const withoutFunctions = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v !== 'function')) as T;

const deaRoute = createRoute({
  method: 'post',
  path: '/api/v1/dea',
  summary: 'DEA på kommunernes nøgletal / DEA on the municipalities’ key figures',
  tags: ['dea'],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            year: z.number().int().min(1900).max(2100).openapi({ example: 2019 }),
            ...model,
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Effektivitet, peers, λ, slacks, mål og potentiale pr. kommune',
      content: { 'application/json': { schema: DeaDocument } },
    },
    ...problemResponses,
  },
});

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/v1/dea/upload',
  summary: 'DEA på en uploadet CSV / DEA on an uploaded CSV',
  tags: ['dea'],
  request: {
    query: z.object({
      id: z.string().min(1).max(100).openapi({ example: 'dmu' }),
      inputs: z.string().min(1).max(1000).openapi({ example: 'x1,x2' }),
      outputs: z.string().min(1).max(1000).openapi({ example: 'y' }),
      nonDiscretionary: z.string().max(1000).optional(),
      rts: rtsParam,
      orientation: orientationParam,
      slack: booleanParam(DEA_DEFAULTS.slack, 'Fase 2: slacks med θ fastholdt / phase 2 slacks'),
      super: booleanParam(DEA_DEFAULTS.super, 'Super-effektivitet / super-efficiency'),
      format: z.enum(['json', 'csv']).optional(),
    }),
    body: {
      required: true,
      content: {
        'text/csv': {
          schema: z.string().openapi({ example: 'dmu,x1,x2,y\na,1,2,3\nb,2,1,3\nc,2,2,2\n' }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'JSON som POST /api/v1/dea, eller CSV (id,eff,peers,lambdas,…) med format=csv',
      content: { 'application/json': { schema: DeaDocument }, 'text/csv': { schema: z.string() } },
    },
    ...problemResponses,
  },
});

/**
 * DEA over key figures (JSON model) or over an uploaded CSV (within the body limit). Both run
 * in the heavy worker pool (see ../heavy): rate-limited per client, the model's columns and the
 * table's size checked before any work, a time budget, and stopped when the client leaves.
 */
export function deaRoutes(deps: ServerDeps, options: HeavyOptions = {}) {
  const heavy: Heavy = createHeavy(options);
  return new OpenAPIHono()
    .openapi(deaRoute, async (c) => {
      heavy.admit(c);
      const { model: m, year } = parseMunicipalDeaRequest(c.req.valid('json'));
      checkDeaModel(m, heavy.limits);
      const signal = c.req.raw.signal;
      const run = await runMunicipalDea(
        deps.db,
        {
          ...m,
          year,
          resolve: (id, parameter) => requireKeyFigure(deps.db, id, parameter),
        },
        (ids, columns, req, leftOut) =>
          heavy.pool.run(
            // The request carries its key-figure resolver, which cannot cross to a thread.
            { kind: 'dea', args: [ids, columns, withoutFunctions(req), leftOut] },
            { budgetMs: heavy.budgetMs, signal },
          ),
      );
      return c.json(presentDea(run), 200);
    })
    .openapi(uploadRoute, async (c) => {
      heavy.admit(c);
      const q = c.req.valid('query');
      const { model: m, id } = parseTableDeaRequest(q);
      const columns = checkDeaModel(m, heavy.limits);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      // A plain CSV far past the unit limit is refused before a worker parses it; the worker
      // checks the exact count (quoted fields may hold line breaks).
      const rows = quickRowCount(bytes);
      if (rows !== undefined) checkTableSize(rows, columns.length, heavy.limits);
      const answer = await heavy.pool.run(
        {
          kind: 'dea-upload',
          bytes,
          fileName: 'upload.csv',
          id,
          request: m,
          format: q.format ?? 'json',
          limits: heavy.limits,
        },
        { budgetMs: heavy.budgetMs, signal: c.req.raw.signal, transfer: [bytes.buffer] },
      );
      return c.body(answer.body, 200, { 'Content-Type': answer.contentType });
    });
}
