import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  COMPARE_MAX,
  COMPARE_THEMES,
  computeCompareFor,
  parseCompareRequest,
  presentCompare,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import { benchmarkParam, peersParam, pricesParam, yearParam } from '../schemas.ts';
import { CompareDocument } from '../schemas/index.ts';
import { jsonResponses } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/compare',
  summary: 'Sammenlign kommuners potentialer / compare municipalities’ potentials',
  tags: ['engine'],
  request: {
    query: z.object({
      municipalities: z
        .string()
        .max(400)
        .openapi({
          description: `1-${COMPARE_MAX} kommunekoder (eller navne), adskilt af komma, hver én gang. Ukendt kommune eller gentagelse: 400; flere end ${COMPARE_MAX}: 422`,
          example: '101,751,766',
        }),
      year: yearParam.optional().openapi({
        description:
          'År; standard: det standardår for pakken, som flest af kommunerne har (ved lighed det nyeste)',
      }),
      themes: z
        .string()
        .max(400)
        .optional()
        .openapi({
          description: `Temaer adskilt af komma (standard: alle): ${COMPARE_THEMES.join(' | ')}. Ukendt tema eller gentagelse: 400`,
          example: 'elderly-health,children-young',
        }),
      benchmark: benchmarkParam,
      peers: peersParam,
      prices: pricesParam,
    }),
  },
  responses: jsonResponses(
    'Pr. kommune og nøgletal: egen værdi, sammenligningsgruppens median, benchmark og potentiale (kr.) som i kommunens pakke; temaernes summer med prisniveau og regnskab/budget',
    CompareDocument,
  ),
});

/** `GET /compare`: a few municipalities' packages side by side, in one answer. */
export function compareRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const query = parseCompareRequest(c.req.valid('query'));
    return c.json(presentCompare(await computeCompareFor(deps.db, query)), 200);
  });
}
