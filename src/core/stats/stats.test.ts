import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import {
  fitOls,
  lowerBound,
  mean,
  median,
  percentile,
  percentileOfSorted,
  percentileOfSortedWithout,
  sampleStandardDeviation,
  toFloat64Column,
} from './index.ts';

describe('mean(values) and sampleStandardDeviation(values)', () => {
  it('divides by n − 1', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5, Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32, sd = √(32/7)
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });
  it('is NaN where undefined', () => {
    expect(mean([])).toBeNaN();
    expect(sampleStandardDeviation([3])).toBeNaN();
  });
});

describe('toFloat64Column(column)', () => {
  it('turns null and infinities into NaN', () => {
    expect(Array.from(toFloat64Column([1, null, Infinity, 4]))).toEqual([1, NaN, NaN, 4]);
  });
  it('returns a clean Float64Array without copying', () => {
    const a = new Float64Array([1, NaN, 3]);
    expect(toFloat64Column(a)).toBe(a);
  });
});

describe('percentile(values, p)', () => {
  it('interpolates between order statistics (type 7)', () => {
    // sorted 70, 80, 90, 120; h = (n − 1)·p/100
    expect(percentile([120, 70, 90, 80], 25)).toBe(77.5); // h = 0.75: 70 + 0.75·10
    expect(percentile([120, 70, 90, 80], 90)).toBeCloseTo(111, 12); // h = 2.7: 90 + 0.7·30
    expect(percentile([120, 70, 90, 80], 0)).toBe(70);
    expect(percentile([120, 70, 90, 80], 100)).toBe(120);
    expect(percentile([42], 37)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });
  it('gives the median: middle value, or the mean of the two middle values', () => {
    expect(median([11, 3, 9, 5])).toBe(7); // (5 + 9) / 2
    expect(median([9, 3, 5])).toBe(5);
  });
  it('refuses p outside 0–100', () => {
    expect(() => percentile([1, 2], 101)).toThrow(InvalidInputError);
    expect(() => percentile([1, 2], -0.5)).toThrow(InvalidInputError);
    expect(() => percentile([1, 2], NaN)).toThrow(InvalidInputError);
  });
  it('matches a direct sort-based computation', () => {
    const direct = (values: number[], p: number): number => {
      const s = [...values].sort((a, b) => a - b);
      const rank = (p / 100) * (s.length - 1);
      const below = s[Math.floor(rank)] ?? NaN;
      const above = s[Math.ceil(rank)] ?? NaN;
      return below + (above - below) * (rank - Math.floor(rank));
    };
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, p) => {
          const expected = direct(values, p);
          const got = percentile(values, p);
          expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected)));
          const sorted = Float64Array.from(values).sort();
          expect(got).toBeGreaterThanOrEqual(sorted[0] ?? NaN);
          expect(got).toBeLessThanOrEqual(sorted[sorted.length - 1] ?? NaN);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
  it('skips one element of a sorted array exactly as sorting the rest would', () => {
    // median of 1, 2, 3, 4 without the 2 = median of 1, 3, 4 = 3
    expect(percentileOfSortedWithout([1, 2, 3, 4], 4, 1, 50)).toBe(3);
    expect(percentileOfSortedWithout([7], 1, 0, 50)).toBeNaN();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, at, p) => {
          const sorted = Float64Array.from(values).sort();
          const skip = lowerBound(sorted, sorted.length, values[at % values.length] ?? NaN);
          const rest = Float64Array.from(values.filter((_, i) => i !== at % values.length)).sort();
          expect(percentileOfSortedWithout(sorted, sorted.length, skip, p)).toBe(
            percentileOfSorted(rest, p),
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
  it('reads only the first `length` values of a scratch buffer', () => {
    expect(percentileOfSorted(new Float64Array([1, 3, 999]), 50, 2)).toBe(2);
  });
});

describe('fitOls(columns, y)', () => {
  it('fits a hand-checked line', () => {
    // y = 10 + 2x + e with e = (1, −1, −1, 1), which is orthogonal to 1 and x (Σe = 0,
    // Σxe = 1 − 2 − 3 + 4 = 0), so OLS returns 10 and 2 and e as residuals.
    // SST = Σ(y − 15)² = 4 + 4 + 0 + 16 = 24, SSR = 4, R² = 1 − 4/24 = 5/6.
    const fit = fitOls([[1, 2, 3, 4]], [13, 13, 15, 19]);
    expect(fit.intercept).toBeCloseTo(10, 10);
    expect(fit.coefficients[0]).toBeCloseTo(2, 10);
    expect(Array.from(fit.residuals).map((r) => Math.round(r * 1e9) / 1e9)).toEqual([1, -1, -1, 1]);
    expect(fit.rSquared).toBeCloseTo(5 / 6, 12);
  });
  it('recovers y = 1 + 2a − 3b with a large-scale column', () => {
    const a = [1, 2, 3, 4, 5, 6];
    const b = [40_000, 38_000, 41_000, 39_500, 42_000, 37_000]; // kr. per inhabitant
    const fit = fitOls(
      [a, b],
      a.map((ai, i) => 1 + 2 * ai - 3 * (b[i] ?? NaN)),
    );
    expect(fit.intercept).toBeCloseTo(1, 6);
    expect(fit.coefficients[0]).toBeCloseTo(2, 8);
    expect(fit.coefficients[1]).toBeCloseTo(-3, 10);
  });
  it('refuses constant and collinear columns, too few rows and mismatched lengths', () => {
    expect(() => fitOls([[1, 1, 1, 1]], [1, 2, 3, 4])).toThrow(InvalidInputError);
    expect(() =>
      fitOls(
        [
          [1, 2, 3, 4],
          [2, 4, 6, 8],
        ],
        [1, 2, 3, 5],
      ),
    ).toThrow(/linearkombination/);
    expect(() =>
      fitOls(
        [
          [1, 2],
          [3, 5],
        ],
        [1, 2],
      ),
    ).toThrow(/observationer/);
    expect(() => fitOls([[1, 2, 3]], [1, 2])).toThrow(InvalidInputError);
  });
  it('recovers exact coefficients on noiseless data', () => {
    const case_ = fc.integer({ min: 1, max: 4 }).chain((p) =>
      fc.record({
        beta: fc.array(fc.integer({ min: -20, max: 20 }), { minLength: p, maxLength: p }),
        intercept: fc.integer({ min: -1000, max: 1000 }),
        rows: fc.array(
          fc.array(fc.integer({ min: -500, max: 500 }), { minLength: p, maxLength: p }),
          {
            minLength: p + 3,
            maxLength: 30,
          },
        ),
      }),
    );
    fc.assert(
      fc.property(case_, ({ beta, intercept, rows }) => {
        const columns = beta.map((_, k) => rows.map((r) => r[k] ?? NaN));
        const y = rows.map((r) => intercept + r.reduce((s, x, k) => s + x * (beta[k] ?? NaN), 0));
        let fit;
        try {
          fit = fitOls(columns, y);
        } catch (e) {
          // Random integer rows may be collinear; such cases are refused, not fitted.
          fc.pre(!(e instanceof InvalidInputError));
          throw e;
        }
        for (const [k, b] of beta.entries()) {
          expect(Math.abs((fit.coefficients[k] ?? NaN) - b)).toBeLessThan(1e-6);
        }
        expect(Math.abs(fit.intercept - intercept)).toBeLessThan(1e-5);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
