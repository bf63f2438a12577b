import { PotentialeError } from '../diagnostics/index.ts';
import { checkLpProblem, type LpProblem, type LpResult, type LpSolver } from './lp-problem.ts';
import {
  AT_LOWER,
  AT_UPPER,
  BASIC,
  coldStart,
  computeAlpha,
  computeMultipliers,
  dropArtificials,
  exportBasis,
  pivot,
  reducedCost,
  refactor,
  warmStart,
} from './simplex-basis.ts';
import { SimplexWorkspace, loadScaled } from './simplex-workspace.ts';
import { at, atF64, atI32, atU8 } from '../arrays/index.ts';

/** Tuning of {@link createSimplexSolver}; the defaults suit problems scaled to order one. */
export interface SimplexOptions {
  /** Stop with PotentialeError('internal') after this many pivots (default 50·(rows+cols)+1000). */
  readonly maxIterations?: number;
}

// Tolerances in the scaled problem (coefficients, rhs and costs of order one).
const PRIMAL_TOL = 1e-9;
const DUAL_TOL = 1e-9;
const PIVOT_TOL = 1e-9;
/** A basic value this far outside its bounds after refactorisation means numerical trouble. */
const TROUBLE_TOL = 1e-6;
/** Degenerate pivots in a row before switching to Bland's rule, which cannot cycle. */
const DEGENERATE_LIMIT = 25;

interface Mode {
  readonly refactorEvery: number;
  readonly alwaysBland: boolean;
  readonly maxIterations: number;
}

class NumericalTrouble extends Error {}

/**
 * A dense revised bounded-variable primal simplex on Float64Array with an explicit basis inverse:
 * power-of-two scaling, two phases (artificials only where the slack basis is infeasible) or a
 * warm start from a given basis, Dantzig pricing with a Harris ratio test, Bland's rule after a
 * run of degenerate pivots (anti-cycling), periodic refactorisation and a final one that
 * recomputes x and the duals from the original data. On numerical trouble it retries once in a careful mode (Bland throughout,
 * frequent refactorisation). Fast for problems with few rows, like DEA. An instance reuses its
 * working memory between calls (it is not re-entrant; create one per worker).
 * @example
 * createSimplexSolver().solve({
 *   sense: 'max', objective: [3, 5],
 *   rows: [{ coefficients: [1, 0], type: '<=', rhs: 4 }, { coefficients: [0, 2], type: '<=', rhs: 12 },
 *          { coefficients: [3, 2], type: '<=', rhs: 18 }],
 * }) // { status: 'optimal', objective: 36, x: [2, 6], duals: [0, 1.5, 1], … }
 */
export function createSimplexSolver(options: SimplexOptions = {}): LpSolver {
  const workspace = new SimplexWorkspace();
  return {
    name: 'dense bounded simplex',
    solve: (problem) => solveSimplex(workspace, problem, options),
  };
}

function solveSimplex(w: SimplexWorkspace, problem: LpProblem, options: SimplexOptions): LpResult {
  const nv = checkLpProblem(problem);
  const maxIterations = options.maxIterations ?? 50 * (problem.rows.length + nv) + 1000;
  try {
    return attempt(w, problem, nv, { refactorEvery: 50, alwaysBland: false, maxIterations }, true);
  } catch (e) {
    if (!(e instanceof NumericalTrouble)) throw e;
  }
  try {
    return attempt(w, problem, nv, { refactorEvery: 10, alwaysBland: true, maxIterations }, false);
  } catch (e) {
    if (!(e instanceof NumericalTrouble)) throw e;
    throw new PotentialeError('internal', `Simplex: numerisk problem (${e.message})`);
  }
}

