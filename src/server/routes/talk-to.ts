import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  computeTalkToFor,
  parseTalkToRequest,
  presentTalkTo,
  requireKeyFigure,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import {
  countParam,
  keyFigureParam,
  limitParam,
  municipalityParam,
  peersParam,
  yearParam,
} from '../schemas.ts';
import { TalkToDocument } from '../schemas/index.ts';
import { jsonResponses } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/talk-to',
  summary: 'Hvem skal vi tale med / whom to talk to',
  tags: ['engine'],
  request: {
    query: z.object({
      municipality: municipalityParam,
      keyFigure: keyFigureParam,
      year: yearParam,
      peers: peersParam,
      widen: countParam('30'),
      limit: limitParam,
    }),
  },
  responses: jsonResponses(
    'Kommuner der gør det bedre og ikke er dårligere på de tilknyttede nøgletal, med begrundelse',
    TalkToDocument,
  ),
});

/** `GET /talk-to`: municipalities that do better without doing worse on the related figures. */
export function talkToRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const { code, year, peers, widenTo, limit, ...q } = parseTalkToRequest(c.req.valid('query'));
    const keyFigure = await requireKeyFigure(deps.db, q.keyFigure);
    const answer = await computeTalkToFor(deps.db, {
      code,
      keyFigure,
      year,
      peers,
      ...(widenTo === undefined ? {} : { widenTo }),
      limit,
    });
    return c.json(presentTalkTo(answer), 200);
  });
}
