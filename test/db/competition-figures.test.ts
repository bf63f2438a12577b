// The competition figures of issue 16 (IKU per hovedkonto, the old PLI) imported from the real
// full_noegletal.csv: stored under their catalogue ids, with their breaks and the export's values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKeyFigure, type Database } from '../../src/db/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';

/** The export's cells for 2018 (the old PLI: 2010, its last year), København and Hedensted. */
const EXPECTED: readonly (readonly [id: string, year: number, kbh: number, hedensted: number])[] = [
  ['indikator-konkurrenceudsaettelse', 2018, 22.8, 24.4],
  ['indikator-konkurrenceudsaettelse-hkt-0', 2018, 24.2, 49.4],
  ['indikator-konkurrenceudsaettelse-hkt-2', 2018, 51.9, 49.9],
  ['indikator-konkurrenceudsaettelse-hkt-3', 2018, 25.4, 39.9],
  ['indikator-konkurrenceudsaettelse-hkt-4', 2018, 12.7, 18.3],
  ['indikator-konkurrenceudsaettelse-hkt-5', 2018, 22.3, 20.0],
  ['indikator-konkurrenceudsaettelse-hkt-6', 2018, 19.4, 18.5],
  ['privat-leverandoer-indikator', 2018, 22.8, 24.4],
  ['privat-leverandoer-indikator-gl-def', 2010, 30.2, 26.5],
];

describe.each(ENGINES)('the competition figures imported from the real export, %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'noegletal');
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each(EXPECTED)('stores %s in %i with the values of 101 and 766', async (id, year, a, b) => {
    const rows = await db.query<{ code: string; value: number }>(
      `SELECT municipality_code AS code, value::float8 AS value FROM observations
       WHERE key_figure_id = $1 AND year = $2 AND municipality_code IN ('101', '766')
       ORDER BY municipality_code`,
      [id, year],
    );
    expect(rows).toEqual([
      { code: '101', value: a },
      { code: '766', value: b },
    ]);
  });

  it('stores them as catalogued figures with their breaks, and no uncatalogued copy', async () => {
    const hkt0 = await findKeyFigure(db, 'indikator-konkurrenceudsaettelse-hkt-0');
    expect(hkt0).toMatchObject({ catalogued: true, firstYear: 2006, lastYear: 2018 });
    expect(hkt0?.breaks.map((x) => x.year)).toEqual([2007]);
    const old = await findKeyFigure(db, 'privat-leverandoer-indikator-gl-def');
    expect(old).toMatchObject({ catalogued: true, firstYear: 1993, lastYear: 2010 });
    expect(old?.breaks.map((x) => x.year)).toEqual([2007, 2011]);
    const slugs = await db.query<{ id: string }>(
      `SELECT id FROM key_figures WHERE id LIKE 'indikator-for-konkurrence%' OR id LIKE 'privat-leverandoer-indik-%'`,
    );
    expect(slugs).toEqual([]);
  });
});
