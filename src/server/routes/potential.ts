import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  computeDeaBenchmark,
  computePotentialFor,
  parsePotentialRequest,
  presentDeaBenchmark,
  presentPotential,
  requireKeyFigure,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import {
  benchmarkParam,
  keyFigureParam,
  municipalityParam,
  peersParam,
  pricesParam,
  yearParam,
} from '../schemas.ts';
import { DeaBenchmarkDocument, PotentialDocument } from '../schemas/index.ts';
import { jsonResponses } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/potential',
  summary: 'Potentialet for ét nøgletal med korridor / the potential of one key figure',
  tags: ['engine'],
  request: {
    query: z.object({
      municipality: municipalityParam,
      keyFigure: keyFigureParam,
      year: yearParam,
      benchmark: benchmarkParam,
      peers: peersParam,
      prices: pricesParam,
    }),
  },
  responses: jsonResponses(
    'Egen værdi, volumen, benchmark, potentiale (kr.), gruppen og korridoren',
    z.union([PotentialDocument, DeaBenchmarkDocument]),
  ),
});

/** `GET /potential`: one key figure's potential against a benchmark (or DEA), with its corridor. */
export function potentialRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    // All parameters are parsed before the first query, even those DEA does not use.
    const { code, year, benchmark, peers, prices, ...q } = parsePotentialRequest(
      c.req.valid('query'),
    );
    const keyFigure = await requireKeyFigure(deps.db, q.keyFigure);
    if (benchmark.kind === 'dea') {
      const b = await computeDeaBenchmark(deps.db, {
        code,
        keyFigure,
        year,
        rts: benchmark.rts,
        ...(prices ? { prices: prices.level } : {}),
      });
      return c.json(presentDeaBenchmark(b), 200);
    }
    const level = benchmark.level;
    return c.json(
      presentPotential(
        await computePotentialFor(deps.db, {
          code,
          keyFigure,
          year,
          level,
          peers,
          ...(prices ? { prices } : {}),
        }),
      ),
      200,
    );
  });
}
