import { describe, expect, it } from 'vitest';
import { PotentialeError } from '../diagnostics/index.ts';
import { describeLpSolverConformance } from './lp-solver.case.ts';
import { createSimplexSolver } from './simplex.ts';

describeLpSolverConformance('dense bounded simplex', () => createSimplexSolver());

describe('createSimplexSolver(options)', () => {
  it('reuses one instance for many problems of different sizes', () => {
    const solver = createSimplexSolver();
    for (let n = 1; n <= 30; n += 7) {
      // max Σx s.t. x_j ≤ j + 1: optimum Σ(j + 1).
      const r = solver.solve({
        sense: 'max',
        objective: Array.from({ length: n }, () => 1),
        rows: Array.from({ length: n }, (_, i) => ({
          coefficients: Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
          type: '<=' as const,
          rhs: i + 1,
        })),
      });
      expect(r.status).toBe('optimal');
      if (r.status === 'optimal') expect(r.objective).toBeCloseTo((n * (n + 1)) / 2, 10);
    }
  });

  it('stops with an internal PotentialeError when the iteration limit is hit', () => {
    const solver = createSimplexSolver({ maxIterations: 1 });
    expect(() =>
      solver.solve({
        sense: 'max',
        objective: [3, 5],
        rows: [
          { coefficients: [1, 0], type: '<=', rhs: 4 },
          { coefficients: [0, 2], type: '<=', rhs: 12 },
          { coefficients: [3, 2], type: '<=', rhs: 18 },
        ],
      }),
    ).toThrow(PotentialeError);
  });
});
