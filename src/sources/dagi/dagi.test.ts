import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, REGIONS, type Boundary } from '../../core/index.ts';
import { rawDataPath } from '../../../test/support/shared-data.ts';
import { catchRefusal, mutatedBytes, parsesOrRefuses } from '../testing/index.ts';
import { parseDagiGeojson } from './geojson.ts';
import { parseDagiTopojson } from './topojson.ts';

const read = (name: string) => readFileSync(rawDataPath('dagi-neogeografen', name));
const kommunerTopo = read('kommuner.topojson');
const regionerTopo = read('regioner.topojson');
const kommunerGeo = read('kommuner.geojson');
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

const fromTopo = parseDagiTopojson(kommunerTopo, 'kommuner.topojson');
const fromGeo = parseDagiGeojson(kommunerGeo, 'kommuner.geojson');
const regions = parseDagiTopojson(regionerTopo, 'regioner.topojson');

const polygonCount = (bs: readonly Boundary[] | undefined) =>
  (bs ?? []).reduce((n, b) => n + b.geometry.coordinates.length, 0);

function bbox(b: Boundary | undefined): readonly number[] {
  const points = (b?.geometry.coordinates ?? []).flat(2);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('parseDagiTopojson(bytes, fileName) on the real DAGI files', () => {
  it('gives one municipality boundary for each of the 98, named from DST’s list', () => {
    expect(fromTopo.format).toBe('dagi-topojson');
    expect(fromTopo.boundaries).toHaveLength(98);
    const expected = [...MUNICIPALITIES].sort((a, b) => a.code.localeCompare(b.code));
    expect(fromTopo.boundaries?.map((b) => [b.level, b.code, b.name])).toEqual(
      expected.map((m) => ['municipality', m.code, m.name]),
    );
    expect(fromTopo.boundaries?.find((b) => b.code === '169')?.name).toBe('Høje-Taastrup');
  });

  it('collects the 308 polygons of the 98 (311 less Christiansø’s 3), islands kept apart', () => {
    expect(polygonCount(fromTopo.boundaries)).toBe(308);
    expect(fromTopo.boundaries?.find((b) => b.code === '101')?.geometry.coordinates).toHaveLength(
      7,
    );
    expect(fromTopo.boundaries?.find((b) => b.code === '147')?.geometry.coordinates).toHaveLength(
      1,
    );
  });

  it('leaves out Christiansø with one info diagnostic and nothing else to report', () => {
    expect(fromTopo.diagnostics).toEqual([
      {
        severity: 'info',
        file: 'kommuner.topojson',
        line: 1,
        field: 'KOMKODE',
        value: '0411',
        message: 'Christiansø er ikke en kommune og springes over (3 geometrier)',
      },
    ]);
  });

  it('gives the 5 regions with DST codes 081-085 from DAGI’s 1081-1085', () => {
    expect(regions.boundaries?.map((b) => [b.level, b.code, b.name])).toEqual(
      REGIONS.map((r) => ['region', r.code, r.name]),
    );
    expect(polygonCount(regions.boundaries)).toBe(222);
    expect(regions.diagnostics).toEqual([]);
  });

  it('writes closed 2D rings in lon/lat', () => {
    for (const b of fromTopo.boundaries ?? []) {
      for (const ring of b.geometry.coordinates.flat()) {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(ring.every((p) => p.length === 2)).toBe(true);
      }
    }
    const [west, south, east, north] = bbox(fromTopo.boundaries?.find((b) => b.code === '400'));
    expect([west, south, east, north].map((x) => Math.round((x ?? 0) * 10) / 10)).toEqual([
      14.7, 55, 15.2, 55.3,
    ]); // Bornholm
  });
});

describe('parseDagiGeojson(bytes, fileName) on the real DAGI file', () => {
  it('gives the same 98 municipalities and polygon counts as the TopoJSON', () => {
    expect(fromGeo.format).toBe('dagi-geojson');
    expect(fromGeo.boundaries?.map((b) => [b.code, b.name, b.geometry.coordinates.length])).toEqual(
      fromTopo.boundaries?.map((b) => [b.code, b.name, b.geometry.coordinates.length]),
    );
  });

  it('agrees with the quantised TopoJSON to within its grid (about 0.0007°)', () => {
    for (const b of fromGeo.boundaries ?? []) {
      const topo = bbox(fromTopo.boundaries?.find((t) => t.code === b.code));
      bbox(b).forEach((x, i) => expect(Math.abs(x - (topo[i] ?? 0))).toBeLessThan(0.001));
    }
  });

  it('keeps the coordinates at full precision and drops the dummy height -999', () => {
    const hedensted = fromGeo.boundaries?.find((b) => b.code === '766');
    expect(hedensted?.geometry.coordinates[0]?.[0]?.slice(0, 2)).toEqual([
      [9.449194065548566, 55.86046393906458],
      [9.460203211292942, 55.8619238071893],
    ]);
    const positions = (fromGeo.boundaries ?? []).flatMap((b) => b.geometry.coordinates.flat(2));
    expect(positions.every((p) => p.length === 2)).toBe(true);
  });

  it('leaves out Christiansø with one info diagnostic naming its line', () => {
    expect(fromGeo.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', line: 19, value: '0411' }),
    ]);
  });
});

