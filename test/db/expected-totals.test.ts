import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidFileError,
  emptyParsedSource,
  findCatalogueEntry,
  type Observation,
  type ParsedSource,
} from '../../src/core/index.ts';
import { applyImport, checkExpectedTotals, type Database } from '../../src/db/index.ts';
import { parseFolk1aAge, parseNoegletalCsv } from '../../src/sources/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { hasSharedData, rawDataPath } from '../support/shared-data.ts';

const FILE = 'DKfolketal2021_Statistikbanken_Del2.csv';
let imports = 0;
const meta = (fileName: string) => ({
  fileName,
  sha256: String(++imports).padStart(64, '0'),
  byteSize: 1,
  importedAt: new Date('2026-01-02T03:04:05Z'),
});

/** Stored `indbyggertal` values: [code, year, value or null for "M"]. */
function population(rows: readonly (readonly [string, number, number | null])[]): ParsedSource {
  const observations: Observation[] = rows.map(([code, year, value]) => ({
    keyFigureId: 'indbyggertal',
    municipalityCode: code,
    year,
    value,
    status: value === null ? 'missing' : 'value',
    raw: value === null ? 'M' : String(value),
  }));
  return {
    ...emptyParsedSource('noegletal-csv', 'befolkning.csv'),
    keyFigures: [
      {
        id: 'indbyggertal',
        sourceName: 'Indbyggertal 1. januar',
        source: 'noegletal',
        valueType: 'number',
        noteNumbers: [],
      },
    ],
    observations,
  };
}

/** A parsed FOLK1A file that expects these totals of `indbyggertal`. */
function expecting(totals: readonly (readonly [string, number])[], year = 2021): ParsedSource {
  return {
    ...emptyParsedSource('folk1a-age-csv', FILE),
    expectedTotals: totals.map(([municipalityCode, value]) => ({
      keyFigureId: 'indbyggertal',
      municipalityCode,
      year,
      value,
    })),
  };
}

async function refusal(db: Database, parsed: ParsedSource): Promise<InvalidFileError> {
  const error: unknown = await db
    .transaction((tx) => checkExpectedTotals(tx, parsed))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  if (error instanceof InvalidFileError) return error;
  throw new Error(`expected an InvalidFileError, got ${String(error)}`);
}

describe.each(ENGINES)('checkExpectedTotals(tx, parsed) on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => {
    await db?.close();
  });
  const check = (parsed: ParsedSource) => db.transaction((tx) => checkExpectedTotals(tx, parsed));

  it('passes and adds nothing when no indbyggertal is stored', async () => {
    await expect(check(expecting([['766', 46_773]]))).resolves.toBeUndefined();
    expect(await db.query('SELECT * FROM observations')).toEqual([]);
  });

  it('passes a file without expected totals', async () => {
    await expect(check(emptyParsedSource('tidy-csv', 'a.csv'))).resolves.toBeUndefined();
  });

  it('passes when the stored values equal the expected ones', async () => {
    await applyImport(
      db,
      population([
        ['766', 2021, 46_773],
        ['492', 2021, 5_960],
        ['101', 2021, 638_117],
        ['766', 2020, 46_500],
        ['825', 2021, null],
      ]),
      meta('befolkning.csv'),
    );
    await expect(
      check(
        expecting([
          ['766', 46_773],
          ['492', 5_960],
          ['101', 638_117],
          // Nothing stored for Læsø in 2021 but "M", and nothing at all for Aalborg: no contradiction.
          ['825', 1_700],
          ['851', 219_487],
        ]),
      ),
    ).resolves.toBeUndefined();
  });

  it('passes a year of which nothing is stored', async () => {
    await expect(check(expecting([['766', 1]], 2019))).resolves.toBeUndefined();
  });

  it('refuses a total that differs, naming the file, the municipality and both numbers', async () => {
    const error = await refusal(
      db,
      expecting([
        ['101', 638_117],
        ['766', 46_774],
      ]),
    );
    expect(error.kind).toBe('invalid-file');
    expect(error.message).toBe(
      `${FILE}: Hedensted (766): filen giver indbyggertal 2021 = 46774, men databasen har 46773`,
    );
    expect(error.diagnostics).toEqual([
      {
        severity: 'error',
        file: FILE,
        field: 'indbyggertal 2021',
        value: '46774',
        message: 'Hedensted (766): filen giver indbyggertal 2021 = 46774, men databasen har 46773',
      },
    ]);
  });

  it('names every municipality that differs, in code order', async () => {
    const error = await refusal(
      db,
      expecting([
        ['766', 46_000],
        ['101', 1],
        ['492', 5_960],
      ]),
    );
    expect(error.message).toBe(
      `${FILE}: København (101): filen giver indbyggertal 2021 = 1, men databasen har 638117 (og 1 kommuner mere)`,
    );
    expect(error.diagnostics.map((d) => d.message)).toEqual([
      'København (101): filen giver indbyggertal 2021 = 1, men databasen har 638117',
      'Hedensted (766): filen giver indbyggertal 2021 = 46000, men databasen har 46773',
    ]);
  });

  it('changes nothing when it refuses inside a transaction', async () => {
    const before = await db.query('SELECT * FROM observations ORDER BY municipality_code, year');
    await refusal(db, expecting([['766', 46_000]]));
    expect(await db.query('SELECT * FROM observations ORDER BY municipality_code, year')).toEqual(
      before,
    );
  });
});

