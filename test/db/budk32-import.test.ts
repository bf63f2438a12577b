// Budget beside accounts (issue 18): the real REGK31 exports and the project-made BUDK32
// fixture imported together land on the same regk31-<function> key figures, accounts and
// budget of a year side by side, both in current prices.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/import-files.ts';
import { CURRENT_PRICES } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { rawDataPath, repoRoot } from '../support/shared-data.ts';

const REGK31 = rawDataPath('dst-regk31-marieleth');
const FIXTURE = 'test/fixtures/budk32';

describe.each(ENGINES)('importing REGK31 and the BUDK32 fixture on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => db.close());

  it('reads each file with its own importer, the budget as budget years', async () => {
    const outcomes = await importFiles(db, [REGK31, FIXTURE], {
      cwd: repoRoot,
      now: () => new Date(0),
    });
    expect(outcomes.map((o) => [relative(repoRoot, o.file).split('/').pop(), o.outcome])).toEqual([
      ...[2020, 2021, 2022, 2023, 2024].map((y) => [`${y}.csv`, 'imported']),
      ...[2020, 2021, 2022, 2023, 2024].map((y) => [`BUDK32-fixture-${y}.csv`, 'imported']),
    ]);
    const imports = await db.query<{ source_format: string; n: number; rows: number }>(
      `SELECT source_format, count(*)::int AS n, sum(rows_read)::int AS rows FROM imports
       GROUP BY source_format ORDER BY source_format`,
    );
    expect(imports).toEqual([
      { source_format: 'budk32-csv', n: 5, rows: 5 * 35 },
      { source_format: 'regk31-csv', n: 5, rows: 5 * 2450 },
    ]);
    const [kinds] = await db.query<{ year_kinds: unknown }>(
      `SELECT year_kinds FROM imports WHERE file_name = '${FIXTURE}/BUDK32-fixture-2022.csv'`,
    );
    const parsed =
      typeof kinds?.year_kinds === 'string' ? JSON.parse(kinds.year_kinds) : kinds?.year_kinds;
    expect(parsed).toEqual({ 2022: 'budget' });
  });

  it('stores accounts and budget of one key figure, municipality and year side by side', async () => {
    const rows = await db.query<{
      year: number;
      year_kind: string;
      price_basis: string;
      value: string;
    }>(
      `SELECT year, year_kind, price_basis, value::text FROM observations
       WHERE key_figure_id = 'regk31-5-30-27' AND municipality_code = '766'
       ORDER BY year, year_kind`,
    );
    // Accounts: the real REGK31 values; budget: the fixture, 10 % below in 2021, 2022, 2024.
    const want: readonly (readonly [number, string, string])[] = [
      [2020, '3322', '3307'],
      [2021, '3211', '2890'],
      [2022, '3449', '3104'],
      [2023, '3569', '3597'],
      [2024, '3872', '3485'],
    ];
    expect(rows).toEqual(
      want.flatMap(([year, accounts, budget]) => [
        { year, year_kind: 'accounts', price_basis: 'current', value: accounts },
        { year, year_kind: 'budget', price_basis: 'current', value: budget },
      ]),
    );
  });

  it('keeps budget rows only where the fixture has them, on the five fixture functions', async () => {
    const rows = await db.query<{ key_figure_id: string; n: number; municipalities: number }>(
      `SELECT key_figure_id, count(*)::int AS n, count(DISTINCT municipality_code)::int AS municipalities
       FROM observations WHERE year_kind = 'budget' GROUP BY key_figure_id ORDER BY key_figure_id`,
    );
    expect(rows).toEqual(
      [
        'regk31-3-22-01',
        'regk31-5-25-14',
        'regk31-5-30-26',
        'regk31-5-30-27',
        'regk31-6-45-51',
      ].map((key_figure_id) => ({ key_figure_id, n: 35, municipalities: 7 })),
    );
    const [accounts] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM observations WHERE year_kind = 'accounts'`,
    );
    expect(accounts?.n).toBe(5 * 2450);
  });

  it('changes nothing when the fixture is imported again', async () => {
    const again = await importFiles(db, [FIXTURE], { cwd: repoRoot, now: () => new Date(0) });
    expect(again.map((o) => (o.outcome === 'imported' ? o.summary.status : o.outcome))).toEqual(
      Array(5).fill('unchanged'),
    );
  });

  it('takes budget rows from a tidy file with a year_kind column, beside the accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-tidy-'));
    try {
      const file = join(dir, 'budget.csv');
      writeFileSync(
        file,
        'municipality_code;year;key_figure;value;year_kind\n' +
          '766;2024;regk31-5-30-27;3872;regnskab\n' +
          '766;2024;regk31-5-30-27;3485;budget\n' +
          '766;2025;regk31-5-30-27;3950;budget\n',
      );
      const [o] = await importFiles(db, [file], {
        cwd: dir,
        now: () => new Date(0),
        priceBasis: CURRENT_PRICES,
      });
      expect(o?.outcome === 'imported' && o.summary).toMatchObject({
        format: 'tidy-csv',
        inserted: 1,
        updated: 0,
        unchanged: 2,
      });
      const rows = await db.query<{ year: number; year_kind: string; value: string }>(
        `SELECT year, year_kind, value::text FROM observations
         WHERE key_figure_id = 'regk31-5-30-27' AND municipality_code = '766' AND year >= 2024
         ORDER BY year, year_kind`,
      );
      expect(rows).toEqual([
        { year: 2024, year_kind: 'accounts', value: '3872' },
        { year: 2024, year_kind: 'budget', value: '3485' },
        { year: 2025, year_kind: 'budget', value: '3950' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
