import { PotentialeError } from '../diagnostics/index.ts';
import type { DeaData } from './dea-data.ts';
import { buildEnvelopmentLp, selfBasis, type EnvelopmentSpec } from './envelopment.ts';
import type { BasisStatus, LpBasis, LpProblem, LpResult } from './lp-problem.ts';
import { at, atF64, atI32 } from '../arrays/index.ts';

/**
 * Solving one unit's envelopment programme by restricted basis entry (column generation): solve
 * over a small set of reference columns, price every other candidate unit with the duals, add
 * the few with the most improving reduced cost, and repeat until none improves. The answer is
 * exact for the full programme because a column that prices out cannot improve it (LP duality);
 * it is fast because the optimal basis has at most one column per row and the candidates that
 * can ever enter are the few units spanning the frontier.
 */

/** Units priced per pool, in order: a later pool is only priced when the earlier ones are. */
export type CandidatePools = readonly ArrayLike<number>[];

export interface GenerationRequest {
  readonly k: number;
  readonly spec: EnvelopmentSpec;
  /** Columns to start with (duplicates and `exclude` are ignored). */
  readonly initial: Iterable<number>;
  readonly pools: CandidatePools;
  /** A unit that may not be a column (super-efficiency: the unit itself). */
  readonly exclude?: number;
  /** Called for every unit that enters from a pool. */
  readonly onEnter?: (unit: number) => void;
  /**
   * Start the first solve from λ_k = 1 (see {@link selfBasis}); needs k first in `initial` and an
   * efficiency programme.
   */
  readonly startFromSelf?: boolean;
}

export interface UnitSolution {
  readonly status: 'optimal' | 'infeasible';
  readonly objective: number;
  /** λ columns of the last restricted programme and their values. */
  readonly columns: readonly number[];
  readonly lambda: readonly number[];
  /** θ or φ (efficiency) or the slacks (slack phase), in scaled units. */
  readonly extras: readonly number[];
  /** Duals of the last restricted programme (row order of {@link buildEnvelopmentLp}). */
  readonly duals: readonly number[];
}

/** Shared scratch space, so that marking columns costs no allocation per unit. */
export interface GenerationContext {
  readonly data: DeaData;
  readonly mark: Int32Array;
  stamp: number;
  lpSolves: number;
  readonly dualScratch: Float64Array;
  readonly bestGain: Float64Array;
  readonly bestUnit: Int32Array;
}

/** Columns added per pricing round: enough to cut the rounds, few enough to keep LPs small. */
const ENTER_PER_ROUND = 16;
const FEASIBLE_TOL = 1e-10;

/** Fresh scratch space for one model run over `data`. */
export function createGenerationContext(data: DeaData): GenerationContext {
  return {
    data,
    mark: new Int32Array(data.n),
    stamp: 0,
    lpSolves: 0,
    dualScratch: new Float64Array(data.width),
    bestGain: new Float64Array(ENTER_PER_ROUND),
    bestUnit: new Int32Array(ENTER_PER_ROUND),
  };
}

/**
 * Solves unit k's programme exactly over the union of the initial columns and the pools. Status
 * 'infeasible' only for an efficiency programme without a feasible reference set (super-efficiency
 * excluding k) or a phase-2 programme the caller must retry.
 * @example
 * solveByColumnGeneration(ctx, { k: 3, spec: { kind: 'efficiency' }, initial: [3], pools: [allUnits] })
 *   .objective // θ of unit 3 over all units
 */
export function solveByColumnGeneration(
  ctx: GenerationContext,
  req: GenerationRequest,
): UnitSolution {
  const { data } = ctx;
  const stamp = ++ctx.stamp;
  const columns: number[] = [];
  const add = (j: number): void => {
    if (j === req.exclude || ctx.mark[j] === stamp) return;
    ctx.mark[j] = stamp;
    columns.push(j);
  };
  for (const j of req.initial) add(j);
  const entering: number[] = [];
  let feasibility = false;
  let feasibleAt = -1;
  // The last optimal basis and its column count: after adding columns it is still primal
  // feasible (new columns at zero), so the next solve starts there and needs only a few pivots.
  let warm: LpBasis | undefined =
    req.startFromSelf && req.spec.kind === 'efficiency' && columns[0] === req.k
      ? selfBasis(data, req.k, columns.length)
      : undefined;
  let warmColumns = columns.length;
  for (let round = 0; round <= data.n + 2; round++) {
    const spec: EnvelopmentSpec = feasibility ? { kind: 'feasibility' } : req.spec;
    const built = buildEnvelopmentLp(data, req.k, columns, spec);
    const lp =
      warm === undefined
        ? built
        : { ...built, basis: extendBasis(warm, warmColumns, columns.length) };
    const res = solveChecked(data, lp, spec.kind === 'efficiency' && req.exclude !== req.k);
    ctx.lpSolves++;
    warm = undefined;
    if (res.status === 'unbounded') {
      throw new PotentialeError('internal', `DEA: ubegrænset LP for enhed ${req.k + 1}`);
    }
    if (res.status === 'infeasible') {
      // Only super-efficiency can lack a feasible reference set; search for one first.
      if (feasibility || req.spec.kind !== 'efficiency' || feasibleAt === columns.length) {
        return { status: 'infeasible', objective: NaN, columns, lambda: [], extras: [], duals: [] };
      }
      feasibility = true;
      continue;
    }
    warm = res.basis;
    warmColumns = columns.length;
    const sense = lp.sense;
    if (feasibility) {
      if (res.objective <= FEASIBLE_TOL) {
        feasibility = false;
        feasibleAt = columns.length;
        warm = undefined;
        continue;
      }
    }
    entering.length = 0;
    for (const pool of req.pools) {
      priceColumns(ctx, res.duals, sense, pool, stamp, req.exclude ?? -1, entering);
      if (entering.length > 0) break;
    }
    if (entering.length === 0) {
      if (feasibility) {
        return { status: 'infeasible', objective: NaN, columns, lambda: [], extras: [], duals: [] };
      }
      return solution('optimal', res.objective, columns, res.x, res.duals);
    }
    for (const j of entering) {
      add(j);
      req.onEnter?.(j);
    }
  }
  throw new PotentialeError(
    'internal',
    `DEA: søjlegenerering stoppede ikke for enhed ${req.k + 1}`,
  );
}