/** A tiny topology (no transform) around 10-12° E, 55-56° N. */
function topology(geometries: readonly unknown[], arcs: unknown = SQUARE_ARCS): Uint8Array {
  return json({
    type: 'Topology',
    objects: { stdin: { type: 'GeometryCollection', geometries } },
    arcs,
  });
}
// Arc 0 is the edge shared by two squares; 1 and 2 are the rest of the left and right square.
const SQUARE_ARCS = [
  [
    [11, 55],
    [11, 56],
  ],
  [
    [11, 56],
    [10, 56],
    [10, 55],
    [11, 55],
  ],
  [
    [11, 55],
    [12, 55],
    [12, 56],
    [11, 56],
  ],
];
const polygon = (code: string, arcs: unknown, name = 'Hedensted') => ({
  type: 'Polygon',
  properties: { KOMKODE: code, KOMNAVN: name },
  arcs,
});

describe('parseDagiTopojson(bytes, fileName) on small topologies', () => {
  it('dissolves two polygons of one municipality that share an arc (topojson-client merge)', () => {
    const p = parseDagiTopojson(
      topology([polygon('0766', [[0, 1]]), polygon('0766', [[~0, 2]])]),
      't.topojson',
    );
    expect(p.boundaries?.[0]?.geometry.coordinates).toEqual([
      [
        [
          [11, 56],
          [10, 56],
          [10, 55],
          [11, 55],
          [12, 55],
          [12, 56],
          [11, 56],
        ],
      ],
    ]);
  });

  it('keeps polygons of different municipalities apart even when they share an arc', () => {
    const p = parseDagiTopojson(
      topology([polygon('0766', [[0, 1]]), polygon('0101', [[~0, 2]], 'København')]),
      't.topojson',
    );
    expect(p.boundaries?.map((b) => [b.code, b.geometry.coordinates.length])).toEqual([
      ['101', 1],
      ['766', 1],
    ]);
  });

  it('warns about missing municipalities and names that differ from DST’s', () => {
    const p = parseDagiTopojson(topology([polygon('0766', [[0, 1]], 'Aarhus')]), 't.topojson');
    expect(p.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'navnet afviger fra DST\'s ("Hedensted"), som bruges'],
      ['warning', 'filen mangler 97 af de 98 kommuner'],
    ]);
    expect(p.boundaries?.[0]?.name).toBe('Hedensted');
  });

  it('applies a quantisation transform', () => {
    const bytes = json({
      type: 'Topology',
      transform: { scale: [0.5, 0.25], translate: [10, 55] },
      objects: { k: { type: 'GeometryCollection', geometries: [polygon('0766', [[0]])] } },
      arcs: [
        [
          [0, 0],
          [2, 0],
          [0, 4],
          [-2, 0],
          [0, -4],
        ],
      ],
    });
    expect(parseDagiTopojson(bytes, 't.topojson').boundaries?.[0]?.geometry.coordinates).toEqual([
      [
        [
          [10, 55],
          [11, 55],
          [11, 56],
          [10, 56],
          [10, 55],
        ],
      ],
    ]);
  });
});

