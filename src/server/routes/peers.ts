import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { findPeers, parsePeersRequest, presentPeers } from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import {
  countParam,
  municipalityParam,
  peersGroupParam,
  themeParam,
  yearParam,
} from '../schemas.ts';
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
      k: countParam('10', '10'),
      theme: themeParam,
      weights: z.string().max(400).optional().openapi({ example: 'share-67-plus=2' }),
      peers: peersGroupParam,
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
    const { code, year, spec } = parsePeersRequest(c.req.valid('query'));
    return c.json(presentPeers(code, year, await findPeers(deps.db, { code, year, spec })), 200);
  });
}
