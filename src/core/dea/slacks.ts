import { PotentialeError } from '../diagnostics/index.ts';
import {
  solveByColumnGeneration,
  type GenerationContext,
  type UnitSolution,
} from './column-generation.ts';
import type { DeaData } from './dea-data.ts';
import type { DeaSlacks } from './types.ts';
import { at, atF64 } from '../arrays/index.ts';

/** Benchmarking's threshold for a slack to count, and for has_slack. */
export const SLACK_EPS = 1e-7;

/**
 * How phase 2 weighs the slacks, following Benchmarking::slack: when the mean of any input or
 * output column is below 1e-4 or above 1e4, every column is divided by its mean, so the objective
 * is the sum of slacks relative to the means; otherwise it is the plain sum in the data's units.
 * The weights are per column in the scaled units of `data` (slack_raw = slack_scaled·colScale).
 * Non-discretionary inputs get weight 0 (Banker–Morey: their slack is not a saving).
 */
export interface SlackWeighting {
  readonly scaled: boolean;
  /** Per column: weight of the scaled slack in the phase-2 objective. */
  readonly weights: Float64Array;
  /** Per column: the divisor Benchmarking uses for its "close to zero" test (mean or 1). */
  readonly divisor: Float64Array;
}

/**
 * The phase-2 weighting of `data` (see {@link SlackWeighting}).
 * @example slackWeighting(parseDeaOptions({ inputs, outputs, rts: 'vrs', orientation: 'input' })).scaled
 * // true when some column mean is below 1e-4 or above 1e4
 */
export function slackWeighting(data: DeaData): SlackWeighting {
  const scaled = Array.from(data.means).some((mu) => mu < 1e-4 || mu > 1e4);
  const weights = new Float64Array(data.width);
  const divisor = new Float64Array(data.width);
  for (let c = 0; c < data.width; c++) {
    divisor[c] = scaled ? atF64(data.means, c) : 1;
    const fixed = c < data.m && data.fixedInput[c] === 1;
    weights[c] = fixed ? 0 : atF64(data.colScale, c) / atF64(divisor, c);
  }
  return { scaled, weights, divisor };
}

/**
 * Phase 2 for unit k: the max-slack solution with θ (or φ) fixed at `level`, the unrounded
 * phase-1 optimum. The phase-1 reference units start the search; the frame completes it. If
 * rounding makes the fixed level infeasible by a hair, the level is relaxed by 1e-10 relative.
 */
export function solveSlacks(
  ctx: GenerationContext,
  k: number,
  level: number,
  start: readonly number[],
  frame: ArrayLike<number>,
  weighting: SlackWeighting,
): UnitSolution {
  const input = ctx.data.orientation === 'input';
  for (const relax of [0, 1e-10, 1e-8]) {
    const sol = solveByColumnGeneration(ctx, {
      k,
      spec: {
        kind: 'slack',
        level: input ? level * (1 + relax) : level * (1 - relax),
        weights: weighting.weights,
      },
      initial: start,
      pools: [frame],
    });
    if (sol.status === 'optimal') return sol;
  }
  throw new PotentialeError('internal', `DEA: fase 2 uløselig for enhed ${k + 1}`);
}

/**
 * The slacks in the data's units from a phase-2 solution, with Benchmarking's clean-up: a slack
 * below 1e-7 (in its possibly mean-scaled unit) is set to 0.
 */
export function readSlacks(data: DeaData, sol: UnitSolution, weighting: SlackWeighting): DeaSlacks {
  const input: number[] = [];
  const output: number[] = [];
  let sum = 0;
  for (let c = 0; c < data.width; c++) {
    let v = Math.max(0, at(sol.extras, c)) * atF64(data.colScale, c);
    if (Math.abs(v / atF64(weighting.divisor, c)) < SLACK_EPS) v = 0;
    const fixed = c < data.m && data.fixedInput[c] === 1;
    if (!fixed) sum += v;
    if (c < data.m) input.push(v);
    else output.push(v);
  }
  return { input, output, sum, hasSlack: sum > SLACK_EPS };
}

/** A dual this small (in the scaled units, where duals are of order one) counts as zero. */
const DUAL_EPS = 1e-9;

/**
 * Whether phase 2 has nothing to find: when the phase-1 dual of every row whose slack phase 2
 * maximises is nonzero, complementary slackness makes each of those rows tight in every optimal
 * solution, so the maximal slacks are all zero and the phase-1 λ is itself a max-slack solution.
 * Why: most inefficient units project onto the inside of a facet, where this holds, and skipping
 * their phase-2 programme saves most of its time.
 * @example phaseTwoIsTrivial(phase1Solution, slackWeighting(data)) // true: slacks are all 0
 */
export function phaseTwoIsTrivial(sol: UnitSolution, weighting: SlackWeighting): boolean {
  for (let c = 0; c < weighting.weights.length; c++) {
    if (weighting.weights[c] === 0) continue;
    if (!(Math.abs(at(sol.duals, c)) > DUAL_EPS)) return false;
  }
  return true;
}

/**
 * The slacks when phase 2 is trivial: zero, except that a non-discretionary input reports its
 * unused amount x_k − Σλx at the phase-1 λ (cleaned like the other slacks).
 */
export function zeroSlacks(
  data: DeaData,
  k: number,
  sol: UnitSolution,
  weighting: SlackWeighting,
): DeaSlacks {
  const input: number[] = [];
  for (let i = 0; i < data.m; i++) {
    let v = 0;
    if (data.fixedInput[i] === 1) {
      v = atF64(data.raw, k * data.width + i);
      sol.columns.forEach((j, t) => (v -= at(sol.lambda, t) * atF64(data.raw, j * data.width + i)));
      if (!(Math.abs(v / (weighting.divisor[i] ?? 1)) >= SLACK_EPS)) v = 0;
    }
    input.push(v);
  }
  return { input, output: new Array<number>(data.s).fill(0), sum: 0, hasSlack: false };
}