function attempt(
  w: SimplexWorkspace,
  problem: LpProblem,
  nv: number,
  mode: Mode,
  useHint: boolean,
): LpResult {
  loadScaled(w, problem, nv);
  const counter = { iterations: 0 };
  const warm = useHint && problem.basis !== undefined && warmStart(w, problem.basis);
  if (!warm) {
    if (coldStart(w) > 0) {
      w.cost.fill(0, 0, w.n);
      for (let j = w.firstArtificial; j < w.n; j++) w.cost[j] = 1;
      runPhase(w, mode, counter);
      let infeasibility = 0;
      for (let j = w.firstArtificial; j < w.n; j++) infeasibility += atF64(w.x, j);
      let scale = 1;
      for (let i = 0; i < w.m; i++) scale = Math.max(scale, Math.abs(atF64(w.b, i)));
      if (infeasibility > 1e-8 * scale) {
        return { status: 'infeasible', iterations: counter.iterations };
      }
      dropArtificials(w);
    }
    for (let j = 0; j < w.n; j++) w.cost[j] = j < w.firstArtificial ? atF64(w.c, j) : 0;
  } else {
    for (let j = 0; j < w.n; j++) w.cost[j] = atF64(w.c, j);
  }
  if (runPhase(w, mode, counter) === 'unbounded') {
    return { status: 'unbounded', iterations: counter.iterations };
  }
  const x: number[] = new Array<number>(nv);
  let objective = 0;
  for (let j = 0; j < nv; j++) {
    let v = atF64(w.x, j) * atF64(w.colScale, j);
    // Snap values that drifted within tolerance past a bound back onto it.
    // Without lower bounds every variable is ≥ 0 (LpProblem.lower).
    const lo = problem.lower === undefined ? 0 : at(problem.lower, j);
    const up = problem.upper?.[j] ?? Infinity;
    if (v < lo) v = lo;
    if (v > up) v = up;
    x[j] = v;
    objective += at(problem.objective, j) * v;
  }
  const duals: number[] = new Array<number>(w.m);
  for (let i = 0; i < w.m; i++) {
    const v = (atF64(w.y, i) * atF64(w.rowScale, i)) / w.objScale;
    duals[i] = v === 0 ? 0 : v; // no -0
  }
  return {
    status: 'optimal',
    objective,
    x,
    duals,
    basis: exportBasis(w),
    iterations: counter.iterations,
  };
}

/**
 * Iterates to optimality of the current cost vector, then verifies it on a fresh factorisation
 * (values, multipliers and reduced costs from the original data); if that reveals an improving
 * column, rebuilds the tableau and goes on.
 */
function runPhase(
  w: SimplexWorkspace,
  mode: Mode,
  counter: { iterations: number },
): 'optimal' | 'unbounded' {
  for (let round = 0; round < 5; round++) {
    if (iterate(w, mode, counter) === 'unbounded') return 'unbounded';
    if (!refactor(w)) throw new NumericalTrouble('singular basis');
    computeMultipliers(w);
    for (let k = 0; k < w.m; k++) {
      const p = atI32(w.basis, k);
      const v = atF64(w.x, p);
      if (v < atF64(w.lower, p) - TROUBLE_TOL || v > atF64(w.upper, p) + TROUBLE_TOL) {
        throw new NumericalTrouble('basic value out of bounds after refactorisation');
      }
    }
    if (chooseEntering(w, false) < 0) return 'optimal';
  }
  throw new NumericalTrouble('no stable optimum after refactorisation');
}

/**
 * The entering column by Dantzig's rule (largest reduced cost), or Bland's (lowest index) when
 * anti-cycling; -1 at optimality. Reduced costs are priced from the multipliers y.
 */
function chooseEntering(w: SimplexWorkspace, bland: boolean): number {
  const { n, m, a, y, cost, status, lower, upper } = w;
  let column = -1;
  let best = DUAL_TOL;
  for (let j = 0; j < n; j++) {
    const st = atU8(status, j);
    if (st === BASIC) continue;
    if (st === AT_LOWER && lower[j] === upper[j]) continue;
    let dj = atF64(cost, j);
    const col = j * m;
    for (let i = 0; i < m; i++) dj -= atF64(y, i) * atF64(a, col + i);
    let score: number;
    if (st === AT_LOWER) score = -dj;
    else if (st === AT_UPPER) score = dj;
    else score = Math.abs(dj);
    if (score <= best) continue;
    if (bland) return j;
    best = score;
    column = j;
  }
  return column;
}

