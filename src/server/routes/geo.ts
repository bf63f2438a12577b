import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { listBoundaries, type Database } from '../../db/index.ts';
import { boundariesTopology } from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import { TopologyDocument } from '../schemas/index.ts';

async function buildTopology(db: Database, level: 'municipality' | 'region'): Promise<string> {
  return boundariesTopology(level, await listBoundaries(db, level));
}

/** TopoJSON of the municipalities and regions for the map, built once per data version. */
export function geoRoutes(deps: ServerDeps) {
  // No cache of its own: the answer cache in front of /api/v1 keeps the built bytes until the
  // data version changes, so the topology is only rebuilt after an import.
  const app = new OpenAPIHono();
  for (const [path, level] of [
    ['/api/v1/geo/municipalities', 'municipality'],
    ['/api/v1/geo/regions', 'region'],
  ] as const) {
    // Served as prebuilt bytes (no re-serialising per request), documented in the registry.
    const route = createRoute({
      method: 'get',
      path,
      summary:
        level === 'municipality'
          ? 'Kommunegrænser (TopoJSON) / municipal boundaries'
          : 'Regionsgrænser (TopoJSON) / regional boundaries',
      tags: ['geo'],
      responses: {
        200: {
          description:
            'TopoJSON, kvantiseret 1e4 (omkring 45 m); tom når ingen grænser er importeret',
          content: { 'application/json': { schema: TopologyDocument } },
        },
      },
    });
    app.openAPIRegistry.registerPath(route);
    app.get(path, async (c) =>
      c.body(await buildTopology(deps.db, level), 200, {
        'Content-Type': 'application/json; charset=utf-8',
        // Outlines change only with an import of new boundaries: an hour in the browser's
        // cache, then revalidated by ETag (304) while the old copy is still shown.
        'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
      }),
    );
  }
  return app;
}
