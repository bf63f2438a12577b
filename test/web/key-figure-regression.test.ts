import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLine } from '../../src/web/pages/key-figure/regression.ts';

describe('fitLine(points)', () => {
  it('recovers an exact line with R² = 1', () => {
    const fit = fitLine([0, 1, 2, 3].map((x) => ({ x, y: 1 + 2 * x })));
    expect(fit?.intercept).toBeCloseTo(1, 12);
    expect(fit?.slope).toBeCloseTo(2, 12);
    expect(fit?.r2).toBeCloseTo(1, 12);
    expect(fit?.n).toBe(4);
  });
  it('matches a hand-computed fit', () => {
    // x̄ = 2, ȳ = 3; Sxx = 2, Sxy = 2, Syy = 8 → slope 1, intercept 1, R² = 4 / 16.
    const fit = fitLine([
      { x: 1, y: 1 },
      { x: 2, y: 5 },
      { x: 3, y: 3 },
    ]);
    expect(fit?.slope).toBeCloseTo(1, 12);
    expect(fit?.intercept).toBeCloseTo(1, 12);
    expect(fit?.r2).toBeCloseTo(0.25, 12);
  });
  it('leaves out points with a missing coordinate', () => {
    const fit = fitLine([
      { x: 0, y: 0 },
      { x: 1, y: null },
      { x: null, y: 5 },
      { x: 1, y: 1 },
      { x: 2, y: 2 },
    ]);
    expect(fit?.n).toBe(3);
    expect(fit?.slope).toBeCloseTo(1, 12);
  });
  it('is null with fewer than three points or when x or y does not vary', () => {
    expect(
      fitLine([
        { x: 1, y: 1 },
        { x: 2, y: 2 },
      ]),
    ).toBeNull();
    expect(fitLine([1, 2, 3].map((y) => ({ x: 5, y })))).toBeNull();
    expect(fitLine([1, 2, 3].map((x) => ({ x, y: 5 })))).toBeNull();
  });
  it('has R² in [0, 1] and passes through the means', () => {
    const point = fc.record({
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 40 }), (points) => {
        const fit = fitLine(points);
        if (!fit) return;
        expect(fit.r2).toBeGreaterThanOrEqual(0);
        expect(fit.r2).toBeLessThanOrEqual(1);
        const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
        const my = points.reduce((s, p) => s + p.y, 0) / points.length;
        expect(fit.intercept + fit.slope * mx).toBeCloseTo(my, 4);
      }),
      { seed: 20260517, numRuns: 300 },
    );
  });
});