function iterate(
  w: SimplexWorkspace,
  mode: Mode,
  counter: { iterations: number },
): 'optimal' | 'unbounded' {
  const { m, x, basis, lower, upper, status, alpha, y, binv } = w;
  let degenerate = 0;
  let sinceRefactor = 0;
  computeMultipliers(w);
  for (;;) {
    const bland = mode.alwaysBland || degenerate >= DEGENERATE_LIMIT;
    const q = chooseEntering(w, bland);
    if (q < 0) return 'optimal';
    const dq = reducedCost(w, q);
    const dir = status[q] === AT_LOWER ? 1 : status[q] === AT_UPPER ? -1 : dq < 0 ? 1 : -1;
    if (++counter.iterations > mode.maxIterations) {
      throw new PotentialeError('internal', `Simplex: over ${mode.maxIterations} iterationer`);
    }
    computeAlpha(w, q);
    const range = atF64(upper, q) - atF64(lower, q);
    // Ratio test. Harris: pass 1 finds the longest step keeping every basic variable within its
    // bounds relaxed by the tolerance; pass 2 picks, among the rows blocking within that step, the
    // largest pivot. Bland: the exact minimum ratio, ties to the lowest variable index.
    const slackTol = bland ? 0 : PRIMAL_TOL;
    let limit = Infinity;
    for (let i = 0; i < m; i++) {
      const al = atF64(alpha, i);
      if (al < PIVOT_TOL && al > -PIVOT_TOL) continue;
      const delta = -dir * al;
      const p = atI32(basis, i);
      let ratio = Infinity;
      if (delta < 0) {
        if (atF64(lower, p) > -Infinity)
          ratio = (atF64(x, p) - atF64(lower, p) + slackTol) / -delta;
      } else if (atF64(upper, p) < Infinity) {
        ratio = (atF64(upper, p) - atF64(x, p) + slackTol) / delta;
      }
      if (ratio < limit) limit = ratio;
    }
    if (limit === Infinity && range === Infinity) return 'unbounded';
    let r = -1;
    let step = range;
    if (range > limit) {
      let bestAbs = 0;
      let bestIndex = Infinity;
      step = 0;
      for (let i = 0; i < m; i++) {
        const al = atF64(alpha, i);
        const abs = Math.abs(al);
        if (abs < PIVOT_TOL) continue;
        const delta = -dir * al;
        const p = atI32(basis, i);
        let ratio: number;
        if (delta < 0) {
          if (lower[p] === -Infinity) continue;
          ratio = (atF64(x, p) - atF64(lower, p)) / -delta;
        } else {
          if (upper[p] === Infinity) continue;
          ratio = (atF64(upper, p) - atF64(x, p)) / delta;
        }
        if (bland) {
          if (ratio <= limit + 1e-12 * (1 + limit) && p < bestIndex) {
            bestIndex = p;
            r = i;
            step = ratio;
          }
        } else if (ratio <= limit && abs > bestAbs) {
          bestAbs = abs;
          r = i;
          step = ratio;
        }
      }
      if (step < 0) step = 0;
    }
    degenerate = step <= 1e-12 ? degenerate + 1 : 0;
    if (step > 0) {
      for (let i = 0; i < m; i++) {
        const al = atF64(alpha, i);
        if (al !== 0) x[atI32(basis, i)] = atF64(x, atI32(basis, i)) - dir * al * step;
      }
    }
    if (r < 0) {
      // Bound flip: the entering variable reaches its other bound before any basic one blocks.
      const toUpper = status[q] === AT_LOWER;
      x[q] = toUpper ? atF64(upper, q) : atF64(lower, q);
      status[q] = toUpper ? AT_UPPER : AT_LOWER;
      continue;
    }
    x[q] = atF64(x, q) + dir * step;
    const p = atI32(basis, r);
    const towardsLower = -dir * atF64(alpha, r) < 0;
    const leavingStatus = towardsLower || lower[p] === upper[p] ? AT_LOWER : AT_UPPER;
    x[p] = leavingStatus === AT_LOWER ? atF64(lower, p) : atF64(upper, p);
    // An artificial that has left the basis is never needed again.
    if (p >= w.firstArtificial) upper[p] = 0;
    pivot(w, r, q, leavingStatus);
    if (++sinceRefactor >= mode.refactorEvery) {
      sinceRefactor = 0;
      if (!refactor(w)) throw new NumericalTrouble('singular basis');
      computeMultipliers(w);
    } else {
      // y' = y + d_q·(row r of the new B⁻¹): zero reduced cost for q, unchanged for the others.
      for (let i = 0; i < m; i++) y[i] = atF64(y, i) + dq * atF64(binv, r * m + i);
    }
  }
}
