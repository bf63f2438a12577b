import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simplexLeastSquares } from './simplex-least-squares.ts';

const close = (actual: ArrayLike<number>, expected: readonly number[], digits = 9) =>
  expected.forEach((e, i) => expect(actual[i], `weight ${i}`).toBeCloseTo(e, digits));

describe('simplexLeastSquares (convex weights, hand-solved)', () => {
  it('takes the one column that is b itself', () => {
    const fit = simplexLeastSquares(
      [
        [1, 2, 3],
        [3, 2, 1],
        [2, 2, 2],
      ],
      [3, 2, 1],
    );
    close(fit.weights, [0, 1, 0]);
    expect(fit.sse).toBeCloseTo(0, 12);
  });

  it('recovers a mix of two columns: 0.3 and 0.7', () => {
    // 0.3·(10, 0, 0) + 0.7·(0, 10, 0) = (3, 7, 0).
    const fit = simplexLeastSquares(
      [
        [10, 0, 0],
        [0, 10, 0],
        [0, 0, 10],
      ],
      [3, 7, 0],
    );
    close(fit.weights, [0.3, 0.7, 0]);
  });

  it('projects a b outside the hull onto its nearest point', () => {
    // Segment from (0, 0) to (2, 0); b = (1, 1): the nearest point is (1, 0), halfway.
    const fit = simplexLeastSquares(
      [
        [0, 0],
        [2, 0],
      ],
      [1, 1],
    );
    close(fit.weights, [0.5, 0.5]);
    expect(fit.sse).toBeCloseTo(1, 12);
    // Beyond an end the end itself: b = (5, 0) → all on (2, 0), error 9.
    const end = simplexLeastSquares(
      [
        [0, 0],
        [2, 0],
      ],
      [5, 0],
    );
    close(end.weights, [0, 1]);
    expect(end.sse).toBeCloseTo(9, 12);
  });

  it('solves the triangle case by its KKT conditions', () => {
    // Columns (0,0), (4,0), (0,4); b = (1, 1) lies inside: w = (0.5, 0.25, 0.25).
    const fit = simplexLeastSquares(
      [
        [0, 0],
        [4, 0],
        [0, 4],
      ],
      [1, 1],
    );
    close(fit.weights, [0.5, 0.25, 0.25]);
  });

  it('refuses no columns and columns of another length', () => {
    expect(() => simplexLeastSquares([], [1])).toThrow(RangeError);
    expect(() => simplexLeastSquares([[1, 2], [1]], [1, 2])).toThrow(RangeError);
  });
});

describe('simplexLeastSquares (properties, fixed seed)', () => {
  const value = fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true });
  const problem = fc
    .integer({ min: 2, max: 8 })
    .chain((m) =>
      fc.tuple(
        fc.array(fc.array(value, { minLength: m, maxLength: m }), { minLength: 1, maxLength: 12 }),
        fc.array(value, { minLength: m, maxLength: m }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
      ),
    );
  const sse = (cols: number[][], b: number[], w: ArrayLike<number>) =>
    b.reduce((s, bk, k) => {
      const r = cols.reduce((t, c, j) => t + (w[j] ?? 0) * (c[k] ?? 0), 0) - bk;
      return s + r * r;
    }, 0);

  it('gives convex weights no worse than any other convex weights', () => {
    fc.assert(
      fc.property(problem, ([cols, b, raw]) => {
        const fit = simplexLeastSquares(cols, b);
        expect(fit.weights.every((x) => x >= 0)).toBe(true);
        expect(fit.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
        const other = raw.slice(0, cols.length);
        const total = other.reduce((s, x) => s + x, 0);
        if (total > 0) {
          const w = other.map((x) => x / total);
          expect(fit.sse).toBeLessThanOrEqual(sse(cols, b, w) * (1 + 1e-9) + 1e-7);
        }
        // Every vertex too.
        cols.forEach((_, j) => {
          const e = cols.map((__, i) => (i === j ? 1 : 0));
          expect(fit.sse).toBeLessThanOrEqual(sse(cols, b, e) * (1 + 1e-9) + 1e-7);
        });
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('recovers planted weights when b is in the hull of affinely independent columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (raw) => {
          const total = raw.reduce((s, x) => s + x, 0);
          const planted = raw.map((x) => x / total);
          // Three affinely independent columns in 4 dimensions.
          const cols = [
            [1, 0, 0, 2],
            [0, 3, 1, 0],
            [2, 1, 4, 1],
          ];
          const b = [0, 1, 2, 3].map((k) =>
            cols.reduce((s, c, j) => s + (planted[j] ?? 0) * (c[k] ?? 0), 0),
          );
          close(simplexLeastSquares(cols, b).weights, planted, 7);
        },
      ),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
