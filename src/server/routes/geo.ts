import { createRoute } from '@hono/zod-openapi';
import { topology } from 'topojson-server';
import type { App, ServerDeps } from '../deps.ts';
import { AnyJson } from '../schemas.ts';

/** TopoJSON of the municipalities and regions for the map, built once per data version. */
export function registerGeo(app: App, deps: ServerDeps): void {
  // No cache of its own: the answer cache in front of /api/v1 keeps the built bytes until the
  // data version changes, so the topology is only rebuilt after an import.
  const build = async (level: 'municipality' | 'region'): Promise<string> => {
    const rows = await deps.db.query<{ code: string; name: string; geometry: unknown }>(
      `SELECT code, name, geometry FROM boundaries WHERE level = $1 ORDER BY code`,
      [level],
    );
    const features = rows.map((r) => ({
      type: 'Feature' as const,
      id: r.code,
      properties: { code: r.code, name: r.name },
      geometry: (typeof r.geometry === 'string'
        ? JSON.parse(r.geometry)
        : r.geometry) as GeoJSON.MultiPolygon,
    }));
    const name = level === 'municipality' ? 'municipalities' : 'regions';
    const topo = topology(
      { [name]: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection },
      1e5,
    );
    return JSON.stringify({ ...topo, attribution: 'Geodatastyrelsen/SDFI, DAGI' });
  };
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
          content: { 'application/json': { schema: AnyJson } },
        },
      },
    });
    app.openAPIRegistry.registerPath(route);
    app.get(path, async (c) =>
      c.body(await build(level), 200, { 'Content-Type': 'application/json; charset=utf-8' }),
    );
  }
}
