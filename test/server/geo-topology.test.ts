// The map's outlines as the server sends them, built from the real DAGI files (read from
// ../shared, never committed): small enough for a first visit (≤ 100 KB with gzip, issue 14)
// and still every municipality and region, each with a shape to draw.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { boundariesTopology } from '../../src/engine/index.ts';
import { parseDagiGeojson, parseDagiTopojson } from '../../src/sources/index.ts';
import { rawDataPath } from '../support/shared-data.ts';

const read = (name: string) => new Uint8Array(readFileSync(rawDataPath('dagi-neogeografen', name)));

describe('the map outlines served at /api/v1/geo', () => {
  it.each([
    ['kommuner.geojson', parseDagiGeojson, 'municipality', 98],
    ['kommuner.topojson', parseDagiTopojson, 'municipality', 98],
    ['regioner.topojson', parseDagiTopojson, 'region', 5],
  ] as const)('%s: ≤ 100 KB gzip, every area with a shape', (name, parse, level, count) => {
    const boundaries = parse(read(name), name).boundaries ?? [];
    expect(boundaries).toHaveLength(count);
    const text = boundariesTopology(level, boundaries);
    expect(gzipSync(text).byteLength).toBeLessThanOrEqual(100 * 1024);
    const topo = JSON.parse(text) as Topology;
    const key = level === 'municipality' ? 'municipalities' : 'regions';
    const shapes = feature(topo, topo.objects[key] as GeometryCollection);
    expect(shapes.features.map((f) => f.id).sort()).toEqual(boundaries.map((b) => b.code).sort());
    for (const f of shapes.features) {
      // Every outline keeps at least a triangle after quantisation.
      const rings =
        f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates.flat()
          : f.geometry.type === 'Polygon'
            ? f.geometry.coordinates
            : [];
      expect(Math.max(...rings.map((r) => r.length)), String(f.id)).toBeGreaterThanOrEqual(4);
    }
  });
});
