import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { topology } from 'topojson-server';
import { ATTRIBUTIONS } from '../../core/index.ts';
import { listBoundaries, type Database } from '../../db/index.ts';
import type { ServerDeps } from '../deps.ts';
import { TopologyDocument } from '../schemas/index.ts';

/** The TopoJSON text of one level's outlines, with the source's attribution. */
async function buildTopology(db: Database, level: 'municipality' | 'region'): Promise<string> {
  const features = (await listBoundaries(db, level)).map((b) => ({
    type: 'Feature' as const,
    id: b.code,
    properties: { code: b.code, name: b.name },
    // The same shape; GeoJSON's type is only not readonly.
    geometry: b.geometry as unknown as GeoJSON.MultiPolygon,
  }));
  const name = level === 'municipality' ? 'municipalities' : 'regions';
  const topo = topology(
    { [name]: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection },
    1e5,
  );
  return JSON.stringify({ ...topo, attribution: ATTRIBUTIONS.dagi.citationDa });
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
          description: 'TopoJSON, kvantiseret 1e5; tom når ingen grænser er importeret',
          content: { 'application/json': { schema: TopologyDocument } },
        },
      },
    });
    app.openAPIRegistry.registerPath(route);
    app.get(path, async (c) =>
      c.body(await buildTopology(deps.db, level), 200, {
        'Content-Type': 'application/json; charset=utf-8',
      }),
    );
  }
  return app;
}