describe.skipIf(!hasSharedData()).each(ENGINES)(
  'the FOLK1A 2021 files against the stored nøgletal population on %s',
  (engine) => {
    let db: Database;
    const folder = 'dst-folk1a-2021-alder-pandemix';
    const read = (...p: string[]) => new Uint8Array(readFileSync(rawDataPath(...p)));
    const parts = () =>
      [1, 2].map((n) => {
        const f = `DKfolketal2021_Statistikbanken_Del${n}.csv`;
        return parseFolk1aAge(read(folder, f), f);
      });
    beforeAll(async () => {
      db = await freshDatabase(engine);
      const befolkning = 'Befolkning by Region Yearly 1993-2023.csv';
      await applyImport(
        db,
        parseNoegletalCsv(read('noegletal-asgeringemann', befolkning), befolkning),
        meta(befolkning),
      );
    });
    afterAll(async () => {
      await db?.close();
    });

    it('finds all 98 totals equal to "Indbyggertal 1. januar" 2021', async () => {
      for (const part of parts()) {
        await expect(
          db.transaction((tx) => checkExpectedTotals(tx, part)),
        ).resolves.toBeUndefined();
      }
    });

    it('refuses a copy with one count changed, naming the municipality', async () => {
      const f = 'DKfolketal2021_Statistikbanken_Del2.csv';
      const text = new TextDecoder('latin1')
        .decode(read(folder, f))
        .replace('"Hedensted";"0 år";412', '"Hedensted";"0 år";413');
      const tampered = parseFolk1aAge(new TextEncoder().encode(text), f);
      expect((await refusal(db, tampered)).message).toBe(
        `${f}: Hedensted (766): filen giver indbyggertal 2021 = 46774, men databasen har 46773`,
      );
      // applyImport runs the same check in its transaction: the file is refused, nothing stored.
      await expect(applyImport(db, tampered, meta(f))).rejects.toThrow(/Hedensted \(766\)/);
      expect(
        await db.query(`SELECT 1 FROM observations WHERE key_figure_id LIKE 'andel-%'`),
      ).toEqual([]);
    });

    it('stores the shares under the catalogue figures, so volumes give back the counts', async () => {
      for (const part of parts()) await applyImport(db, part, meta(part.file));
      const [figure] = await db.query<{ catalogued: boolean; name_da: string }>(
        `SELECT catalogued, name_da FROM key_figures WHERE id = 'andel-67-aarige'`,
      );
      expect(figure).toEqual({ catalogued: true, name_da: 'Andel 67+-årige' });
      const volume = findCatalogueEntry('udgifter-aeldre-pr-67-aarig')?.volume;
      expect(volume).toMatchObject({ population: 'indbyggertal', share: 'andel-67-aarige' });
      // The volume as the catalogue defines it, indbyggertal × andel / 100, for every municipality.
      const rows = await db.query<{ code: string; population: string; share: string; raw: string }>(
        `SELECT p.municipality_code AS code, p.value::text AS population, s.value::text AS share, s.raw
         FROM observations p JOIN observations s
           ON s.municipality_code = p.municipality_code AND s.year = p.year
         WHERE p.key_figure_id = 'indbyggertal' AND s.key_figure_id = 'andel-67-aarige'
           AND p.year = 2021 AND p.status = 'value' AND s.status = 'value'`,
      );
      expect(rows).toHaveLength(98);
      for (const r of rows) {
        const count = Number(/: (\d+) af /.exec(r.raw)?.[1]);
        expect((Number(r.population) * Number(r.share)) / 100).toBeCloseTo(count, 6);
      }
      expect(rows.find((r) => r.code === '766')?.raw).toBe('FOLK1A 2021K1: 8602 af 46773');
    });
  },
);
