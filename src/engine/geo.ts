import { topology } from 'topojson-server';
import { ATTRIBUTIONS, type Boundary } from '../core/index.ts';

/**
 * Coordinates are quantised to a 10 000 × 10 000 grid over Denmark's extent: about 45 m a step,
 * under half a pixel on a 1 000-pixel-wide map, which drops the points a screen cannot show and
 * keeps the municipalities' outlines about 70 KB with gzip (1e5 gave 110 KB).
 */
export const TOPOLOGY_QUANTISATION = 1e4;

/** The TopoJSON text of one level's outlines, with the source's attribution. */
export function boundariesTopology(
  level: 'municipality' | 'region',
  boundaries: readonly Pick<Boundary, 'code' | 'name' | 'geometry'>[],
): string {
  const features = boundaries.map((b) => ({
    type: 'Feature' as const,
    id: b.code,
    properties: { code: b.code, name: b.name },
    // The same shape; GeoJSON's type is only not readonly.
    geometry: b.geometry as unknown as GeoJSON.MultiPolygon,
  }));
  const name = level === 'municipality' ? 'municipalities' : 'regions';
  const topo = topology(
    { [name]: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection },
    TOPOLOGY_QUANTISATION,
  );
  return JSON.stringify({ ...topo, attribution: ATTRIBUTIONS.dagi.citationDa });
}
