import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { countObservations, dataVersion } from '../../db/index.ts';
import type { ServerDeps } from '../deps.ts';
import { RETRY_AFTER_SECONDS } from '../problem.ts';
import { HealthDocument } from '../schemas/index.ts';
import { jsonContent } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/health',
  summary: 'Sundhed / health',
  tags: ['meta'],
  responses: {
    200: jsonContent('Serveren og databasen svarer (status ok)', HealthDocument),
    503: jsonContent(
      'Databasen svarer ikke (status degraded, med Retry-After); serveren kører og prøver igen ved næste forespørgsel',
      HealthDocument,
    ),
  },
});

/** `GET /health`: the server and the database answer, and whether the database is empty. */
export function healthRoutes(deps: ServerDeps) {
  // Health asks the database every time, but counting 500 000 rows takes 30-70 ms: the count
  // is kept per data version (every import changes it), which is one cheap query to read.
  let counted: { readonly version: string; readonly n: number } | undefined;
  const observationCount = async (): Promise<number> => {
    const version = await dataVersion(deps.db);
    if (counted?.version !== version) counted = { version, n: await countObservations(deps.db) };
    return counted.n;
  };
  return new OpenAPIHono().openapi(route, async (c) => {
    // Health is never cached: it says how things are now.
    c.header('Cache-Control', 'no-store');
    let observations: number;
    try {
      observations = await observationCount();
    } catch {
      // Whatever the database says, health answers: a lost connection is the usual cause,
      // and the pool reconnects on the next query once the server is back.
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json(
        {
          status: 'degraded',
          engine: deps.db.kind,
          observations: null,
          empty: null,
          hintDa: `Databasen svarer ikke lige nu. Serveren prøver igen ved næste forespørgsel; prøv igen om ${RETRY_AFTER_SECONDS} sekunder.`,
          hintEn: `The database is not answering right now. The server retries on the next request; try again in ${RETRY_AFTER_SECONDS} seconds.`,
          time: deps.now().toISOString(),
        },
        503,
      );
    }
    const empty = observations === 0;
    return c.json(
      {
        status: 'ok',
        engine: deps.db.kind,
        observations,
        empty,
        hintDa: empty
          ? 'Databasen er tom. Importér filer med "potentiale import <mappe>" (fx De Kommunale Nøgletal fra noegletal.dk) eller hent fra Danmarks Statistik med "potentiale fetch".'
          : null,
        hintEn: empty
          ? 'The database is empty. Import files with "potentiale import <folder>" or fetch from Statistics Denmark with "potentiale fetch".'
          : null,
        time: deps.now().toISOString(),
      },
      200,
    );
  });
}
