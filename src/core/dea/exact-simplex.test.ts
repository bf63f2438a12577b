import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExactSolver } from './exact-simplex.ts';
import { ORIENTATIONS, RETURNS_TO_SCALE, dea, superEfficiency } from './index.ts';
import { describeLpSolverConformance } from './lp-solver.case.ts';
import { fromNumber, toNumber } from './rational.ts';

// Exact arithmetic is slow on random data (the numerators grow): 8 random problems suffice here.
describeLpSolverConformance('exact rational simplex', () => createExactSolver(), {
  randomProblems: 8,
});

describe('exact rationals', () => {
  it('convert doubles exactly and back to the same double', () => {
    for (const v of [0, 1, -3, 0.1, 1 / 3, 1e-300, 123456.789, -(2 ** 60), Number.MIN_VALUE]) {
      expect(toNumber(fromNumber(v))).toBe(v);
    }
    expect(fromNumber(0.5)).toEqual({ n: 1n, d: 2n });
  });
});

describe('dea(options) with the exact solver', () => {
  // Bogetoft & Otto's example and hand-derived fractions (the data are integers, and the solver
  // scales by powers of two, so the LPs are exact): each efficiency must be the double nearest to
  // its fraction, bit for bit.
  const inputs = [[100], [200], [300], [500], [100], [200], [600]];
  const outputs = [[75], [100], [300], [400], [25], [50], [400]];
  const solver = createExactSolver();

  it('vrs input gives exactly 1, 11/18, 1, 1, 1, 1/2, 5/6', () => {
    const r = dea({ inputs, outputs, rts: 'vrs', orientation: 'input', solver });
    expect(r.eff).toEqual([1, 11 / 18, 1, 1, 1, 1 / 2, 5 / 6]);
  });

  it('irs output gives exactly 1, 15/8, 1, 5/4, 3, 15/4, 3/2', () => {
    const r = dea({ inputs, outputs, rts: 'irs', orientation: 'output', solver });
    expect(r.eff).toEqual([1, 15 / 8, 1, 5 / 4, 3, 15 / 4, 3 / 2]);
  });

  it('super-efficiency vrs input gives exactly 15/11, 11/18, 49/39, 6/5, 1, 1/2, 5/6', () => {
    const r = superEfficiency({ inputs, outputs, rts: 'vrs', orientation: 'input', solver });
    expect(r.eff).toEqual([15 / 11, 11 / 18, 49 / 39, 6 / 5, 1, 1 / 2, 5 / 6]);
  });
});

describe('dea(options): the fast simplex agrees with the exact one', () => {
  // Whole numbers spread over four orders of magnitude within a column (1 … 10 000), any model.
  // (Beyond about six orders, i.e. units a million times apart, absolute tolerances in double
  // precision can misjudge nearly degenerate frontiers: see the README.)
  const wide = fc.double({ min: 0, max: 4, noNaN: true }).map((e) => Math.round(10 ** e));
  const data = fc
    .integer({ min: 4, max: 8 })
    .chain((n) =>
      fc.record({
        inputs: fc.array(fc.array(wide, { minLength: 2, maxLength: 2 }), {
          minLength: n,
          maxLength: n,
        }),
        outputs: fc.array(fc.array(wide, { minLength: 1, maxLength: 1 }), {
          minLength: n,
          maxLength: n,
        }),
        rts: fc.constantFrom(...RETURNS_TO_SCALE),
        orientation: fc.constantFrom(...ORIENTATIONS),
      }),
    )
    .filter(({ inputs, outputs }) =>
      [inputs, outputs].every((matrix) =>
        (matrix[0] ?? []).every((_, c) => new Set(matrix.map((row) => row[c])).size > 1),
      ),
    );

  it('efficiencies equal to 1e-12 relative (fast-check, seed 42)', () => {
    const exact = createExactSolver();
    fc.assert(
      fc.property(data, (options) => {
        const fast = dea({ ...options, slack: false }).eff;
        const slow = dea({ ...options, slack: false, solver: exact }).eff;
        fast.forEach((e, k) => {
          const ref = slow[k] ?? NaN;
          expect(Math.abs(e - ref)).toBeLessThanOrEqual(1e-12 * Math.abs(ref));
        });
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});
