import { createRoute, z } from '@hono/zod-openapi';
import { InvalidInputError, ORIENTATIONS, RETURNS_TO_SCALE } from '../../core/index.ts';
import {
  deaCsv,
  parseYear,
  presentDea,
  runDea,
  runMunicipalDea,
  type DeaRequest,
  requireKeyFigure,
} from '../../engine/index.ts';
import { parseDataTable } from '../../sources/index.ts';
import type { App, ServerDeps } from '../deps.ts';
import { AnyJson, problemResponses } from '../schemas.ts';

const names = z.array(z.string().min(1).max(200)).min(1).max(20);
const model = {
  inputs: names.openapi({ example: ['udgifter-aeldre-pr-67-aarig:total'] }),
  outputs: names.openapi({ example: ['andel-67-aarige:total'] }),
  nonDiscretionary: z
    .array(z.string().min(1).max(200))
    .max(10)
    .optional()
    .openapi({ example: ['udgiftsbehov-landet'] }),
  rts: z.enum(RETURNS_TO_SCALE).optional().openapi({ example: 'vrs' }),
  orientation: z.enum(ORIENTATIONS).optional().openapi({ example: 'input' }),
  slack: z.boolean().optional().openapi({ example: true }),
  super: z.boolean().optional().openapi({ example: false }),
};

const request = (m: {
  inputs: string[];
  outputs: string[];
  nonDiscretionary?: string[] | undefined;
  rts?: DeaRequest['rts'] | undefined;
  orientation?: DeaRequest['orientation'] | undefined;
  slack?: boolean | undefined;
  super?: boolean | undefined;
}): DeaRequest => ({
  inputs: m.inputs,
  outputs: m.outputs,
  nonDiscretionary: m.nonDiscretionary ?? [],
  rts: m.rts ?? 'vrs',
  orientation: m.orientation ?? 'input',
  slack: m.slack ?? true,
  super: m.super ?? false,
});

const list = (raw: string | undefined, parameter: string): string[] => {
  const out = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parameter !== 'nonDiscretionary' && out.length === 0)
    throw new InvalidInputError(`${parameter} mangler`, parameter);
  return out;
};

/** DEA over key figures (JSON model) or over an uploaded CSV (within the body limit). */
export function registerDea(app: App, deps: ServerDeps): void {
  app.openapi(
    createRoute({
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
          content: { 'application/json': { schema: AnyJson } },
        },
        ...problemResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const run = await runMunicipalDea(deps.db, {
        ...request(body),
        year: parseYear(String(body.year)),
        resolve: (id) => requireKeyFigure(deps.db, id),
      });
      return c.json(presentDea(run), 200);
    },
  );

  app.openapi(
    createRoute({
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
          rts: z.enum(RETURNS_TO_SCALE).optional(),
          orientation: z.enum(ORIENTATIONS).optional(),
          slack: z.enum(['true', 'false']).optional(),
          super: z.enum(['true', 'false']).optional(),
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
          description:
            'JSON som POST /api/v1/dea, eller CSV (id,eff,peers,lambdas,…) med format=csv',
          content: { 'application/json': { schema: AnyJson }, 'text/csv': { schema: z.string() } },
        },
        ...problemResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const m = request({
        inputs: list(q.inputs, 'inputs'),
        outputs: list(q.outputs, 'outputs'),
        nonDiscretionary: list(q.nonDiscretionary, 'nonDiscretionary'),
        rts: q.rts,
        orientation: q.orientation,
        slack: q.slack === undefined ? undefined : q.slack === 'true',
        super: q.super === 'true',
      });
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const table = parseDataTable(bytes, 'upload.csv', {
        id: q.id,
        columns: [...m.inputs, ...m.nonDiscretionary, ...m.outputs],
      });
      const run = runDea(table.ids, table.columns, m);
      if (q.format === 'csv')
        return c.body(deaCsv(run), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
      return c.json(presentDea(run), 200);
    },
  );
}
