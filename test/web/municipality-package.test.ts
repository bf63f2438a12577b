import { describe, expect, it } from 'vitest';
import { formatAuto, formatKr, formatMillionKr, formatVolume } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import {
  figureInfo,
  formatMoney,
  potentialSign,
} from '../../src/web/pages/municipality/figure-info.ts';
import { explainPeer } from '../../src/web/pages/municipality/peer-explanation.ts';
import {
  defaultPackageYear,
  developmentStart,
  packageYears,
} from '../../src/web/pages/municipality/years.ts';

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const figure = (kind: string | null, themes: string[], yearsWithValues: number[]) =>
  ({ kind, themes, yearsWithValues }) as unknown as Parameters<typeof packageYears>[0][number];

describe('packageYears(keyFigures)', () => {
  it('is the union of the themed figures’ years with numbers, newest first, without structural or unthemed ones', () => {
    expect(
      packageYears([
        // Rows from 1993 (marks only), numbers in 2018–2019, like udgifter-aeldre-pr-67-aarig.
        figure('cost', ['elderly-health'], [2018, 2019]),
        figure('cost', ['finance'], [2019, 2021]),
        figure('structure', ['structure'], years(2010, 2024)),
        figure(null, [], [2025]),
        figure('cost', ['administration'], []),
      ]),
    ).toEqual([2021, 2019, 2018]);
  });
});

describe('defaultPackageYear(keyFigures)', () => {
  it('is the newest year in which at least half as many cost figures have numbers as in their best year', () => {
    // Four cost figures end in 2019, one reaches 2024: 2019 is the rich year (figures of
    // another kind do not count).
    const figures = [
      ...Array.from({ length: 4 }, () => figure('cost', ['children-young'], years(2007, 2019))),
      figure('cost', ['finance'], years(2020, 2024)),
      ...Array.from({ length: 3 }, () => figure('activity', ['finance'], years(2020, 2024))),
    ];
    expect(defaultPackageYear(figures)).toBe(2019);
    // Two of four with numbers in 2024 is half: 2024 opens.
    expect(
      defaultPackageYear([
        ...figures.slice(0, 2),
        ...Array.from({ length: 2 }, () => figure('cost', ['finance'], years(2018, 2024))),
      ]),
    ).toBe(2024);
  });

  it('counts only years with numbers, not the span of rows with marks', () => {
    // Three cost figures with numbers only up to 2012 (rows with marks may run to 2019), one to
    // 2019: 2012 is the rich year.
    const figures = [
      ...Array.from({ length: 3 }, () => figure('cost', ['administration'], years(2007, 2012))),
      figure('cost', ['elderly-health'], [2018, 2019]),
    ];
    expect(defaultPackageYear(figures)).toBe(2012);
  });

  it('falls back to the newest package year when no cost figure has numbers, and is undefined without any', () => {
    expect(defaultPackageYear([figure('activity', ['integration'], [2000, 2003])])).toBe(2003);
    expect(defaultPackageYear([figure('cost', ['finance'], [])])).toBeUndefined();
    expect(defaultPackageYear([])).toBeUndefined();
  });
});

describe('developmentStart(years, to, span, breaks)', () => {
  it('is the first year with a value in the window', () => {
    expect(developmentStart([2008, 2010, 2012, 2015, 2019], 2019, 8)).toBe(2012);
  });

  it('starts at a break inside the window, never bridging it', () => {
    expect(developmentStart([2012, 2015, 2018, 2019], 2019, 8, [2018])).toBe(2018);
    expect(developmentStart([2012, 2015, 2018, 2019], 2019, 8, [2005])).toBe(2012);
  });

  it('is undefined with fewer than two years left', () => {
    expect(developmentStart([2019], 2019, 8)).toBeUndefined();
    expect(developmentStart([2010, 2019], 2019, 8, [2019])).toBeUndefined();
    expect(developmentStart([], 2019, 8)).toBeUndefined();
  });
});

describe('explainPeer(contributions)', () => {
  it('names the closest variables and the ones that make up at least 15 % of the distance', () => {
    expect(explainPeer({ a: 0.6, b: 0.25, c: 0.1, d: 0.05 })).toEqual({
      closest: [
        { variable: 'd', share: 0.05 },
        { variable: 'c', share: 0.1 },
      ],
      furthest: [
        { variable: 'a', share: 0.6 },
        { variable: 'b', share: 0.25 },
      ],
    });
    expect(explainPeer({ a: 0.14, b: 0.13 }).furthest).toEqual([]);
  });
});

describe('formatMoney(f, kroner)', () => {
  const f = {
    kr: (v: number | null | undefined) => formatKr('da', v),
    mkr: (v: number | null | undefined) => formatMillionKr('da', v),
  } as Parameters<typeof formatMoney>[0];

  it('writes millions from 100.000 kr. and whole thousands below, never "0,0 mio. kr."', () => {
    expect(formatMoney(f, -30_500_500.873)).toBe('−30,5 mio. kr.');
    expect(formatMoney(f, 186_988)).toBe('0,2 mio. kr.');
    expect(formatMoney(f, 43_215)).toBe('43.000 kr.');
    expect(formatMoney(f, -400)).toBe('0 kr.');
    expect(formatMoney(f, null)).toBe('–');
  });
});

describe('potentialSign(kroner)', () => {
  it('says positive (could spend less), negative (spends less) or zero within 500 kr.', () => {
    expect(potentialSign(43_124_107)).toBe('positive');
    expect(potentialSign(-30_500_500)).toBe('negative');
    expect(potentialSign(-499)).toBe('zero');
    expect(potentialSign(null)).toBeNull();
  });
});

describe('figureInfo(i18n, row, keyFigure, context)', () => {
  const f = {
    auto: (v: number | null | undefined) => formatAuto('da', v),
    volume: (v: number | null | undefined) => formatVolume('da', v),
    kr: (v: number | null | undefined) => formatKr('da', v),
    mkr: (v: number | null | undefined) => formatMillionKr('da', v),
  } as Parameters<typeof figureInfo>[0]['f'];
  const row = {
    nameDa: 'Udgifter til ældre pr. 67+-årig',
    value: 31767,
    benchmark: 35432.5,
    volume: 8320.966,
    potential: -30_500_501,
    corridor: { min: null, max: null },
  } as unknown as Parameters<typeof figureInfo>[1];

  it('writes the volume in the potential as whole persons, computed exactly elsewhere', () => {
    const info = figureInfo({ t: da, f, name: (k) => k.nameDa }, row, undefined, {
      year: 2019,
      levelName: 'Median',
      groupName: '10 nærmeste',
      groupSize: 10,
    });
    expect(info.potential.definition).toContain('× 8.321 =');
    expect(info.potential.definition).not.toContain('8.320,966');
    const small = figureInfo(
      { t: da, f, name: (k) => k.nameDa },
      { ...row, volume: 62.4 },
      undefined,
      {
        year: 2019,
        levelName: 'Median',
        groupName: '10 nærmeste',
        groupSize: 10,
      },
    );
    expect(small.potential.definition).toContain('× 62 =');
  });
});
