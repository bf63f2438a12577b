import { readFileSync } from 'node:fs';
import { topology } from 'topojson-server';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDagiTopojson } from '../../src/sources/index.ts';
import {
  BORNHOLM,
  MAP_ASPECT,
  layoutMap,
  type MunicipalityTopology,
} from '../../src/web/charts/map-geometry.ts';
import { hasSharedData, rawDataPath } from '../support/shared-data.ts';

// The topology as /api/v1/geo/municipalities builds it, from the real DAGI boundaries.
let topo: MunicipalityTopology;
beforeAll(() => {
  const file = 'kommuner.topojson';
  const parsed = parseDagiTopojson(readFileSync(rawDataPath('dagi-neogeografen', file)), file);
  const features = (parsed.boundaries ?? [])
    .filter((b) => b.level === 'municipality')
    .map((b) => ({
      type: 'Feature' as const,
      id: b.code,
      properties: { code: b.code, name: b.name },
      geometry: b.geometry as unknown as GeoJSON.MultiPolygon,
    }));
  topo = topology(
    { municipalities: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection },
    1e5,
  ) as unknown as MunicipalityTopology;
});

describe.runIf(hasSharedData())('layoutMap(topology, width, height)', () => {
  it('draws all 98 municipalities inside the box, each with a point inside the box', () => {
    const layout = layoutMap(topo, 600, 720);
    expect(layout.shapes).toHaveLength(98);
    for (const s of layout.shapes) {
      expect(s.d, s.name).toMatch(/^M/);
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x).toBeLessThanOrEqual(600);
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeLessThanOrEqual(layout.height);
    }
  });

  it('moves Bornholm into a box at the top right that holds its shape', () => {
    const layout = layoutMap(topo, 600, 720);
    const inset = layout.inset;
    const bornholm = layout.shapes.find((s) => s.code === BORNHOLM);
    expect(inset).not.toBeNull();
    if (!inset || !bornholm) return;
    expect(inset.x + inset.w).toBeGreaterThan(600 * 0.8);
    expect(inset.y).toBeLessThan(layout.height * 0.2);
    expect(bornholm.x).toBeGreaterThan(inset.x);
    expect(bornholm.x).toBeLessThan(inset.x + inset.w);
    expect(bornholm.y).toBeGreaterThan(inset.y);
    expect(bornholm.y).toBeLessThan(inset.y + inset.h);
  });

  it('places Skagen (Frederikshavn) north of Gedser (Guldborgsund), west Jutland west of Copenhagen', () => {
    const layout = layoutMap(topo, 400, 480);
    const at = (code: string) => layout.shapes.find((s) => s.code === code) ?? { x: NaN, y: NaN };
    expect(at('813').y).toBeLessThan(at('376').y);
    expect(at('573').x).toBeLessThan(at('101').x);
  });

  it('fills the width of a tall box: height over width as MAP_ASPECT says', () => {
    const width = 500;
    const layout = layoutMap(topo, width, 5000);
    const ys = layout.shapes.flatMap((s) =>
      [...s.d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[2])),
    );
    const drawn = Math.max(...ys) - Math.min(...ys);
    expect(drawn / (width - 8)).toBeCloseTo(MAP_ASPECT, 1);
  });

  it('keeps the paths small: under 250 kB for a 600 px map, thinned to a pixel', () => {
    const layout = layoutMap(topo, 600, 560);
    const bytes = layout.shapes.reduce((s, x) => s + x.d.length, 0) + layout.coast.length;
    expect(bytes).toBeLessThan(250_000);
  });

  it('draws nothing when no boundaries are imported', () => {
    const none = {
      type: 'Topology',
      objects: { municipalities: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    } as unknown as MunicipalityTopology;
    expect(layoutMap(none, 600, 700).shapes).toEqual([]);
  });
});
