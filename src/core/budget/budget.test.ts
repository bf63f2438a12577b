import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_PRICES, fixedPrices, type PriceLevel } from '../prices/index.ts';
import {
  FLAG_MIN_YEARS,
  FLAG_WINDOW,
  areaDeviations,
  compareAreas,
  deviationsOf,
  type BudgetPoint,
} from './deviation.ts';
import { areaName, areaOfKeyFigure, keyFigureOfArea } from './explanation.ts';

const point = (
  year: number,
  yearKind: 'budget' | 'accounts',
  value: number,
  over: Partial<BudgetPoint> = {},
): BudgetPoint => ({
  municipality: '766',
  area: '5.30.27',
  year,
  yearKind,
  prices: CURRENT_PRICES,
  value,
  ...over,
});
const population = () => 47_000;
const noIndex = () => undefined;

describe('budget against accounts', () => {
  it('is accounts − budget per inhabitant, × the population, and as a share of the budget', () => {
    // The planted deviation of the BUDK32 fixture: 766, 5.30.27, 2021.
    const { deviations } = deviationsOf(
      [point(2021, 'budget', 2890), point(2021, 'accounts', 3211)],
      (m, y) => (m === '766' && y === 2021 ? 46_773 : undefined),
      noIndex,
    );
    expect(deviations).toEqual([
      {
        municipality: '766',
        area: '5.30.27',
        year: 2021,
        prices: CURRENT_PRICES,
        budget: 2890,
        accounts: 3211,
        perInhabitant: 321,
        amount: 321 * 46_773,
        population: 46_773,
        percent: (321 / 2890) * 100,
        exceeds: true,
        budgetConverted: false,
      },
    ]);
  });

  it('needs both parts beyond the threshold: 5 % and 10 kr. per inhabitant', () => {
    const d = (b: number, a: number) =>
      deviationsOf([point(2022, 'budget', b), point(2022, 'accounts', a)], population, noIndex)
        .deviations[0]?.exceeds;
    expect(d(1000, 1050)).toBe(true); // 5 %, 50 kr.
    expect(d(1000, 1049)).toBe(false); // 4.9 %
    expect(d(100, 109)).toBe(false); // 9 %, but only 9 kr.
    expect(d(1000, 940)).toBe(true); // under budget counts too
  });

  it('leaves out a year with only one side, and a budget of 0 has no share', () => {
    const { deviations } = deviationsOf(
      [
        point(2020, 'budget', 10),
        point(2021, 'accounts', 10),
        point(2022, 'budget', 0),
        point(2022, 'accounts', 40),
      ],
      population,
      noIndex,
    );
    expect(deviations.map((d) => [d.year, d.percent, d.exceeds])).toEqual([[2022, null, true]]);
  });

  it('converts a budget in another price level, or skips the year and says why', () => {
    const fixed = fixedPrices(2020);
    const points = [point(2022, 'budget', 1000, { prices: fixed }), point(2022, 'accounts', 1100)];
    const withIndex = (a: number, _y: number, from: PriceLevel, to: PriceLevel) =>
      from.basis === 'fixed' && to.basis === 'current' ? a * 1.1 : undefined;
    const converted = deviationsOf(points, population, withIndex);
    expect(converted.deviations[0]).toMatchObject({ budgetConverted: true, perInhabitant: 0 });
    expect(converted.deviations[0]?.budget).toBeCloseTo(1100, 9);
    const refused = deviationsOf(points, population, noIndex);
    expect(refused.deviations).toEqual([]);
    expect(refused.skipped).toEqual([
      {
        municipality: '766',
        area: '5.30.27',
        year: 2022,
        reason: 'no-index',
        budgetPrices: fixed,
        accountsPrices: CURRENT_PRICES,
      },
    ]);
  });

  it('flags an area beyond the threshold in two of the four newest years', () => {
    const years = (pct: Record<number, number>) =>
      Object.entries(pct).flatMap(([y, p]) => [
        point(Number(y), 'budget', 1000),
        point(Number(y), 'accounts', 1000 * (1 + p / 100)),
      ]);
    const flag = (pct: Record<number, number>) =>
      areaDeviations(deviationsOf(years(pct), population, noIndex).deviations)[0];
    // The planted pattern: 2021, 2022 and 2024.
    expect(flag({ 2020: 0.5, 2021: 11, 2022: 11, 2023: -0.8, 2024: 11 })).toMatchObject({
      window: [2021, 2022, 2023, 2024],
      exceeding: [2021, 2022, 2024],
      flagged: true,
    });
    // Two old deviations fall outside the window.
    expect(flag({ 2018: 20, 2019: 20, 2020: 0, 2021: 0, 2022: 0, 2023: 8 })?.flagged).toBe(false);
    expect(flag({ 2023: 8 })?.flagged).toBe(false);
  });

  it('flags exactly when FLAG_MIN_YEARS of the FLAG_WINDOW newest years exceed (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2007, max: 2030 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 10, maxLength: 10 }),
        (ys, deltas) => {
          const points = ys.flatMap((y, k) => [
            point(y, 'budget', 1000),
            point(y, 'accounts', 1000 + (deltas[k] ?? 0)),
          ]);
          const { deviations } = deviationsOf(points, population, noIndex);
          for (const d of deviations) expect(d.perInhabitant).toBe(d.accounts - d.budget);
          const [a] = areaDeviations(deviations);
          const newest = [...ys].sort((x, y) => x - y).slice(-FLAG_WINDOW);
          const over = newest.filter((y) => Math.abs(deltas[ys.indexOf(y)] ?? 0) >= 50);
          expect(a?.exceeding).toEqual(over);
          expect(a?.flagged).toBe(over.length >= FLAG_MIN_YEARS);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });
});

describe('areas', () => {
  it('are the functions of the chart of accounts, in its order', () => {
    expect(areaOfKeyFigure('regk31-5-30-27')).toBe('5.30.27');
    expect(areaOfKeyFigure('udgifter-aeldre')).toBeUndefined();
    expect(keyFigureOfArea('0.28.20')).toBe('regk31-0-28-20');
    expect(['5.30.27', '0.28.20', '5.25.10', '3.22.01'].sort(compareAreas)).toEqual([
      '0.28.20',
      '3.22.01',
      '5.25.10',
      '5.30.27',
    ]);
    expect(areaName('REGK31 3.22.01 Folkeskoler (netto, kr. pr. indb.)')).toBe('Folkeskoler');
  });
});
