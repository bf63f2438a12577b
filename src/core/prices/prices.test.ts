import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_PRICES,
  basisFromRelation,
  basesFromRelation,
  chooseIndex,
  conversionFactor,
  deriveIndex,
  detectPriceRelation,
  expressIn,
  fixedPrices,
  isMoneyUnit,
  parsePriceLevel,
  validatePriceIndexRows,
  yearKindInExport,
  type OverlapPair,
  type PriceIndex,
} from './index.ts';

const SEED = 42;

/** A price level per year (P_2010 = 1), rising: the index a conversion would use. */
const LEVEL: Readonly<Record<number, number>> = {
  2008: 0.93535,
  2009: 0.97276,
  2010: 1,
  2011: 1.011,
  2012: 1.03425,
  2013: 1.04356,
  2017: 1.10867,
  2018: 1.12308,
};
const INDEX: PriceIndex = {
  source: 'derived',
  keyFigureId: null,
  baseYear: 2010,
  values: new Map(Object.entries(LEVEL).map(([y, v]) => [Number(y), v])),
};

/**
 * Cells of 98 municipalities over the years: `a` in fixed 2010 prices, `b` in current prices,
 * both rounded to whole kroner as published.
 */
function fixedVsCurrent(years: readonly number[]): OverlapPair[] {
  const out: OverlapPair[] = [];
  for (const year of years) {
    for (let m = 0; m < 98; m++) {
      const current = 30_000 + 250 * m + 13 * year;
      const fixed = current / (LEVEL[year] ?? 1);
      out.push({ year, a: Math.round(fixed), b: Math.round(current) });
    }
  }
  return out;
}

describe('parsePriceLevel(text, parameter)', () => {
  it('reads current prices and a base year, and refuses what is neither', () => {
    expect(parsePriceLevel('current', 'prices')).toEqual(CURRENT_PRICES);
    expect(parsePriceLevel('løbende', 'prices')).toEqual(CURRENT_PRICES);
    expect(parsePriceLevel('2010', 'prices')).toEqual(fixedPrices(2010));
    expect(parsePriceLevel('fixed:2010', '--price-basis')).toEqual(fixedPrices(2010));
    for (const bad of ['1850', 'abc', '', '20100', 'fixed'])
      expect(() => parsePriceLevel(bad, 'prices')).toThrow(/prisniveau/);
  });
});

describe('isMoneyUnit(unit)', () => {
  it('is true for kroner and false for shares, counts and rates', () => {
    for (const u of ['kr. pr. indb.', 'kr. pr. 67+-årig', '1.000 kr.', 'kr. pr. måned'])
      expect(isMoneyUnit(u)).toBe(true);
    for (const u of ['pct.', 'indb.', 'pladser pr. 100 0-2-årige', 'promille', ''])
      expect(isMoneyUnit(u)).toBe(false);
  });
});

describe('yearKindInExport(year, exportedOn)', () => {
  it('makes the newest year of the September 2019 export budget and 2018 accounts', () => {
    expect(yearKindInExport(2019, '2019-09-10')).toBe('budget');
    expect(yearKindInExport(2018, '2019-09-10')).toBe('accounts');
  });
  it('keeps a year budget until 1 July of the following year', () => {
    expect(yearKindInExport(2023, '2024-03-30')).toBe('budget');
    expect(yearKindInExport(2022, '2024-03-30')).toBe('accounts');
    expect(yearKindInExport(2023, '2024-07-01')).toBe('accounts');
  });
  it('counts every year as accounts without an export date', () => {
    expect(yearKindInExport(2030, undefined)).toBe('accounts');
  });
});

