import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { listImports, listPriceIndexYears } from '../../db/index.ts';
import type { ServerDeps } from '../deps.ts';
import { ImportsDocument, PriceIndexDocument } from '../schemas/index.ts';
import { jsonContent } from './responses.ts';

const imports = createRoute({
  method: 'get',
  path: '/api/v1/imports',
  summary: 'Importerne: dataenes proveniens / provenance',
  tags: ['meta'],
  responses: {
    200: jsonContent('Alle importer, nyeste først, med SHA-256 og antal', ImportsDocument),
  },
});

const priceIndex = createRoute({
  method: 'get',
  path: '/api/v1/price-index',
  summary: 'Pris- og lønindekset / the price index',
  tags: ['meta'],
  responses: {
    200: jsonContent(
      'Indekset pr. kilde og år (basisår = 1), med afledningen: antal kommuner, hvor mange der deler faktoren, mindste og største forhold',
      PriceIndexDocument,
    ),
  },
});

/** Provenance: the imports and the price index they stored. */
export function importRoutes(deps: ServerDeps) {
  return new OpenAPIHono()
    .openapi(imports, async (c) => c.json({ imports: await listImports(deps.db) }, 200))
    .openapi(priceIndex, async (c) => c.json({ years: await listPriceIndexYears(deps.db) }, 200));
}
