import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { THEMES, type PeerGroupSpec } from '../../core/index.ts';
import {
  findPeers,
  parseK,
  parseMunicipalityCode,
  parseTheme,
  parseWeights,
  parseYear,
  presentPeers,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import { countParam, municipalityParam, yearParam } from '../schemas.ts';
import { PeersDocument } from '../schemas/index.ts';
import { jsonResponses } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/peers',
  summary: 'Sammenligningskommuner med forklaring / peers, explained',
  tags: ['engine'],
  request: {
    query: z.object({
      municipality: municipalityParam,
      year: yearParam,
      k: countParam('10'),
      theme: z.enum(THEMES).optional(),
      weights: z.string().max(400).optional().openapi({ example: 'share-67-plus=2' }),
    }),
  },
  responses: jsonResponses(
    'Gruppen, nærmeste først, med afstand og hver variabels andel',
    PeersDocument,
  ),
});

/** `GET /peers`: the nearest municipalities on the structural figures, explained. */
export function peersRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const q = c.req.valid('query');
    const code = parseMunicipalityCode(q.municipality);
    const year = parseYear(q.year);
    const spec: PeerGroupSpec = {
      kind: 'nearest',
      ...(q.k ? { k: parseK(q.k) } : {}),
      ...(q.theme ? { theme: parseTheme(q.theme) } : {}),
      ...(q.weights ? { weights: parseWeights(q.weights) } : {}),
    };
    return c.json(presentPeers(code, year, await findPeers(deps.db, { code, year, spec })), 200);
  });
}
