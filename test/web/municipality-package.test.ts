import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../src/web/i18n/context.tsx';
import { da } from '../../src/web/i18n/da/index.ts';
import {
  figureInfo,
  formatMoney,
  potentialSign,
} from '../../src/web/pages/municipality/figure-info.ts';
import { explainPeer } from '../../src/web/pages/municipality/peer-explanation.ts';
import {
  developmentStart,
  pickerYears,
  totalIsComparable,
} from '../../src/web/pages/municipality/years.ts';
import {
  distantPeersByTheme,
  figureLevelWarnings,
  packageLevelWarnings,
} from '../../src/web/pages/municipality/warning-groups.ts';

const packageYear = (year: number, figures: number, coverage: number | null) =>
  ({
    year,
    figures,
    coverage,
    denominatorKeyFigureId: null,
    yearKind: 'accounts',
    prices: { basis: 'current', year: null },
    comparable: coverage !== null && coverage >= 0.25,
    eligibleAsDefault: false,
  }) as const;

describe('pickerYears(packageYears, chosen)', () => {
  it('lists the years whose package sums a figure, newest first, and the chosen year even without', () => {
    const doc = {
      years: [packageYear(2018, 12, 0.97), packageYear(2024, 0, null), packageYear(2019, 12, 0.96)],
    };
    expect(pickerYears(doc).map((y) => y.year)).toEqual([2019, 2018]);
    expect(pickerYears(doc, 2024).map((y) => y.year)).toEqual([2024, 2019, 2018]);
  });
});

describe('totalIsComparable(coverage, warnings)', () => {
  it('is false below 25 % coverage or when the low-coverage warning says so, true for an unknown coverage', () => {
    expect(totalIsComparable({ share: 0.97 }, [])).toBe(true);
    expect(totalIsComparable({ share: 0.4 }, [])).toBe(true);
    expect(totalIsComparable({ share: 0.17 }, [])).toBe(false);
    expect(totalIsComparable({ share: null }, [])).toBe(true);
    expect(
      totalIsComparable({ share: 0.3 }, [{ code: 'low-coverage', detail: { comparable: false } }]),
    ).toBe(false);
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
  const f = formatsFor('da');

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
  const f = formatsFor('da');
  const row = {
    nameDa: 'Udgifter til ældre pr. 67+-årig',
    value: 31767,
    benchmark: 35432.5,
    volume: 8320.966,
    potential: -30_500_501,
    corridor: { min: null, max: null },
  } as unknown as Parameters<typeof figureInfo>[1];

  it('writes the volume in the potential as whole persons, computed exactly elsewhere', () => {
    const info = figureInfo({ t: da, f, name: (k) => k.nameDa, locale: 'da' }, row, undefined, {
      year: 2019,
      levelName: 'Median',
      groupName: '10 nærmeste',
      groupSize: 10,
      prices: '2010-priser',
    });
    expect(info.potential.definition).toContain('× 8.321 =');
    expect(info.potential.definition).not.toContain('8.320,966');
    const small = figureInfo(
      { t: da, f, name: (k) => k.nameDa, locale: 'da' },
      { ...row, volume: 62.4 },
      undefined,
      {
        year: 2019,
        levelName: 'Median',
        groupName: '10 nærmeste',
        groupSize: 10,
        prices: '2010-priser',
      },
    );
    expect(small.potential.definition).toContain('× 62 =');
  });
});

describe('packageLevelWarnings, figureLevelWarnings and distantPeersByTheme(pkg, themeOf)', () => {
  const w = (code: string, keyFigureId: string | null) => ({ code, keyFigureId });
  const warnings = [
    w('budget-year', null),
    w('outlier', 'transport'),
    w('small-volume', 'transport'),
    w('distant-peers', 'elderly-figure'),
    w('distant-peers', 'transport'),
  ];

  it("puts the whole-package warnings near the total and a figure's on its row, not the peer groups'", () => {
    expect(packageLevelWarnings(warnings)).toEqual([w('budget-year', null)]);
    expect(figureLevelWarnings(warnings, 'transport')).toEqual([
      w('outlier', 'transport'),
      w('small-volume', 'transport'),
    ]);
  });

  it('gives each distant-peers warning the themes that used the same peer group', () => {
    const themes: Record<string, string> = {
      'elderly-figure': 'elderly-health',
      transport: 'technical-environment',
    };
    const groups = {
      'elderly-health': { members: ['101', '147'] },
      'specialised-adults': { members: ['101', '147'] },
      'technical-environment': { members: ['751'] },
    };
    expect(distantPeersByTheme({ warnings, groups }, (id) => themes[id])).toEqual([
      {
        warning: w('distant-peers', 'elderly-figure'),
        themes: ['elderly-health', 'specialised-adults'],
      },
      { warning: w('distant-peers', 'transport'), themes: ['technical-environment'] },
    ]);
    expect(distantPeersByTheme({ warnings, groups }, () => undefined)[0]?.themes).toEqual([]);
  });
});
