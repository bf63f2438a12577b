import { PotentialeError } from '../diagnostics/index.ts';
import {
  createGenerationContext,
  solveByColumnGeneration,
  type GenerationContext,
  type UnitSolution,
} from './column-generation.ts';
import { parseDeaOptions, parseMonetaryInput } from './dea-data.ts';
import { frontierUnits, solveEfficiencies } from './efficiencies.ts';
import { localityOrder } from './locality-order.ts';
import {
  phaseTwoIsTrivial,
  readSlacks,
  slackWeighting,
  solveSlacks,
  zeroSlacks,
} from './slacks.ts';
import type { DeaOptions, DeaResult, DeaUnitResult } from './types.ts';
import { buildUnitResult } from './unit-result.ts';
import { at } from '../arrays/index.ts';

/**
 * Data envelopment analysis in envelopment form, as R's Benchmarking::dea(X, Y, RTS, ORIENTATION,
 * SLACK = TRUE): per unit the Farrell efficiency (input θ ≤ 1 or output φ ≥ 1), the max-slack λ,
 * peers, slacks, targets and, for a monetary input, the potential saving.
 *
 * Exact (every programme solved to optimality; θ matches Benchmarking within ~1e-10) and fast:
 * every unit's programme is solved over a few candidate reference units, priced against the
 * rest until none can improve it (restricted basis entry), and units found inefficient stop being
 * candidates, so n = 10 000 takes about a second instead of two minutes.
 * Throws InvalidInputError for bad data (see {@link parseDeaOptions}).
 * @example
 * // Bogetoft & Otto's example: 1 input, 1 output, unit 2 uses 200 for 100.
 * dea({ inputs: [[100], [200], [300], [500], [100], [200], [600]],
 *       outputs: [[75], [100], [300], [400], [25], [50], [400]],
 *       rts: 'vrs', orientation: 'input' }).eff[1] // 11/18 ≈ 0.6111
 */
export function dea(options: DeaOptions): DeaResult {
  const data = parseDeaOptions(options);
  const monetaryInput = parseMonetaryInput(options.monetaryInput, data);
  const slack = options.slack ?? true;
  const ctx = createGenerationContext(data);
  const phase1 = solveEfficiencies(ctx, localityOrder(data));
  const frontier = frontierUnits(ctx, phase1);
  const weighting = slackWeighting(data);
  const units: DeaUnitResult[] = phase1.map((sol, k) => {
    if (!slack) return buildUnitResult(data, k, sol, undefined, undefined, monetaryInput);
    if (phaseTwoIsTrivial(sol, weighting)) {
      return buildUnitResult(data, k, sol, sol, zeroSlacks(data, k, sol, weighting), monetaryInput);
    }
    const start = sol.columns.filter((_, t) => at(sol.lambda, t) > 0);
    let phase2: UnitSolution;
    try {
      phase2 = solveSlacks(ctx, k, sol.objective, start, frontier, weighting);
    } catch (e) {
      if (!(e instanceof PotentialeError) || e.kind !== 'internal' || !data.fallback) throw e;
      return exactUnit(ctx, k, sol, frontier);
    }
    const slacks = readSlacks(data, phase2, weighting);
    return buildUnitResult(data, k, sol, phase2, slacks, monetaryInput);
  });
  function exactUnit(
    fast: GenerationContext,
    k: number,
    sol: UnitSolution,
    frame: Int32Array,
  ): DeaUnitResult {
    // Phase 2 found no λ at the double-precision θ (a θ near 1e-12 is off by more than the
    // relaxation): solve this unit again in exact arithmetic, θ first, then the slacks at it.
    const exact = createGenerationContext({
      ...fast.data,
      solver: fast.data.fallback ?? fast.data.solver,
    });
    const own = solveByColumnGeneration(exact, {
      k,
      spec: { kind: 'efficiency' },
      initial: [k, ...sol.columns],
      pools: [frame],
    });
    const phase2 = solveSlacks(exact, k, own.objective, own.columns, frame, weighting);
    return buildUnitResult(
      data,
      k,
      own,
      phase2,
      readSlacks(data, phase2, weighting),
      monetaryInput,
    );
  }
  return {
    rts: data.rts,
    orientation: data.orientation,
    nonDiscretionary: data.nonDiscretionary,
    slack,
    slackScaling: weighting.scaled,
    units,
    eff: units.map((u) => u.eff),
    frontier: Array.from(frontier),
  };
}
