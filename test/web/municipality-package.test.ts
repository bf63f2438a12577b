import { describe, expect, it } from 'vitest';
import { formatKr, formatMillionKr } from '../../src/web/format/index.ts';
import { formatMoney, potentialSign } from '../../src/web/pages/municipality/figure-info.ts';
import { explainPeer } from '../../src/web/pages/municipality/peer-explanation.ts';
import {
  defaultPackageYear,
  developmentStart,
  packageYears,
} from '../../src/web/pages/municipality/years.ts';

const figure = (
  kind: string | null,
  themes: string[],
  firstYear: number | null,
  lastYear: number | null,
) =>
  ({ kind, themes, firstYear, lastYear }) as unknown as Parameters<typeof packageYears>[0][number];

describe('packageYears(keyFigures)', () => {
  it('is the union of the themed figures’ ranges, newest first, without structural or unthemed ones', () => {
    expect(
      packageYears([
        figure('cost', ['elderly-health'], 2017, 2019),
        figure('cost', ['finance'], 2019, 2021),
        figure('structure', ['structure'], 2010, 2024),
        figure(null, [], 2020, 2025),
        figure('cost', ['administration'], null, null),
      ]),
    ).toEqual([2021, 2020, 2019, 2018, 2017]);
  });
});

describe('defaultPackageYear(keyFigures)', () => {
  it('is the newest year that at least half of the cost figures cover', () => {
    // Four cost figures end in 2019, one reaches 2024: 2019 is the rich year.
    const figures = [
      ...Array.from({ length: 4 }, () => figure('cost', ['children-young'], 1993, 2019)),
      figure('cost', ['finance'], 1993, 2024),
    ];
    expect(defaultPackageYear(figures)).toBe(2019);
  });

  it('falls back to the newest package year when no cost figure has years, and is undefined without any', () => {
    expect(defaultPackageYear([figure('activity', ['integration'], 2000, 2003)])).toBe(2003);
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
