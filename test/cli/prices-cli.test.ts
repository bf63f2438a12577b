// The price-level flags as a user meets them in the terminal: --prices on answers,
// --price-basis on import, and a price index imported from a `year;index;base` file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

describe('potentiale --prices and price index files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'potentiale-prices-'));
  const db = join(dir, 'db');
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    const index = file(
      'pl.csv',
      'år;indeks;basis\n2016;96,5;2018\n2017;98,2;2018\n2018;100;2018\n',
    );
    const r = await cli(['import', index, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const tidy = file(
      'tidy.csv',
      'municipality_code;year;key_figure;value\n101;2017;serviceudgifter-pr-indb;1000\n147;2017;serviceudgifter-pr-indb;2000\n',
    );
    const t = await cli(['import', tidy, '--price-basis', 'current', '--db', db]);
    expect(t.code).toBe(0);
  });

  it('stores the imported index rebased to 1 in its base year', async () => {
    const r = await cli([
      'values',
      '--key-figure',
      'serviceudgifter-pr-indb',
      '--year',
      '2017',
      '--prices',
      '2018',
      '--db',
      db,
      '--json',
    ]);
    expect(r.code).toBe(0);
    const doc = r.json<{ prices: unknown; values: { code: string; value: number | null }[] }>();
    expect(doc.prices).toEqual({ basis: 'fixed', year: 2018 });
    expect(doc.values.find((v) => v.code === '101')?.value).toBeCloseTo(1000 * (100 / 98.2), 9);
  });

  it.each([
    ['1850', /prisniveau "1850"/],
    ['abc', /prisniveau "abc"/],
    ['2019', /intet pris- og lønindeks for 2019 \(indekset dækker 2016-2018\)/],
  ])('refuses --prices %s with exit 2 and the reason', async (prices, message) => {
    const r = await cli([
      'values',
      '--key-figure',
      'serviceudgifter-pr-indb',
      '--year',
      '2017',
      '--prices',
      prices,
      '--db',
      db,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a price index with a gap or a non-positive value, naming the line, and stores nothing', async () => {
    const gap = file('gap.csv', 'year;index;base\n2010;100;2010\n2012;103;2010\n');
    const r = await cli(['import', gap, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/gap\.csv:3: prisindekset har et hul: 2011 mangler/);
    const zero = file('zero.csv', 'year;index;base\n2010;100;2010\n2011;0;2010\n');
    const z = await cli(['import', zero, '--db', db]);
    expect(z.code).toBe(3);
    expect(z.stderr).toMatch(/zero\.csv:3: indekset skal være et positivt tal/);
    const still = await cli([
      'values',
      '--key-figure',
      'serviceudgifter-pr-indb',
      '--year',
      '2017',
      '--prices',
      '2016',
      '--db',
      db,
      '--json',
    ]);
    expect(still.code).toBe(0);
  });

  it('refuses an export of money whose price level cannot be read, naming --price-basis', async () => {
    const tidy = file(
      'unknown.csv',
      'municipality_code;year;key_figure;value\n101;2016;serviceudgifter-pr-indb;900\n',
    );
    const r = await cli(['import', tidy, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/--price-basis current/);
  });
});
