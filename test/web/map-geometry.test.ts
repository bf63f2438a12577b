import { readFileSync } from 'node:fs';
import { topology } from 'topojson-server';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDagiTopojson } from '../../src/sources/index.ts';
import {
  BORNHOLM,
  CAPITAL_AREA,
  MAP_ASPECT,
  layoutMap,
  type MunicipalityTopology,
} from '../../src/charts/index.ts';
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

/** The bounding box [x0, y0, x1, y1] of an SVG path's points. */
function extent(d: string): [number, number, number, number] {
  const points = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)];
  const xs = points.map((m) => Number(m[1]));
  const ys = points.map((m) => Number(m[2]));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

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

  it('draws the capital area again, enlarged, inside its box, which covers no other land', () => {
    for (const [width, height] of [
      [600, 720],
      [469, 560],
      [352, 421],
    ] as const) {
      const layout = layoutMap(topo, width, height);
      const capital = layout.capital;
      expect(capital, `${width}`).not.toBeNull();
      if (!capital) return;
      const { box, area } = capital;
      // Every one of the 98 is still drawn once on the main map; the 17 once more in the box.
      expect(new Set(layout.shapes.map((s) => s.code)).size).toBe(98);
      expect(capital.shapes.map((s) => s.code).sort()).toEqual([...CAPITAL_AREA].sort());
      expect(box.x + box.w).toBeLessThanOrEqual(width);
      expect(box.y + box.h).toBeLessThanOrEqual(layout.height);
      for (const s of capital.shapes) {
        const [x0, y0, x1, y1] = extent(s.d);
        expect(x0, s.name).toBeGreaterThanOrEqual(box.x);
        expect(x1, s.name).toBeLessThanOrEqual(box.x + box.w);
        expect(y0, s.name).toBeGreaterThanOrEqual(box.y);
        expect(y1, s.name).toBeLessThanOrEqual(box.y + box.h);
      }
      // Enlarged: Frederiksberg (147) is larger in the box than on the map.
      const size = (d: string) => {
        const [x0, y0, x1, y1] = extent(d);
        return (x1 - x0) * (y1 - y0);
      };
      const inBox = capital.shapes.find((s) => s.code === '147');
      const onMap = layout.shapes.find((s) => s.code === '147');
      expect(size(inBox?.d ?? '')).toBeGreaterThan(2 * size(onMap?.d ?? ''));
      // The box covers no municipality's land outside the capital area, nor Bornholm's box
      // (at most a pixel of a bounding box).
      for (const s of layout.shapes) {
        if (CAPITAL_AREA.has(s.code) || s.code === BORNHOLM) continue;
        const [x0, y0, x1, y1] = extent(s.d);
        const overlap =
          Math.max(0, Math.min(x1, box.x + box.w) - Math.max(x0, box.x)) *
          Math.max(0, Math.min(y1, box.y + box.h) - Math.max(y0, box.y));
        expect(overlap, s.name).toBeLessThanOrEqual(1);
      }
      const inset = layout.inset;
      if (inset) expect(box.y).toBeGreaterThanOrEqual(inset.y + inset.h);
      // The frame on the map holds the capital area's shapes.
      for (const s of layout.shapes.filter((x) => CAPITAL_AREA.has(x.code))) {
        const [x0, y0, x1, y1] = extent(s.d);
        expect(x0, s.name).toBeGreaterThanOrEqual(area.x - 0.5);
        expect(x1, s.name).toBeLessThanOrEqual(area.x + area.w + 0.5);
        expect(y0, s.name).toBeGreaterThanOrEqual(area.y - 0.5);
        expect(y1, s.name).toBeLessThanOrEqual(area.y + area.h + 0.5);
      }
    }
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
