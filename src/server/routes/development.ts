import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  computeDevelopmentFor,
  parseK,
  parseMunicipalityCode,
  parsePeerSpec,
  parseYear,
  presentDevelopment,
  requireKeyFigure,
  DEFAULT_PEERS,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import {
  countParam,
  keyFigureParam,
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
      among: z.enum(['group', 'all']).optional(),
      limit: countParam('10'),
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
    const q = c.req.valid('query');
    const code = parseMunicipalityCode(q.municipality);
    const from = parseYear(q.from, 'from');
    const to = parseYear(q.to, 'to');
    const peers = parsePeerSpec(q.peers ?? DEFAULT_PEERS);
    const limit = q.limit ? parseK(q.limit, 'limit') : undefined;
    const keyFigure = await requireKeyFigure(deps.db, q.keyFigure);
    const answer = await computeDevelopmentFor(deps.db, {
      code,
      keyFigure,
      from,
      to,
      peers,
      ...(q.among ? { among: q.among } : {}),
      ...(limit === undefined ? {} : { limit }),
    });
    return c.json(presentDevelopment(answer), 200);
  });
}
