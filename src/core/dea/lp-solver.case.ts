// The one conformance suite for LpSolver implementations: each implementation's test calls
// describeLpSolverConformance with a factory (like hono's router common.case.test.ts).
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import type { LpOptimal, LpProblem, LpResult, LpRow, LpSolver } from './lp-problem.ts';

const row = (coefficients: number[], type: LpRow['type'], rhs: number): LpRow => ({
  coefficients,
  type,
  rhs,
});

function optimal(result: LpResult): LpOptimal {
  if (result.status !== 'optimal') throw new Error(`expected optimal, got ${result.status}`);
  return result;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Checks an optimal answer against the optimality conditions, which hold for every correct
 * solver whatever vertex it returns: x feasible, duals with the right signs, reduced costs with
 * the right signs at the bounds, and objective = dual objective (strong duality).
 */
export function expectOptimalityConditions(
  problem: LpProblem,
  result: LpOptimal,
  tol = 1e-7,
): void {
  const n = problem.objective.length;
  const sign = problem.sense === 'min' ? 1 : -1;
  const lower = (j: number): number => problem.lower?.[j] ?? 0;
  const upper = (j: number): number => problem.upper?.[j] ?? Infinity;
  let scale = 1;
  for (let j = 0; j < n; j++) scale = Math.max(scale, Math.abs(result.x[j] ?? 0));
  for (let j = 0; j < n; j++) {
    expect(result.x[j] ?? 0).toBeGreaterThanOrEqual(lower(j) - tol * scale);
    expect(result.x[j] ?? 0).toBeLessThanOrEqual(upper(j) + tol * scale);
  }
  let dualObjective = 0;
  problem.rows.forEach((r, i) => {
    let lhs = 0;
    let size = Math.abs(r.rhs);
    for (let j = 0; j < n; j++) {
      lhs += (r.coefficients[j] ?? 0) * (result.x[j] ?? 0);
      size = Math.max(size, Math.abs((r.coefficients[j] ?? 0) * (result.x[j] ?? 0)));
    }
    const t = tol * (1 + size);
    if (r.type !== '>=') expect(lhs).toBeLessThanOrEqual(r.rhs + t);
    if (r.type !== '<=') expect(lhs).toBeGreaterThanOrEqual(r.rhs - t);
    const y = sign * (result.duals[i] ?? 0);
    if (r.type === '<=') expect(y).toBeLessThanOrEqual(tol);
    if (r.type === '>=') expect(y).toBeGreaterThanOrEqual(-tol);
    // Complementary slackness: a row that is not tight has no shadow price.
    if (Math.abs(lhs - r.rhs) > t) expect(Math.abs(y)).toBeLessThanOrEqual(tol);
    dualObjective += (result.duals[i] ?? 0) * r.rhs;
  });
  for (let j = 0; j < n; j++) {
    let d = problem.objective[j] ?? 0;
    problem.rows.forEach((r, i) => (d -= (result.duals[i] ?? 0) * (r.coefficients[j] ?? 0)));
    const dm = sign * d;
    const atLower = Math.abs((result.x[j] ?? 0) - lower(j)) <= tol * scale;
    const atUpper = Math.abs((result.x[j] ?? 0) - upper(j)) <= tol * scale;
    if (!atLower) expect(dm).toBeLessThanOrEqual(tol * (1 + Math.abs(d)));
    if (!atUpper) expect(dm).toBeGreaterThanOrEqual(-tol * (1 + Math.abs(d)));
    // Variables at a bound contribute that bound times their reduced cost to the dual objective.
    dualObjective += d * (result.x[j] ?? 0);
  }
  expect(result.objective).toBeCloseTo(dualObjective, 6);
}

/** Options of the suite; an implementation may run fewer random problems if it is slow. */
export interface ConformanceOptions {
  readonly randomProblems?: number;
}

/** Registers the conformance tests for one solver implementation. */
export function describeLpSolverConformance(
  name: string,
  createSolver: () => LpSolver,
  options: ConformanceOptions = {},
): void {
  const randomProblems = options.randomProblems ?? 40;
  describe(`LpSolver conformance: ${name}`, () => {
    const solve = (p: LpProblem): LpResult => createSolver().solve(p);

    it('solves the Wyndor Glass textbook LP (max 3x + 5y: 36 at (2, 6), duals 0, 1.5, 1)', () => {
      const p: LpProblem = {
        sense: 'max',
        objective: [3, 5],
        rows: [row([1, 0], '<=', 4), row([0, 2], '<=', 12), row([3, 2], '<=', 18)],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(36, 10);
      expect(r.x[0]).toBeCloseTo(2, 10);
      expect(r.x[1]).toBeCloseTo(6, 10);
      expect(r.duals[0]).toBeCloseTo(0, 10);
      expect(r.duals[1]).toBeCloseTo(1.5, 10);
      expect(r.duals[2]).toBeCloseTo(1, 10);
      expectOptimalityConditions(p, r);
    });

    it('solves a covering LP with >= rows (min 2x + 3y: 9 at (3, 1), duals 1.5, 0.5)', () => {
      const p: LpProblem = {
        sense: 'min',
        objective: [2, 3],
        rows: [row([1, 1], '>=', 4), row([1, 3], '>=', 6)],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(9, 10);
      expect([r.x[0], r.x[1]].map((v) => Math.round((v ?? NaN) * 1e9) / 1e9)).toEqual([3, 1]);
      expect(r.duals[0]).toBeCloseTo(1.5, 10);
      expect(r.duals[1]).toBeCloseTo(0.5, 10);
      expectOptimalityConditions(p, r);
    });

    it('solves equality rows (min x + y + z with x + y = 2, y + z = 3: 3 at (0, 2, 1))', () => {
      const p: LpProblem = {
        sense: 'min',
        objective: [1, 1, 1],
        rows: [row([1, 1, 0], '=', 2), row([0, 1, 1], '=', 3)],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(3, 10);
      expect(r.x[1]).toBeCloseTo(2, 10);
      expectOptimalityConditions(p, r);
    });

    it('respects upper bounds (bound flips): min −x − y, x ≤ 3, y ≤ 4, x + y ≤ 10 gives −7', () => {
      const p: LpProblem = {
        sense: 'min',
        objective: [-1, -1],
        rows: [row([1, 1], '<=', 10)],
        upper: [3, 4],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(-7, 10);
      expect(r.x).toEqual([3, 4]);
      expectOptimalityConditions(p, r);
    });

    it('handles free variables and negative lower bounds', () => {
      const free: LpProblem = {
        sense: 'min',
        objective: [1, 0],
        rows: [row([1, 0], '>=', -5), row([1, -1], '=', 0)],
        lower: [-Infinity, -Infinity],
      };
      const r1 = optimal(solve(free));
      expect(r1.objective).toBeCloseTo(-5, 10);
      expect(r1.x[1]).toBeCloseTo(-5, 10);
      expectOptimalityConditions(free, r1);
      const shifted: LpProblem = {
        sense: 'max',
        objective: [1, 2],
        rows: [row([1, 1], '<=', 3)],
        lower: [-2, -3],
        upper: [1, 4],
      };
      const r2 = optimal(solve(shifted));
      expect(r2.objective).toBeCloseTo(7, 10); // y at its upper bound 4, then x = 3 − 4 = −1
      expectOptimalityConditions(shifted, r2);
    });

    it("terminates on Beale's cycling example (−1/20 at x = (1/25, 0, 1, 0))", () => {
      const p: LpProblem = {
        sense: 'min',
        objective: [-3 / 4, 150, -1 / 50, 6],
        rows: [
          row([1 / 4, -60, -1 / 25, 9], '<=', 0),
          row([1 / 2, -90, -1 / 50, 3], '<=', 0),
          row([0, 0, 1, 0], '<=', 1),
        ],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(-1 / 20, 12);
      expect(r.x[0]).toBeCloseTo(1 / 25, 12);
      expect(r.x[2]).toBeCloseTo(1, 12);
      expectOptimalityConditions(p, r);
    });

    it('solves the Klee–Minty cube in 6 dimensions (optimum 5⁶ = 15625)', () => {
      const d = 6;
      const rows: LpRow[] = [];
      for (let i = 1; i <= d; i++) {
        const c = Array.from({ length: d }, (_, j) =>
          j + 1 < i ? 2 ** (i - j) : j + 1 === i ? 1 : 0,
        );
        rows.push(row(c, '<=', 5 ** i));
      }
      const p: LpProblem = {
        sense: 'max',
        objective: Array.from({ length: d }, (_, j) => 2 ** (d - j - 1)),
        rows,
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(5 ** d, 6);
      expect(r.x[d - 1]).toBeCloseTo(5 ** d, 6);
      expectOptimalityConditions(p, r);
    });

    it('is not confused by a highly degenerate vertex (seven rows through (1, 1))', () => {
      const p: LpProblem = {
        sense: 'max',
        objective: [1, 1],
        rows: [
          row([1, 0], '<=', 1),
          row([0, 1], '<=', 1),
          row([1, 1], '<=', 2),
          row([2, 1], '<=', 3),
          row([1, 2], '<=', 3),
          row([1, -1], '<=', 0),
          row([-1, 1], '<=', 0),
        ],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(2, 10);
      expectOptimalityConditions(p, r);
    });

    it('tolerates redundant equality rows', () => {
      const p: LpProblem = {
        sense: 'min',
        objective: [1, -1],
        rows: [row([1, 1], '=', 2), row([2, 2], '=', 4), row([3, 3], '=', 6)],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(-2, 10);
      expectOptimalityConditions(p, r);
    });

    it('reports infeasible problems (contradicting rows, or rows against bounds)', () => {
      expect(
        solve({
          sense: 'max',
          objective: [1, 1],
          rows: [row([1, 1], '<=', 1), row([1, 1], '>=', 2)],
        }).status,
      ).toBe('infeasible');
      expect(
        solve({ sense: 'min', objective: [1], rows: [row([1], '>=', 2)], upper: [1] }).status,
      ).toBe('infeasible');
      expect(solve({ sense: 'min', objective: [0], rows: [row([0], '=', 1)] }).status).toBe(
        'infeasible',
      );
    });

    it('reports unbounded problems (a ray along a row, or a free variable without rows)', () => {
      expect(solve({ sense: 'max', objective: [1, 1], rows: [row([1, -1], '<=', 1)] }).status).toBe(
        'unbounded',
      );
      expect(solve({ sense: 'min', objective: [1], rows: [], lower: [-Infinity] }).status).toBe(
        'unbounded',
      );
    });

    it('handles empty problems (no rows, no variables)', () => {
      expect(optimal(solve({ sense: 'min', objective: [-1], rows: [], upper: [5] })).x).toEqual([
        5,
      ]);
      const none = optimal(solve({ sense: 'max', objective: [], rows: [row([], '<=', 1)] }));
      expect(none.objective).toBe(0);
      expect(none.duals).toEqual([0]);
    });

    it('gives the same answer when rows are in billions and variables in millionths', () => {
      // Wyndor with x = 1e-6·x', rows multiplied by 1e9 (and one by 3e9).
      const p: LpProblem = {
        sense: 'max',
        objective: [3e-6, 5e-6],
        rows: [row([1e3, 0], '<=', 4e9), row([0, 2e3], '<=', 12e9), row([9e3, 6e3], '<=', 54e9)],
      };
      const r = optimal(solve(p));
      expect(r.objective / 36).toBeCloseTo(1, 10);
      expect((r.x[0] ?? 0) / 2e6).toBeCloseTo(1, 10);
      expect((r.x[1] ?? 0) / 6e6).toBeCloseTo(1, 10);
      expectOptimalityConditions(p, r);
    });

    it(`meets the optimality conditions on ${randomProblems} random feasible bounded LPs`, () => {
      const rand = random(42);
      for (let trial = 0; trial < randomProblems; trial++) {
        const m = 2 + Math.floor(rand() * 8);
        const n = 2 + Math.floor(rand() * 12);
        const x0 = Array.from({ length: n }, () => (rand() < 0.3 ? 0 : rand() * 10));
        const rows: LpRow[] = [];
        for (let i = 0; i < m; i++) {
          const c = Array.from({ length: n }, () => (rand() < 0.3 ? 0 : rand() * 20 - 10));
          const lhs = c.reduce((s, v, j) => s + v * (x0[j] ?? 0), 0);
          const kind = rand();
          const type = kind < 0.45 ? '<=' : kind < 0.9 ? '>=' : '=';
          const rhs = type === '<=' ? lhs + rand() * 5 : type === '>=' ? lhs - rand() * 5 : lhs;
          rows.push(row(c, type, rhs));
        }
        const p: LpProblem = {
          sense: rand() < 0.5 ? 'min' : 'max',
          objective: Array.from({ length: n }, () => rand() * 10 - 5),
          rows,
          upper: Array.from({ length: n }, (_, j) => (x0[j] ?? 0) + 1 + rand() * 20),
        };
        expectOptimalityConditions(p, optimal(solve(p)));
      }
    });

    it('solves a DEA envelopment LP exactly (Bogetoft & Otto, firm 2, vrs input: 11/18)', () => {
      // Variables λ1..λ7, θ. min θ s.t. Σλx ≤ 200θ, Σλy ≥ 100, Σλ = 1.
      const x = [100, 200, 300, 500, 100, 200, 600];
      const y = [75, 100, 300, 400, 25, 50, 400];
      const p: LpProblem = {
        sense: 'min',
        objective: [0, 0, 0, 0, 0, 0, 0, 1],
        rows: [
          row([...x, -200], '<=', 0),
          row([...y, 0], '>=', 100),
          row([1, 1, 1, 1, 1, 1, 1, 0], '=', 1),
        ],
      };
      const r = optimal(solve(p));
      expect(r.objective).toBeCloseTo(11 / 18, 14);
      expectOptimalityConditions(p, r);
    });

    it('gives the same optimum from a warm-start basis, and ignores a basis that does not fit', () => {
      const p: LpProblem = {
        sense: 'max',
        objective: [3, 5, 4],
        rows: [row([1, 0, 1], '<=', 4), row([0, 2, 1], '<=', 12), row([3, 2, 2], '<=', 18)],
      };
      const cold = optimal(solve(p));
      const basis = cold.basis;
      if (basis !== undefined) {
        const warm = optimal(solve({ ...p, basis }));
        expect(warm.objective).toBeCloseTo(cold.objective, 10);
        // The previous basis with one more variable at zero (column generation).
        const grown: LpProblem = {
          sense: 'max',
          objective: [3, 5, 4, 7],
          rows: [
            row([1, 0, 1, 1], '<=', 4),
            row([0, 2, 1, 1], '<=', 12),
            row([3, 2, 2, 1], '<=', 18),
          ],
          basis: { variables: [...basis.variables, 'lower'], rows: basis.rows },
        };
        expectOptimalityConditions(grown, optimal(solve(grown)));
      }
      const wrongSize = optimal(
        solve({ ...p, basis: { variables: ['basic'], rows: ['basic', 'basic'] } }),
      );
      expect(wrongSize.objective).toBeCloseTo(cold.objective, 10);
      const infeasible = optimal(
        solve({
          ...p,
          basis: { variables: ['upper', 'upper', 'upper'], rows: ['basic', 'basic', 'basic'] },
        }),
      );
      expect(infeasible.objective).toBeCloseTo(cold.objective, 10);
      const singular = optimal(
        solve({
          ...p,
          basis: { variables: ['basic', 'basic', 'basic'], rows: ['lower', 'lower', 'lower'] },
        }),
      );
      expect(singular.objective).toBeCloseTo(cold.objective, 10);
    });

    it('refuses malformed problems with InvalidInputError', () => {
      const bad: LpProblem[] = [
        { sense: 'min', objective: [1, 2], rows: [row([1], '<=', 1)] },
        { sense: 'min', objective: [1, NaN], rows: [] },
        { sense: 'min', objective: [1], rows: [row([Infinity], '<=', 1)] },
        { sense: 'min', objective: [1], rows: [row([1], '<=', NaN)] },
        { sense: 'min', objective: [1], rows: [], lower: [2], upper: [1] },
        { sense: 'min', objective: [1], rows: [], lower: [Infinity] },
        { sense: 'min', objective: [1], rows: [], upper: [1, 2] },
      ];
      for (const p of bad) expect(() => solve(p)).toThrow(InvalidInputError);
    });
  });
}
