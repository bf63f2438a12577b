import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { summariseFreshness } from '../../core/index.ts';
import { listFreshness } from '../../db/index.ts';
import type { ServerDeps } from '../deps.ts';
import { FreshnessDocument } from '../schemas/index.ts';
import { jsonContent } from './responses.ts';

const freshness = createRoute({
  method: 'get',
  path: '/api/v1/freshness',
  summary: 'Hvor nye tallene er pr. kilde og nøgletal / how fresh the numbers are',
  tags: ['meta'],
  responses: {
    200: jsonContent(
      'Pr. kilde og pr. nøgletal: nyeste år med tal, budget eller regnskab, prisgrundlaget, og hvor mange nøgletal der slutter i hvilket år',
      FreshnessDocument,
    ),
  },
});

/** Freshness: the newest year with numbers per source and key figure (the /data page). */
export function freshnessRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(freshness, async (c) => {
    const keyFigures = await listFreshness(deps.db);
    return c.json({ sources: summariseFreshness(keyFigures), keyFigures }, 200);
  });
}