describe('the DAGI parsers refuse a bad file', () => {
  const cut = (bytes: Uint8Array, n: number) => bytes.slice(0, n);

  it.each([
    ['an empty file', parseDagiTopojson, new Uint8Array(), 'k.json:1: filen er tom'],
    [
      'a truncated TopoJSON',
      parseDagiTopojson,
      cut(kommunerTopo, 5000),
      'k.json:1: ugyldig JSON: filen slutter for tidligt',
    ],
    [
      'a truncated GeoJSON',
      parseDagiGeojson,
      cut(kommunerGeo, 5000),
      'k.json:6: ugyldig JSON: filen slutter for tidligt',
    ],
    [
      'random bytes',
      parseDagiGeojson,
      Uint8Array.from([0x7b, 0x0a, 0x01, 0x9c]),
      'k.json:2: filen er ikke tekst',
    ],
    [
      'GeoJSON given as TopoJSON',
      parseDagiTopojson,
      json({ type: 'FeatureCollection', features: [] }),
      'k.json:1: ikke en TopoJSON-topologi (type skal være "Topology") (felt "type", værdi "FeatureCollection")',
    ],
    [
      'TopoJSON given as GeoJSON',
      parseDagiGeojson,
      regionerTopo,
      'k.json:1: ikke en GeoJSON FeatureCollection (felt "type", værdi "Topology")',
    ],
    [
      'an unknown municipality code',
      parseDagiTopojson,
      topology([polygon('0766', [[0, 1]]), polygon('0999', [[~0, 2]])]),
      'k.json:1: Ukendt kommunekode (felt "objects.stdin.geometries[1].properties.KOMKODE", værdi "0999")',
    ],
    [
      'an unknown region code',
      parseDagiTopojson,
      topology([{ type: 'Polygon', properties: { REGIONKODE: '1086' }, arcs: [[0, 1]] }]),
      'k.json:1: Ukendt regionskode (felt "objects.stdin.geometries[0].properties.REGIONKODE", værdi "1086")',
    ],
    [
      'a feature without a code',
      parseDagiTopojson,
      topology([{ type: 'Polygon', properties: { NAVN: 'x' }, arcs: [[0, 1]] }]),
      'k.json: hverken KOMKODE eller REGIONKODE i egenskaberne',
    ],
    [
      'an arc index out of range',
      parseDagiTopojson,
      topology([polygon('0766', [[0, 7]])]),
      'k.json: ugyldige bueindeks (arcs) i geometrien (felt "objects.stdin.geometries[0].arcs", værdi "[[0,7]]")',
    ],
    [
      'an arc with one point',
      parseDagiTopojson,
      topology([polygon('0766', [[0]])], [[[11, 55]]]),
      'k.json: en bue (arc) skal have mindst to punkter med to tal (felt "arcs[0]", værdi "[[11,55]]")',
    ],
    [
      'a line geometry',
      parseDagiTopojson,
      topology([{ type: 'LineString', properties: { KOMKODE: '0766' }, arcs: [0] }]),
      'k.json: geometritypen understøttes ikke (kun Polygon og MultiPolygon) (felt "objects.stdin.geometries[0].type", værdi "LineString")',
    ],
    [
      'a ring that does not close',
      parseDagiTopojson,
      topology([polygon('0766', [[1]])]),
      'k.json: ringen er ikke lukket (første og sidste punkt er forskellige) (felt "objects.stdin.geometries[0]"',
    ],
    [
      'coordinates in UTM',
      parseDagiGeojson,
      json({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { KOMKODE: '0101' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [725000, 6175000],
                  [726000, 6175000],
                  [726000, 6176000],
                  [725000, 6175000],
                ],
              ],
            },
          },
        ],
      }),
      'k.json: punktet ligger ikke i Danmark (længde 3-17, bredde 54-58.5); er filen i et andet koordinatsystem end CRS84 (fx UTM 32N)? (felt "features[0].geometry", værdi "[725000,6175000]")',
    ],
    [
      'a projected coordinate system',
      parseDagiGeojson,
      json({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
        features: [],
      }),
      'k.json: koordinatsystemet understøttes ikke; brug længde/bredde (CRS84) (felt "crs", værdi "urn:ogc:def:crs:EPSG::25832")',
    ],
    [
      'a collection without boundaries',
      parseDagiGeojson,
      json({ type: 'FeatureCollection', features: [] }),
      'k.json: filen har ingen kommune- eller regionsgrænser',
    ],
  ] as const)('refuses %s, naming file, line or field, and value', (_, parse, bytes, message) => {
    expect(catchRefusal(() => parse(bytes, 'k.json')).message).toContain(message);
  });

  it('names the line of an unknown code in a pretty-printed GeoJSON', () => {
    const text = new TextDecoder()
      .decode(kommunerGeo)
      .replace('"KOMKODE": "0101"', '"KOMKODE": "0102"');
    const e = catchRefusal(() => parseDagiGeojson(new TextEncoder().encode(text), 'k.geojson'));
    expect(e.message).toMatch(
      /^k\.geojson:\d+: Ukendt kommunekode \(felt "features\[\d+\]\.properties\.KOMKODE", værdi "0102"\)$/,
    );
    expect(e.diagnostics[0]?.line).toBeGreaterThan(5);
  });
});

describe('the DAGI parsers under fuzzing', () => {
  const run = { seed: 42, numRuns: 200 };
  it('parse or refuse random bytes, never throwing anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        parsesOrRefuses(() => parseDagiTopojson(bytes, 'fuzz.topojson'));
        parsesOrRefuses(() => parseDagiGeojson(bytes, 'fuzz.geojson'));
      }),
      run,
    );
  });

  const pool = [0x2c, 0x5b, 0x5d, 0x7b, 0x7d, 0x22, 0x2d, 0x30, 0x31, 0x39, 0x7e];
  it('parses or refuses mutations of the real kommuner.topojson', () => {
    fc.assert(
      fc.property(
        mutatedBytes(kommunerTopo, pool),
        (b) => void parsesOrRefuses(() => parseDagiTopojson(b, 'f')),
      ),
      run,
    );
  });
  it('parses or refuses mutations of the real kommuner.geojson', () => {
    fc.assert(
      fc.property(
        mutatedBytes(kommunerGeo, pool),
        (b) => void parsesOrRefuses(() => parseDagiGeojson(b, 'f')),
      ),
      run,
    );
  });
  it('parses or refuses mutations of a small topology with shared arcs', () => {
    const small = topology([
      polygon('0766', [[0, 1]]),
      polygon('0766', [[~0, 2]]),
      polygon('0411', [[0, 1]]),
    ]);
    fc.assert(
      fc.property(
        mutatedBytes(small, pool),
        (b) => void parsesOrRefuses(() => parseDagiTopojson(b, 'f')),
      ),
      run,
    );
  });
});
