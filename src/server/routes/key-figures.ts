import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../core/index.ts';
import { findKeyFigure, listKeyFigures } from '../../db/index.ts';
import { parseKeyFiguresRequest, presentKeyFigureDocument } from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import { booleanParam, kindParam, problemResponses, themeParam } from '../schemas.ts';
import { KeyFigureCatalogue, KeyFigureDocument } from '../schemas/index.ts';
import { jsonContent } from './responses.ts';

const catalogue = createRoute({
  method: 'get',
  path: '/api/v1/key-figures',
  summary: 'Nøgletalskataloget / the key-figure catalogue',
  tags: ['reference'],
  request: {
    query: z.object({
      theme: themeParam,
      kind: kindParam,
      catalogued: booleanParam(false, 'Kun nøgletal i kataloget / catalogued only'),
    }),
  },
  responses: {
    200: jsonContent(
      'Nøgletallene med definition, enhed, tema, volumen og databrud',
      KeyFigureCatalogue,
    ),
    ...problemResponses,
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/v1/key-figures/{id}',
  summary: 'Ét nøgletal / one key figure',
  tags: ['reference'],
  request: {
    params: z.object({
      id: z
        .string()
        .max(200)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'udgifter-aeldre-pr-67-aarig' }),
    }),
  },
  responses: { 200: jsonContent('Nøgletallet', KeyFigureDocument), ...problemResponses },
});

/** The key-figure catalogue (filtered by theme and kind) and one key figure. */
export function keyFigureRoutes(deps: ServerDeps) {
  return new OpenAPIHono()
    .openapi(catalogue, async (c) => {
      const q = parseKeyFiguresRequest(c.req.valid('query'));
      // Filtered here, not in SQL: on PGlite with the real data the filtered catalogue query
      // took about 2 CPU-s (a worse plan), the whole catalogue about 0,2.
      const list = (await listKeyFigures(deps.db)).filter(
        (k) =>
          (!q.theme || k.themes.includes(q.theme)) &&
          (!q.kind || k.kind === q.kind) &&
          (!q.catalogued || k.catalogued),
      );
      return c.json({ keyFigures: list.map(presentKeyFigureDocument) }, 200);
    })
    .openapi(one, async (c) => {
      const k = await findKeyFigure(deps.db, c.req.valid('param').id);
      if (!k) throw new NotFoundError(`Nøgletallet "${c.req.valid('param').id}" findes ikke`);
      return c.json(presentKeyFigureDocument(k), 200);
    });
}
