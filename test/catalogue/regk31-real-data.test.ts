// The REGK31 catalogue against a real import of the five files of PROVENANCE.md §10: every
// function the importer stores adopts its catalogue entry (the same id and source name), on
// both engines, whether the catalogue is there before the import or comes after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/import-files.ts';
import { CATALOGUE } from '../../src/core/index.ts';
import { openDatabase, syncCatalogue, type Database } from '../../src/db/index.ts';
import { parseRegk31 } from '../../src/sources/index.ts';
import { ENGINES, freshDatabase, freshTarget } from '../support/engines.ts';
import { hasSharedData, rawDataPath } from '../support/shared-data.ts';

const FOLDER = rawDataPath('dst-regk31-marieleth');
const FUNCTIONS = CATALOGUE.filter((k) => k.source === 'regk31' && k.derived === undefined);
const DERIVED = CATALOGUE.filter((k) => k.source === 'regk31' && k.derived !== undefined);
const options = { cwd: FOLDER, now: () => new Date('2026-01-02T03:04:05Z') };

interface StoredFigure {
  readonly id: string;
  readonly source_name: string;
  readonly catalogued: boolean;
  readonly themes: string[];
  readonly parent_id: string | null;
  readonly volume_share: string | null;
  readonly n: number;
}

async function regk31Figures(db: Database): Promise<StoredFigure[]> {
  return db.query<StoredFigure>(
    `SELECT k.id, k.source_name, k.catalogued, k.themes, k.parent_id, k.volume_share,
       (SELECT count(*) FROM observations o WHERE o.key_figure_id = k.id)::int AS n
     FROM key_figures k WHERE k.source = 'regk31' ORDER BY k.id`,
  );
}

/** What the catalogue says each stored figure must be. */
function expected(n: (id: string) => number): StoredFigure[] {
  return [...FUNCTIONS, ...DERIVED]
    .map((k) => ({
      id: k.id,
      source_name: k.sourceName,
      catalogued: true,
      themes: [...k.themes],
      parent_id: k.parent ?? null,
      volume_share: k.volume?.share ?? null,
      n: n(k.id),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe.runIf(hasSharedData())('the REGK31 catalogue', () => {
  it('has the 25 functions of the files, and 8 figures per age group derived from them', () => {
    expect(FUNCTIONS).toHaveLength(25);
    expect(DERIVED).toHaveLength(8);
  });

  it.each([2020, 2021, 2022, 2023, 2024])(
    'names each function of %i exactly as the importer does (id and source name)',
    (year) => {
      const bytes = new Uint8Array(readFileSync(join(FOLDER, `${year}.csv`)));
      const seen = parseRegk31(bytes, `${year}.csv`).keyFigures;
      const byId = (a: readonly string[], b: readonly string[]) =>
        (a[0] ?? '') < (b[0] ?? '') ? -1 : 1;
      expect(seen.map((f) => [f.id, f.sourceName, f.unit ?? '']).sort(byId)).toEqual(
        FUNCTIONS.map((k) => [k.id, k.sourceName, k.unit]).sort(byId),
      );
    },
  );
});

describe.runIf(hasSharedData()).each(ENGINES)(
  'REGK31 imported with the catalogue on %s',
  (engine) => {
    let db: Database;
    beforeAll(async () => {
      db = await freshDatabase(engine);
    });
    afterAll(async () => {
      await db?.close();
    });

    it('stores 2023.csv as the 25 catalogued functions, with their themes', async () => {
      const outcomes = await importFiles(db, ['2023.csv'], options);
      expect(outcomes.map((o) => o.outcome)).toEqual(['imported']);
      const isFunction = (id: string) => FUNCTIONS.some((k) => k.id === id);
      expect(await regk31Figures(db)).toEqual(expected((id) => (isFunction(id) ? 98 : 0)));
    });

    it('adds the other four years to the same 25 figures', async () => {
      const outcomes = await importFiles(db, ['.'], options);
      expect(outcomes.filter((o) => o.outcome === 'imported')).toHaveLength(5);
      const isFunction = (id: string) => FUNCTIONS.some((k) => k.id === id);
      expect(await regk31Figures(db)).toEqual(expected((id) => (isFunction(id) ? 5 * 98 : 0)));
    });
  },
);

describe.runIf(hasSharedData()).each(ENGINES)(
  'REGK31 imported before the catalogue on %s',
  (engine) => {
    let db: Database;
    let drop: () => Promise<void> = async () => undefined;
    beforeAll(async () => {
      const target = await freshTarget(engine);
      drop = target.drop;
      db = await openDatabase(target, { catalogue: [] });
    });
    afterAll(async () => {
      await db?.close();
      await drop();
    });

    it('stores the functions uncatalogued, then the catalogue adopts them with their values', async () => {
      await importFiles(db, ['2023.csv'], options);
      const before = await regk31Figures(db);
      expect(before.every((f) => !f.catalogued && f.n === 98)).toBe(true);
      // The importer's own names: exactly the catalogue's, figure by figure.
      expect(before.map((f) => [f.id, f.source_name])).toEqual(
        expected(() => 0).flatMap((f) =>
          FUNCTIONS.some((k) => k.id === f.id) ? [[f.id, f.source_name]] : [],
        ),
      );

      await syncCatalogue(db, CATALOGUE);
      const isFunction = (id: string) => FUNCTIONS.some((k) => k.id === id);
      expect(await regk31Figures(db)).toEqual(expected((id) => (isFunction(id) ? 98 : 0)));
    });
  },
);
