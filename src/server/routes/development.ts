import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  computeDevelopmentFor,
  parseDevelopmentRequest,
  presentDevelopment,
  requireKeyFigure,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import {
  amongParam,
  keyFigureParam,
  limitParam,
  municipalityParam,
  peersParam,
  yearParam,
} from '../schemas.ts';
import { DevelopmentDocument } from '../schemas/index.ts';
import { jsonResponses } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/development',
  summary: 'Udviklingen mod sammenligningsgruppen / development against the peers',
  tags: ['engine'],
  request: {
    query: z.object({
      municipality: municipalityParam,
      keyFigure: keyFigureParam.openapi({ example: 'udg-folkeskolen-pr-6-16-aarig' }),
      from: yearParam.openapi({ example: '2010' }),
      to: yearParam,
      peers: peersParam,
      among: amongParam,
      limit: limitParam,
    }),
  },
  responses: jsonResponses(
    'Indeks r pr. år, ændring, CAGR og kommuner med en anden udvikling',
    DevelopmentDocument,
  ),
});

/** `GET /development`: a municipality's development against its peers between two years. */
export function developmentRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const q = parseDevelopmentRequest(c.req.valid('query'));
    const keyFigure = await requireKeyFigure(deps.db, q.keyFigure);
    const answer = await computeDevelopmentFor(deps.db, { ...q, keyFigure });
    return c.json(presentDevelopment(answer), 200);
  });
}
