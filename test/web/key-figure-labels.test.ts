import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/web/pages/key-figure/label-spread.ts';

describe('spreadLabels(wanted, gap, min, max)', () => {
  it('leaves labels that do not collide where they want to be', () => {
    expect(spreadLabels([10, 50, 30], 5, 0, 100)).toEqual([10, 50, 30]);
  });
  it('pushes a colliding pair apart symmetrically around their wishes', () => {
    expect(spreadLabels([10, 11, 50], 5, 0, 100)).toEqual([8, 13, 50]);
  });
  it('keeps labels inside the range, shifting a cluster at the edge inwards', () => {
    expect(spreadLabels([99, 100], 10, 0, 100)).toEqual([90, 100]);
    expect(spreadLabels([0, 0, 0], 10, 0, 100)).toEqual([0, 10, 20]);
  });
  it('spaces labels evenly when they cannot all fit', () => {
    expect(spreadLabels([5, 5, 5], 100, 0, 10)).toEqual([0, 5, 10]);
  });
  it('keeps the order, the gap and the range for any wishes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 150, noNaN: true }), { maxLength: 15 }),
        (wanted) => {
          const out = spreadLabels(wanted, 5, 0, 100);
          expect(out).toHaveLength(wanted.length);
          const order = wanted.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w || a.i - b.i);
          const placed = order.map((o) => out[o.i] as number);
          placed
            .slice(1)
            .forEach((p, k) => expect(p - (placed[k] as number)).toBeGreaterThanOrEqual(5 - 1e-9));
          for (const p of out) {
            expect(p).toBeGreaterThanOrEqual(-1e-9);
            expect(p).toBeLessThanOrEqual(100 + 1e-9);
          }
        },
      ),
      { seed: 20260517, numRuns: 300 },
    );
  });
});
