import { describe, expect, it } from 'vitest';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';
import {
  basisLabel,
  freshnessHeadline,
  kindYear,
  sortFigures,
  type FigureFreshness,
} from '../../src/web/pages/data/freshness-format.ts';

const s = da.data.freshness;

describe('basisLabel(bases)', () => {
  it('names stored price bases in words, in both languages', () => {
    expect(basisLabel(['fixed-2010', 'none'], s.basis, s.and)).toBe(
      'faste 2010-priser og ikke kroner',
    );
    expect(basisLabel(['current'], s.basis, s.and)).toBe('løbende priser');
    expect(basisLabel(['fixed-2010'], en.data.freshness.basis, en.data.freshness.and)).toBe(
      'fixed 2010 prices',
    );
    expect(basisLabel(['unknown', 'weird'], s.basis, s.and)).toBe('ukendt prisniveau');
  });
});

describe('kindYear(year, kinds)', () => {
  it('writes the kind before the year, both kinds when both are stored', () => {
    expect(kindYear(2019, ['budget'], da.common.yearKinds, s.and)).toBe('budget 2019');
    expect(kindYear(2019, ['accounts', 'budget'], da.common.yearKinds, s.and)).toBe(
      'regnskab og budget 2019',
    );
    expect(kindYear(2018, ['accounts'], en.common.yearKinds, en.data.freshness.and)).toBe(
      'accounts 2018',
    );
    expect(kindYear(2018, [], da.common.yearKinds, s.and)).toBe('2018');
  });
});

describe('freshnessHeadline(sources)', () => {
  const year = (y: number, n: number) => ({ year: y, keyFigures: n, kinds: [], priceBases: [] });
  const source = (lastYears: ReturnType<typeof year>[]) => ({
    source: 'x',
    keyFigures: lastYears.reduce((n, y) => n + y.keyFigures, 0),
    withoutValues: 0,
    firstYear: 1993,
    lastYear: Math.max(...lastYears.map((y) => y.year)),
    lastYears,
  });

  it('counts the figures at the newest year and finds the year most end in, over sources', () => {
    expect(
      freshnessHeadline([source([year(2024, 2), year(2019, 172)]), source([year(2024, 25)])]),
    ).toEqual({ total: 199, newest: 2024, atNewest: 27, commonYear: 2019, atCommon: 172 });
  });

  it('takes the newer year at a tie, and gives nothing without figures', () => {
    expect(freshnessHeadline([source([year(2020, 3), year(2018, 3)])])?.commonYear).toBe(2020);
    expect(freshnessHeadline([])).toBeUndefined();
  });
});

describe('sortFigures(figures)', () => {
  const fig = (id: string, source: string, lastYear: number | null): FigureFreshness => ({
    id,
    source,
    nameDa: id,
    nameEn: id,
    firstYear: lastYear,
    lastYear,
    lastYearKinds: [],
    lastAccountsYear: null,
    lastYearPriceBases: [],
    lastYearMunicipalities: 0,
  });
  it('orders by source, newest year first, figures without values last, then by name', () => {
    const sorted = sortFigures(
      [fig('b', 'regk31', 2024), fig('c', 'noegletal', null), fig('a', 'noegletal', 2010)],
      ['noegletal', 'regk31'],
      (f) => f.nameDa,
    );
    expect(sorted.map((f) => f.id)).toEqual(['a', 'c', 'b']);
    expect(
      sortFigures(
        [fig('z', 'noegletal', 2019), fig('y', 'noegletal', 2019), fig('x', 'noegletal', 2024)],
        ['noegletal'],
        (f) => f.nameDa,
      ).map((f) => f.id),
    ).toEqual(['x', 'y', 'z']);
  });
});
