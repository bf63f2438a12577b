import { PotentialeError } from '../diagnostics/index.ts';
import {
  solveByColumnGeneration,
  type GenerationContext,
  type UnitSolution,
} from './column-generation.ts';
import { UnitSet } from './unit-set.ts';
import { at } from '../arrays/index.ts';

/** Reference units of the last few units solved, reused as the next unit's first columns. */
const RECENT_UNITS = 16;

/** Units this close to efficiency 1 are kept as candidate reference units. */
export const FRONTIER_TOL = 1e-6;

/**
 * Phase 1 (the efficiency programme) for every unit, exactly, by restricted basis entry:
 * - every unit starts as a candidate reference unit; each one found inefficient leaves the
 *   candidates, because a unit with efficiency < 1 lies inside the technology spanned by the
 *   others (this covers dominated units and more), so the candidates shrink towards the frontier;
 * - units are visited in locality order and each starts from itself (λ_k = 1, a feasible vertex)
 *   plus the peers of the units just solved, which are often its own peers;
 * - candidates are priced first among the units that have been peers so far (soon most of the
 *   frontier), and only then among all remaining candidates, which certifies the optimum.
 * A separate dominance filter was measured and dropped: the shrinking candidates make it redundant,
 * and its n × frontier comparisons cost more than they save.
 * @param order the visiting order (a permutation of the units)
 * @example solveEfficiencies(createGenerationContext(data), localityOrder(data))[k].objective // θ_k
 */
export function solveEfficiencies(
  ctx: GenerationContext,
  order: ArrayLike<number>,
): UnitSolution[] {
  const { n } = ctx.data;
  const input = ctx.data.orientation === 'input';
  const candidates = new UnitSet(n, order);
  const known = new UnitSet(n);
  const out = new Array<UnitSolution | undefined>(n);
  // The peers of the last RECENT_UNITS units, oldest first, and how many each unit added.
  const recent: number[] = [];
  const recentCounts: number[] = [];
  for (let t = 0; t < order.length; t++) {
    const k = at(order, t);
    const sol = solveByColumnGeneration(ctx, {
      k,
      spec: { kind: 'efficiency' },
      initial: [k, ...recent],
      pools: [known.view(), candidates.view()],
      onEnter: (j) => known.add(j),
      startFromSelf: true,
    });
    if (sol.status !== 'optimal') {
      // A unit is always in its own reference set (λ_k = 1, θ = 1), so this cannot happen.
      throw new PotentialeError('internal', `DEA: enhed ${k + 1} gav status ${sol.status}`);
    }
    let count = 0;
    sol.columns.forEach((j, i) => {
      if (at(sol.lambda, i) <= 0) return;
      if (candidates.has(j)) known.add(j);
      recent.push(j);
      count++;
    });
    recentCounts.push(count);
    if (recentCounts.length > RECENT_UNITS) recent.splice(0, recentCounts.shift());
    const e = sol.objective;
    if (input ? e < 1 - FRONTIER_TOL : e > 1 + FRONTIER_TOL) {
      candidates.remove(k);
      known.remove(k);
    }
    out[k] = sol;
  }
  return out.map((sol, k) => {
    if (sol === undefined) throw new PotentialeError('internal', `DEA: enhed ${k + 1} mangler`);
    return sol;
  });
}

/**
 * The units with efficiency 1 (within 1e-6), in index order: they span the same technology as
 * all units, because every unit with efficiency < 1 lies inside the technology of the others.
 * Every later programme over the same technology (phase 2, super-efficiency) only needs them.
 */
export function frontierUnits(ctx: GenerationContext, phase1: readonly UnitSolution[]): Int32Array {
  const input = ctx.data.orientation === 'input';
  const out: number[] = [];
  phase1.forEach((sol, j) => {
    const e = sol.objective;
    if (input ? e >= 1 - FRONTIER_TOL : e <= 1 + FRONTIER_TOL) out.push(j);
  });
  return Int32Array.from(out);
}
