import { createGenerationContext, solveByColumnGeneration } from './column-generation.ts';
import { parseDeaOptions } from './dea-data.ts';
import { frontierUnits, solveEfficiencies } from './efficiencies.ts';
import { localityOrder } from './locality-order.ts';
import type {
  SuperEfficiencyOptions,
  SuperEfficiencyResult,
  SuperEfficiencyUnitResult,
} from './types.ts';
import { roundEfficiency, sparseLambda } from './unit-result.ts';
import { at } from '../arrays/index.ts';

/**
 * Super-efficiency (Andersen & Petersen), as R's Benchmarking::sdea: each unit's efficiency
 * against the technology spanned by all the other units, phase 1 only. Efficient units get
 * θ ≥ 1 (input) or φ ≤ 1 (output), which ranks them; inefficient units keep their ordinary
 * efficiency. Under vrs (and drs/irs) a unit outside the others' technology has no solution: it
 * is reported with status 'infeasible' and eff Infinity (input) or -Infinity (output), never as a
 * number. Throws InvalidInputError for bad data, like {@link dea}.
 *
 * Only frontier units need a programme over more candidates: an inefficient unit lies inside
 * the technology of the others, so removing it changes nothing, and its programme is solved over
 * the frontier alone. Without a frontier unit k, units that only k outdid may span the
 * technology, so every other unit is a candidate (priced after the frontier).
 * @example
 * // Bogetoft & Otto's example, vrs input: firm 1 (100 → 75) is 15/11 super-efficient.
 * superEfficiency({ inputs: [[100], [200], [300], [500], [100], [200], [600]],
 *                   outputs: [[75], [100], [300], [400], [25], [50], [400]],
 *                   rts: 'vrs', orientation: 'input' }).eff[0] // 1.3636…
 */
export function superEfficiency(options: SuperEfficiencyOptions): SuperEfficiencyResult {
  const data = parseDeaOptions(options);
  const ctx = createGenerationContext(data);
  const phase1 = solveEfficiencies(ctx, localityOrder(data));
  const frontier = frontierUnits(ctx, phase1);
  const onFrontier = new Uint8Array(data.n);
  for (const j of frontier) onFrontier[j] = 1;
  const everyone = Int32Array.from({ length: data.n }, (_, j) => j);
  const input = data.orientation === 'input';
  const units = phase1.map((own, k): SuperEfficiencyUnitResult => {
    const start = own.columns.filter((j, t) => j !== k && at(own.lambda, t) > 0);
    const sol = solveByColumnGeneration(ctx, {
      k,
      spec: { kind: 'efficiency' },
      initial: start,
      pools: onFrontier[k] === 1 ? [frontier, everyone] : [frontier],
      exclude: k,
    });
    if (sol.status !== 'optimal') {
      const eff = input ? Infinity : -Infinity;
      return {
        unit: k,
        id: data.ids[k] ?? String(k + 1),
        status: 'infeasible',
        eff,
        objective: eff,
        lambda: [],
        lambdaSum: 0,
        peers: [],
      };
    }
    return {
      unit: k,
      id: data.ids[k] ?? String(k + 1),
      status: 'optimal',
      eff: roundEfficiency(sol.objective),
      objective: sol.objective,
      ...sparseLambda(sol),
    };
  });
  return {
    rts: data.rts,
    orientation: data.orientation,
    nonDiscretionary: data.nonDiscretionary,
    units,
    eff: units.map((u) => u.eff),
  };
}
