import { InvalidInputError } from '../diagnostics/index.ts';
import { at } from '../arrays/index.ts';

/** One constraint: Σ_j coefficients[j]·x[j] (type) rhs. */
export interface LpRow {
  /** Dense coefficients, one per variable (a Float64Array is fine). */
  readonly coefficients: ArrayLike<number>;
  readonly type: '<=' | '>=' | '=';
  readonly rhs: number;
}

/** Where a variable (or a row's slack) sits: in the basis, at a bound, or free at zero. */
export type BasisStatus = 'basic' | 'lower' | 'upper' | 'free';

/**
 * A simplex basis: a status per variable and per row (the row's slack, Σ a·x − rhs ≤, ≥ or = 0).
 * Exactly one status per row is 'basic' in a valid basis.
 */
export interface LpBasis {
  readonly variables: readonly BasisStatus[];
  readonly rows: readonly BasisStatus[];
}

/**
 * A linear programme in general form: optimise objective·x subject to the rows and
 * lower ≤ x ≤ upper. Bounds default to 0 ≤ x < ∞; use -Infinity / Infinity for free or unbounded
 * variables.
 */
export interface LpProblem {
  readonly sense: 'min' | 'max';
  /** Objective coefficients; its length is the number of variables. */
  readonly objective: ArrayLike<number>;
  readonly rows: readonly LpRow[];
  readonly lower?: ArrayLike<number>;
  readonly upper?: ArrayLike<number>;
  /**
   * Optional warm start, e.g. the basis of a previous solve extended with 'lower' for new
   * variables (column generation). A solver may ignore it, and must ignore one that is not a
   * valid, primal-feasible basis for this problem; the answer is the same either way.
   */
  readonly basis?: LpBasis;
}

/** An optimal solution with its shadow prices. */
export interface LpOptimal {
  readonly status: 'optimal';
  /** objective·x at the solution. */
  readonly objective: number;
  readonly x: readonly number[];
  /**
   * One dual value per row: the rate of change of the optimal objective per unit increase of that
   * row's rhs (the same definition for 'min' and 'max'). For a 'min' problem a '<=' row has a dual
   * ≤ 0 and a '>=' row a dual ≥ 0; for 'max' the signs flip. A variable j at its lower bound can
   * improve the objective only if objective[j] − Σ_i duals[i]·a_ij is < 0 ('min') or > 0 ('max').
   */
  readonly duals: readonly number[];
  /** An optimal basis, when the solver has one (for warm starts). */
  readonly basis?: LpBasis;
  readonly iterations: number;
}

export interface LpInfeasible {
  readonly status: 'infeasible';
  readonly iterations: number;
}

export interface LpUnbounded {
  readonly status: 'unbounded';
  readonly iterations: number;
}

export type LpResult = LpOptimal | LpInfeasible | LpUnbounded;

/**
 * Anything that solves an {@link LpProblem}. Implementations must pass the shared conformance
 * suite (`lp-solver.case.ts`). A solver throws InvalidInputError for a malformed problem and
 * PotentialeError('internal') if it cannot finish (it never returns a wrong status instead).
 */
export interface LpSolver {
  readonly name: string;
  solve(problem: LpProblem): LpResult;
}

/**
 * Checks the shape and values of an LP: every row as long as the objective, finite numbers,
 * lower ≤ upper, no bound of +∞ below or −∞ above. Throws InvalidInputError naming the first
 * problem; returns the number of variables.
 * @example checkLpProblem({ sense: 'min', objective: [1, 2], rows: [] }) // 2
 */
export function checkLpProblem(problem: LpProblem): number {
  const n = problem.objective.length;
  if (problem.sense !== 'min' && problem.sense !== 'max') {
    throw new InvalidInputError(`Ukendt retning for LP: ${String(problem.sense)}`, 'sense');
  }
  for (let j = 0; j < n; j++) {
    if (!Number.isFinite(problem.objective[j])) {
      throw new InvalidInputError(`LP-objektets koefficient ${j} er ikke et tal`, 'objective');
    }
  }
  const rows = problem.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const coefficients = row.coefficients;
    if (coefficients.length !== n) {
      throw new InvalidInputError(
        `LP-række ${i} har ${coefficients.length} koefficienter, men der er ${n} variable`,
        'rows',
      );
    }
    if (row.type !== '<=' && row.type !== '>=' && row.type !== '=') {
      throw new InvalidInputError(`LP-række ${i} har ukendt type ${String(row.type)}`, 'rows');
    }
    if (!Number.isFinite(row.rhs)) {
      throw new InvalidInputError(`LP-række ${i} har en højreside, der ikke er et tal`, 'rows');
    }
    for (let j = 0; j < n; j++) {
      // x − x is 0 for every finite x and NaN for ±Infinity and NaN.
      const v = coefficients[j] ?? NaN;
      if (v - v !== 0)
        throw new InvalidInputError(`LP-række ${i}, variabel ${j}: ikke et tal`, 'rows');
    }
  }
  for (const [name, bounds] of [
    ['lower', problem.lower],
    ['upper', problem.upper],
  ] as const) {
    if (bounds !== undefined && bounds.length !== n) {
      throw new InvalidInputError(
        `LP-grænsen ${name} har ${bounds.length} værdier, ikke ${n}`,
        name,
      );
    }
  }
  for (let j = 0; j < n; j++) {
    // Without lower bounds every variable is ≥ 0 (LpProblem.lower).
    const lo = problem.lower === undefined ? 0 : at(problem.lower, j);
    const up = problem.upper?.[j] ?? Infinity;
    if (Number.isNaN(lo) || Number.isNaN(up) || lo > up || lo === Infinity || up === -Infinity) {
      throw new InvalidInputError(`Variabel ${j} har ugyldige grænser [${lo}, ${up}]`, 'bounds');
    }
  }
  return n;
}