/** How far past 1 a θ (above) or φ (below) may come back before it counts as a solver failure. */
const BOUND_TOL = 1e-9;
/**
 * An efficiency this close to 1 (but not within BOUND_TOL) is checked with the exact solver:
 * whether a unit is efficient must not depend on double rounding (Benchmarking rounds at 1e-7).
 */
const NEAR_ONE = 1e-5;

/**
 * Solves with the data's solver, and again with the fallback (exact) solver when the first
 * throws PotentialeError('internal') (numerical trouble) or, for an efficiency programme that
 * has unit k among its columns, returns what the model rules out (λ_k = 1 at θ = φ = 1 is
 * feasible, so θ ≤ 1, φ ≥ 1, and the programme is never infeasible or unbounded) or an optimum
 * within 1e-5 of 1 but not within 1e-9. Why: on near-degenerate data (values equal to five
 * digits beside columns spanning 1e4) the double simplex can stop at a wrong vertex or misjudge
 * an efficient unit by 1e-7; the exact solver is slow, but these programmes are small and rare.
 */
function solveChecked(data: DeaData, lp: LpProblem, selfFeasible: boolean): LpResult {
  let res: LpResult;
  try {
    res = data.solver.solve(lp);
  } catch (e) {
    if (!data.fallback || !(e instanceof PotentialeError) || e.kind !== 'internal') throw e;
    return data.fallback.solve(lp);
  }
  if (!data.fallback || !selfFeasible) return res;
  if (res.status !== 'optimal') return data.fallback.solve(lp);
  const gap = data.orientation === 'input' ? 1 - res.objective : res.objective - 1;
  return gap < -BOUND_TOL || (gap > BOUND_TOL && gap < NEAR_ONE) ? data.fallback.solve(lp) : res;
}

/** The basis of a programme with `before` λ columns, extended to `after` (new ones at zero). */
function extendBasis(basis: LpBasis, before: number, after: number): LpBasis {
  const old = basis.variables;
  const variables = new Array<BasisStatus>(old.length + after - before);
  for (let j = 0; j < before; j++) variables[j] = old[j] ?? 'lower';
  for (let j = before; j < after; j++) variables[j] = 'lower';
  for (let j = before; j < old.length; j++) variables[j + after - before] = old[j] ?? 'lower';
  return { variables, rows: basis.rows };
}

function solution(
  status: 'optimal',
  objective: number,
  columns: readonly number[],
  x: readonly number[],
  duals: readonly number[],
): UnitSolution {
  const q = columns.length;
  return {
    status,
    objective,
    columns: [...columns],
    lambda: x.slice(0, q),
    extras: x.slice(q),
    duals,
  };
}

/**
 * Appends to `out` up to ENTER_PER_ROUND units of `pool` whose column would improve the
 * programme, best first. A λ column has cost 0, so its reduced cost is −Σ_c dual_c·a_jc; it
 * improves a 'min' programme when that is negative beyond a tolerance relative to the terms.
 */
function priceColumns(
  ctx: GenerationContext,
  duals: readonly number[],
  sense: 'min' | 'max',
  pool: ArrayLike<number>,
  stamp: number,
  exclude: number,
  out: number[],
): void {
  const { values, width } = ctx.data;
  const mark = ctx.mark;
  const g = sense === 'min' ? 1 : -1;
  const rtsDual = g * (duals.length > width ? at(duals, width) : 0);
  const dual = ctx.dualScratch;
  for (let c = 0; c < width; c++) dual[c] = g * at(duals, c);
  const bestGain = ctx.bestGain;
  const bestUnit = ctx.bestUnit;
  let found = 0;
  for (let t = 0; t < pool.length; t++) {
    const j = at(pool, t);
    const base = j * width;
    let gain = rtsDual;
    for (let c = 0; c < width; c++) gain += atF64(dual, c) * atF64(values, base + c);
    // Columns already in the programme price out (gain ≤ 0 up to rounding): checked only now.
    if (gain <= 0 || mark[j] === stamp || j === exclude) continue;
    // Improving beyond rounding: relative to the size of the terms that were summed.
    let abs = Math.abs(rtsDual);
    for (let c = 0; c < width; c++) abs += Math.abs(atF64(dual, c) * atF64(values, base + c));
    if (gain <= 1e-9 * (1 + abs)) continue;
    if (found === ENTER_PER_ROUND && gain <= atF64(bestGain, found - 1)) continue;
    let pos = found < ENTER_PER_ROUND ? found++ : found - 1;
    while (pos > 0 && atF64(bestGain, pos - 1) < gain) {
      bestGain[pos] = atF64(bestGain, pos - 1);
      bestUnit[pos] = atI32(bestUnit, pos - 1);
      pos--;
    }
    bestGain[pos] = gain;
    bestUnit[pos] = j;
  }
  for (let i = 0; i < found; i++) out.push(atI32(bestUnit, i));
}