describe('conversionFactor(index, year, from, to)', () => {
  it('takes fixed 2010 kroner to 2018 current prices by the index ratio', () => {
    expect(conversionFactor(INDEX, 2018, fixedPrices(2010), CURRENT_PRICES)).toBeCloseTo(
      1 / 0.8904,
      4,
    );
  });
  it('is 1 between equal levels (current prices of 2010 are 2010 prices)', () => {
    expect(conversionFactor(INDEX, 2010, CURRENT_PRICES, fixedPrices(2010))).toBe(1);
  });
  it('is undefined when the index lacks a year', () => {
    expect(conversionFactor(INDEX, 2019, fixedPrices(2010), CURRENT_PRICES)).toBeUndefined();
  });
  it('round-trips: converting there and back is the identity (property)', () => {
    const years = [...INDEX.values.keys()];
    fc.assert(
      fc.property(
        fc.constantFrom(...years),
        fc.constantFrom(...years),
        fc.constantFrom(...years),
        (year, a, b) => {
          const there = conversionFactor(INDEX, year, fixedPrices(a), fixedPrices(b)) ?? NaN;
          const back = conversionFactor(INDEX, year, fixedPrices(b), fixedPrices(a)) ?? NaN;
          return Math.abs(there * back - 1) < 1e-12;
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('chooseIndex(indices, keyFigureId, years)', () => {
  it("prefers a figure's own index, then imported over derived, among those with the years", () => {
    const own: PriceIndex = { ...INDEX, keyFigureId: 'x', source: 'derived' };
    const imported: PriceIndex = { ...INDEX, source: 'imported' };
    expect(chooseIndex([INDEX, imported, own], 'x', [2010, 2018])).toBe(own);
    expect(chooseIndex([INDEX, imported, own], 'y', [2010, 2018])).toBe(imported);
    expect(chooseIndex([INDEX], 'y', [2010, 2030])).toBeUndefined();
  });
});

describe('detectPriceRelation(pairs)', () => {
  const years = [2008, 2009, 2010, 2011, 2012, 2013, 2017, 2018];

  it('reads fixed 2010 prices against current prices (the factor falls over time)', () => {
    const r = detectPriceRelation(fixedVsCurrent(years));
    expect(r.kind).toBe('a-fixed-b-current');
    expect(r.kind === 'a-fixed-b-current' && r.baseYear).toBe(2010);
    expect(basisFromRelation(r, CURRENT_PRICES)).toEqual(fixedPrices(2010));
    expect(basesFromRelation(r)).toEqual({ a: fixedPrices(2010), b: CURRENT_PRICES });
  });

  it('reads the reverse when the new file is the current one', () => {
    const r = detectPriceRelation(fixedVsCurrent(years).map((p) => ({ ...p, a: p.b, b: p.a })));
    expect(r.kind).toBe('a-current-b-fixed');
    expect(basisFromRelation(r, fixedPrices(2010))).toEqual(CURRENT_PRICES);
    // A reference stored in fixed 2015 prices contradicts a factor of 1 in 2010.
    expect(basisFromRelation(r, fixedPrices(2015))).toBeUndefined();
  });

  it('sees the same basis through revisions of single municipalities', () => {
    const same = fixedVsCurrent(years).map((p, i) => ({
      ...p,
      a: i % 40 === 0 ? p.b + 500 : p.b,
    }));
    expect(detectPriceRelation(same).kind).toBe('same');
  });

  it('is inconclusive when the values differ municipality by municipality', () => {
    const noisy = fixedVsCurrent(years).map((p, i) => ({
      ...p,
      a: p.b * (1 + ((i * 7) % 13) / 100),
    }));
    expect(detectPriceRelation(noisy).kind).toBe('inconclusive');
  });

  it('is inconclusive without overlap, or without a year whose factor is 1', () => {
    expect(detectPriceRelation([]).kind).toBe('inconclusive');
    const noBase = fixedVsCurrent([2011, 2012, 2013, 2017, 2018]);
    expect(detectPriceRelation(noBase).kind).toBe('inconclusive');
  });
});

describe('deriveIndex(pairs, baseYear)', () => {
  it('gives 1 in the base year and the factor of every year, with its spread', () => {
    const pairs = fixedVsCurrent([2009, 2010, 2018]).map((p) => ({
      keyFigureId: 'serviceudgifter-pr-indb',
      year: p.year,
      current: p.b,
      fixed: p.a,
    }));
    const d = deriveIndex(pairs, 2010);
    const byYear = new Map(d.general.map((y) => [y.year, y]));
    expect(byYear.get(2010)?.factor).toBe(1);
    expect(byYear.get(2018)?.factor).toBeCloseTo(1.12308, 4);
    expect(byYear.get(2018)?.pairs).toBe(98);
    expect(d.perFigure).toEqual({});
  });

  it("keeps a figure's own index when its factors differ from the general ones", () => {
    const general = fixedVsCurrent([2010, 2018]).map((p) => ({
      keyFigureId: 'a',
      year: p.year,
      current: p.b,
      fixed: p.a,
    }));
    const other = general.map((p) => ({
      ...p,
      keyFigureId: 'b',
      current: p.year === 2018 ? Math.round(p.fixed * 1.2) : p.current,
    }));
    const d = deriveIndex(
      [...general, ...general.map((p) => ({ ...p, keyFigureId: 'c' })), ...other],
      2010,
    );
    expect(Object.keys(d.perFigure)).toEqual(['b']);
    expect(d.perFigure['b']?.find((y) => y.year === 2018)?.factor).toBeCloseTo(1.2, 3);
  });
});

describe('expressIn(variants, year, target, indices, keyFigureId)', () => {
  const v = (yearKind: 'accounts' | 'budget', priceBasis: string, count = 98) => ({
    yearKind,
    priceBasis,
    count,
  });

  it('prefers a value stored in the asked level over a converted one', () => {
    const e = expressIn(
      [v('accounts', 'current'), v('accounts', 'fixed-2010')],
      2018,
      fixedPrices(2010),
      [INDEX],
      'k',
    );
    expect(e?.variant.priceBasis).toBe('fixed-2010');
    expect(e?.factor).toBe(1);
  });

  it('lets accounts win over budget when both can be shown', () => {
    const e = expressIn(
      [v('budget', 'current'), v('accounts', 'current')],
      2018,
      CURRENT_PRICES,
      [INDEX],
      'k',
    );
    expect(e?.variant.yearKind).toBe('accounts');
  });

  it('converts with the index and names it', () => {
    const e = expressIn([v('accounts', 'fixed-2010')], 2018, CURRENT_PRICES, [INDEX], 'k');
    expect(e?.factor).toBeCloseTo(1.12308, 5);
    expect(e?.index).toEqual({ source: 'derived', keyFigureId: null, years: [2010, 2018] });
    expect(e?.unconverted).toBe(false);
  });

  it('returns the published level, marked unconverted, when no index reaches the year', () => {
    const e = expressIn([v('budget', 'fixed-2010')], 2019, CURRENT_PRICES, [INDEX], 'k');
    expect(e?.unconverted).toBe(true);
    expect(e?.level).toEqual(fixedPrices(2010));
    expect(e?.factor).toBe(1);
  });

  it('chooses a reachable budget over unreachable accounts (one level per answer)', () => {
    const e = expressIn(
      [v('accounts', 'current'), v('budget', 'fixed-2010')],
      2019,
      fixedPrices(2010),
      [INDEX],
      'k',
    );
    expect(e?.variant.yearKind).toBe('budget');
  });

  it("lets accounts win as published when asked to prefer accounts (a figure's own values)", () => {
    const e = expressIn(
      [v('accounts', 'current'), v('budget', 'fixed-2010')],
      2019,
      fixedPrices(2010),
      [INDEX],
      'k',
      'accounts',
    );
    expect(e).toMatchObject({ unconverted: true, level: CURRENT_PRICES });
    expect(e?.variant.yearKind).toBe('accounts');
  });

  it('never converts what is not money', () => {
    const e = expressIn([v('accounts', 'none')], 2019, fixedPrices(2010), [], 'k');
    expect(e).toMatchObject({ factor: 1, published: null, level: null, unconverted: false });
  });
});

describe('validatePriceIndexRows(rows)', () => {
  it('refuses a gap, a repeated year and a non-positive value, naming the year', () => {
    expect(() =>
      validatePriceIndexRows([
        { year: 2010, value: 1 },
        { year: 2012, value: 1.1 },
      ]),
    ).toThrow(/hul: 2011/);
    expect(() => validatePriceIndexRows([{ year: 2010, value: 0 }])).toThrow(/ikke positivt/);
    expect(() =>
      validatePriceIndexRows([
        { year: 2010, value: 1 },
        { year: 2010, value: 1 },
      ]),
    ).toThrow(/to gange/);
    expect(() =>
      validatePriceIndexRows([
        { year: 2010, value: 1 },
        { year: 2011, value: 1.01 },
      ]),
    ).not.toThrow();
  });
});
