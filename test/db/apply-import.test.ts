import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyParsedSource, type Observation, type ParsedSource } from '../../src/core/index.ts';
import { applyImport, listImports, seriesFor, type Database } from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const sha = (c: string) => c.repeat(64);
const meta = (name: string, hash: string) => ({
  fileName: name,
  sha256: sha(hash),
  byteSize: 10,
  importedAt: new Date('2026-01-02T03:04:05Z'),
});

function source(
  values: readonly [string, number, number | null][],
  exportedOn?: string,
): ParsedSource {
  const observations: Observation[] = values.map(([code, year, value]) => ({
    keyFigureId: 'test-figur',
    municipalityCode: code,
    year,
    value,
    status: value === null ? 'missing' : 'value',
    raw: value === null ? 'M' : String(value),
  }));
  return {
    ...emptyParsedSource('tidy-csv', 'test.csv'),
    keyFigures: [
      {
        id: 'test-figur',
        sourceName: 'Test figur',
        source: 'tidy',
        valueType: 'number',
        noteNumbers: [],
      },
    ],
    observations,
    ...(exportedOn ? { exportedOn } : {}),
  };
}

describe.each(ENGINES)('applyImport(db, parsed, meta) on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('inserts new observations and records the import', async () => {
    const s = await applyImport(
      db,
      source([
        ['101', 2019, 1.5],
        ['147', 2019, null],
      ]),
      meta('a.csv', 'a'),
    );
    expect(s).toMatchObject({
      status: 'applied',
      inserted: 2,
      updated: 0,
      unchanged: 0,
      rowsRead: 2,
    });
    const series = await seriesFor(db, 'test-figur', '101');
    expect(series).toEqual([
      expect.objectContaining({
        year: 2019,
        values: [
          expect.objectContaining({
            value: 1.5,
            status: 'value',
            importId: s.id,
            yearKind: 'accounts',
            priceBasis: 'none',
          }),
        ],
      }),
    ]);
  });

  it('records a second import of the same content as unchanged and changes nothing', async () => {
    const before = await db.query('SELECT * FROM observations ORDER BY municipality_code');
    const s = await applyImport(
      db,
      source([
        ['101', 2019, 1.5],
        ['147', 2019, null],
      ]),
      meta('a.csv', 'a'),
    );
    expect(s).toMatchObject({ status: 'unchanged', inserted: 0, updated: 0, unchanged: 2 });
    expect(await db.query('SELECT * FROM observations ORDER BY municipality_code')).toEqual(before);
  });

  it('replaces a changed value and keeps the old one in the history', async () => {
    const s = await applyImport(
      db,
      source(
        [
          ['101', 2019, 2.25],
          ['147', 2019, null],
        ],
        '2020-01-01',
      ),
      meta('b.csv', 'b'),
    );
    expect(s).toMatchObject({ status: 'applied', inserted: 0, updated: 1, unchanged: 1 });
    const history = await db.query<{ value: string; replaced_by_import_id: number }>(
      `SELECT value::text AS value, replaced_by_import_id FROM observation_history WHERE municipality_code = '101'`,
    );
    expect(history).toEqual([{ value: '1.5', replaced_by_import_id: s.id }]);
    expect((await seriesFor(db, 'test-figur', '101'))[0]?.values[0]?.value).toBe(2.25);
  });

  it('never lets an older export replace a newer one', async () => {
    const s = await applyImport(db, source([['101', 2019, 9]], '2019-06-01'), meta('old.csv', 'c'));
    expect(s).toMatchObject({ status: 'unchanged', updated: 0 });
    expect((await seriesFor(db, 'test-figur', '101'))[0]?.values[0]?.value).toBe(2.25);
  });

  it('stores nothing when any row fails (one transaction)', async () => {
    const countBefore = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM observations',
    );
    const importsBefore = (await listImports(db)).length;
    // 999 is not a municipality: the foreign key fails after the first row was staged.
    await expect(
      applyImport(
        db,
        source([
          ['151', 2019, 1],
          ['999', 2019, 2],
        ]),
        meta('bad.csv', 'd'),
      ),
    ).rejects.toThrow();
    expect(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM observations')).toEqual(
      countBefore,
    );
    expect((await listImports(db)).length).toBe(importsBefore);
  });

  it('keeps exact decimals', async () => {
    await applyImport(db, source([['153', 2018, 1234567.891]]), meta('x.csv', 'e'));
    const [row] = await db.query<{ value: string }>(
      `SELECT value::text AS value FROM observations WHERE municipality_code = '153'`,
    );
    expect(row?.value).toBe('1234567.891');
  });
});
