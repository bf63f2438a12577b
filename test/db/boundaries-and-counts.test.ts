import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyParsedSource, type Boundary, type ParsedSource } from '../../src/core/index.ts';
import {
  applyImport,
  countObservations,
  listBoundaries,
  type Database,
} from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const square = (x: number): Boundary['geometry'] => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [x, 55],
        [x + 0.5, 55],
        [x + 0.5, 55.5],
        [x, 55],
      ],
    ],
  ],
});

// Out of code order on purpose: the repository answers in code order.
const boundaries: Boundary[] = [
  { level: 'municipality', code: '766', name: 'Hedensted', geometry: square(9.5) },
  { level: 'municipality', code: '101', name: 'København', geometry: square(12.5) },
  { level: 'region', code: '081', name: 'Region Nordjylland', geometry: square(10) },
];

const dagi = (): ParsedSource => ({
  ...emptyParsedSource('dagi-geojson', 'kommuner.geojson'),
  boundaries,
});

const tidy = (): ParsedSource => ({
  ...emptyParsedSource('tidy-csv', 'tal.csv'),
  keyFigures: [
    { id: 'et-tal', sourceName: 'Et tal', source: 'tidy', valueType: 'number', noteNumbers: [] },
  ],
  observations: [2018, 2019].flatMap((year) =>
    ['101', '766'].map((code) => ({
      keyFigureId: 'et-tal',
      municipalityCode: code,
      year,
      value: year === 2019 && code === '766' ? null : year,
      status: year === 2019 && code === '766' ? ('missing' as const) : ('value' as const),
      raw: year === 2019 && code === '766' ? 'M' : String(year),
    })),
  ),
});

const meta = (fileName: string, n: number) => ({
  fileName,
  sha256: String(n).repeat(64),
  byteSize: 1,
  importedAt: new Date('2026-01-02T03:04:05Z'),
});

describe.each(ENGINES)('boundaries and the observation count on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('has no boundaries and no observations in an empty database', async () => {
    expect(await listBoundaries(db, 'municipality')).toEqual([]);
    expect(await listBoundaries(db, 'region')).toEqual([]);
    expect(await countObservations(db)).toBe(0);
  });

  it('lists the stored outlines of one level in code order, geometry parsed', async () => {
    await applyImport(db, dagi(), meta('kommuner.geojson', 1));
    const municipalities = await listBoundaries(db, 'municipality');
    expect(municipalities.map((b) => b.code)).toEqual(['101', '766']);
    expect(municipalities[0]).toEqual(boundaries[1]);
    expect(municipalities[1]).toEqual(boundaries[0]);
    expect(await listBoundaries(db, 'region')).toEqual([boundaries[2]]);
  });

  it('counts every stored observation, marks included', async () => {
    await applyImport(db, tidy(), meta('tal.csv', 2));
    expect(await countObservations(db)).toBe(4);
  });
});
