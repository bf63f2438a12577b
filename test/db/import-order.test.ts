// Re-importing the real exports in any order gives the same database (issue 11): the price
// basis is detected from whatever is already stored, values of another basis or year kind are
// kept beside each other, and the derived price index follows from what is stored.
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/import-files.ts';
import { CURRENT_PRICES } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { rawDataPath } from '../support/shared-data.ts';

const CLASSIFICATION = rawDataPath('dst-kommuneinddeling-asgeringemann', 'csv_da.csv');
const FULL = rawDataPath('noegletal-wdmdev', 'full_noegletal.csv');
const SERVICE = rawDataPath(
  'noegletal-asgeringemann',
  'Serviceudgifter pr.indbyger Region Yearly 1999-2024.xlsx',
);
const DAYCARE = rawDataPath(
  'noegletal-asgeringemann',
  'Udgift til dagtilbud Region Yearly 1993-2024.xlsx',
);
const POPULATION = rawDataPath(
  'noegletal-asgeringemann',
  'Befolkning by Region Yearly 1993-2023.csv',
);
const REGK31 = rawDataPath('dst-regk31-marieleth', '2023.csv');

/** The stored state without import ids (which depend on the order by nature). */
async function state(db: Database) {
  const observations = await db.query<{ s: string; n: number }>(
    `SELECT md5(string_agg(concat_ws('|', key_figure_id, municipality_code, year, year_kind,
       price_basis, value::text, status, raw), E'\\n'
       ORDER BY key_figure_id, municipality_code, year, year_kind, price_basis)) AS s,
       count(*)::int AS n FROM observations`,
  );
  const index = await db.query<{
    source: string;
    key_figure_id: string;
    year: number;
    value: string;
  }>(
    `SELECT source, key_figure_id, year, value::text AS value FROM price_index
     ORDER BY source, key_figure_id, year`,
  );
  const figures = await db.query<{ id: string; catalogued: boolean }>(
    `SELECT id, catalogued FROM key_figures ORDER BY id`,
  );
  return { observations: observations[0], index, figures };
}

const run = (db: Database, paths: readonly string[], priceBasis?: typeof CURRENT_PRICES) =>
  importFiles(db, paths, {
    cwd: process.cwd(),
    now: () => new Date(0),
    ...(priceBasis ? { priceBasis } : {}),
  });

describe.each(ENGINES)('importing the exports in two orders on %s', (engine) => {
  const dbs: Database[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('gives the same observations, price index and catalogue', async () => {
    // Order A: everything in one run; the files settle each other's price basis.
    const a = await freshDatabase(engine);
    dbs.push(a);
    const outcomesA = await run(a, [CLASSIFICATION, FULL, SERVICE, DAYCARE, POPULATION, REGK31]);
    expect(outcomesA.every((o) => o.outcome === 'imported')).toBe(true);

    // Order B: newest first, one file at a time; the current-price exports alone need the
    // flag, and the full export is then read against them.
    const b = await freshDatabase(engine);
    dbs.push(b);
    for (const [paths, basis] of [
      [[CLASSIFICATION]],
      [[REGK31]],
      [[DAYCARE], CURRENT_PRICES],
      [[SERVICE], CURRENT_PRICES],
      [[POPULATION]],
      [[FULL]],
    ] as const) {
      const outcomes = await run(b, paths, basis);
      expect(outcomes.map((o) => o.outcome)).toEqual(['imported']);
    }
    const [sa, sb] = [await state(a), await state(b)];
    expect(sb.observations).toEqual(sa.observations);
    expect(sb.index).toEqual(sa.index);
    expect(sb.figures).toEqual(sa.figures);
    expect(sa.index.length).toBeGreaterThan(20);

    // And again, all of it: nothing changes.
    const again = await run(b, [FULL, SERVICE, DAYCARE, POPULATION, REGK31]);
    expect(again.map((o) => o.outcome === 'imported' && o.summary.status)).toEqual(
      Array(5).fill('unchanged'),
    );
    expect(await state(b)).toEqual(sb);
  }, 600_000);
});
