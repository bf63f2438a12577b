import type { ConvertAmount, PriceLevel } from '../prices/index.ts';
import { secondingMunicipalities, type Barrier, type BarrierEstimate } from './barrier.ts';

/** A barrier's place on the national list: its support and the efficiency it blocks in all. */
export interface BarrierStanding {
  readonly barrier: Barrier;
  /** Municipalities that second it (the reporter not counted). */
  readonly seconds: number;
  /** Reporter and seconders, each once, with the estimate counted for each (in `prices`). */
  readonly total: number;
  readonly prices: PriceLevel;
  /** Estimates no price index could take to `prices`: left out of `total`, and said. */
  readonly unconverted: number;
}

/**
 * Each municipality's estimate for a barrier, counted once: the reporter's own estimate, and
 * for a seconder the largest of its seconds (after merges a municipality may have several).
 */
export function estimatesByMunicipality(b: Barrier): Map<string, BarrierEstimate> {
  const out = new Map<string, BarrierEstimate>();
  if (b.estimate) out.set(b.municipality, b.estimate);
  for (const s of b.seconds) {
    if (!s.estimate || s.municipality === b.municipality) continue;
    const had = out.get(s.municipality);
    if (!had || had.amount < s.estimate.amount) out.set(s.municipality, s.estimate);
  }
  return out;
}

/** One barrier's standing, its estimates taken to `target` by `convert`. */
export function barrierStanding(
  b: Barrier,
  target: PriceLevel,
  convert: ConvertAmount,
): BarrierStanding {
  let total = 0;
  let unconverted = 0;
  for (const e of estimatesByMunicipality(b).values()) {
    const v = convert(e.amount, e.year, e.prices);
    if (v === undefined) unconverted += 1;
    else total += v;
  }
  return {
    barrier: b,
    seconds: secondingMunicipalities(b).length,
    total,
    prices: target,
    unconverted,
  };
}

/**
 * The national list (DESIGN.md §3.11): barriers that are not merged into another, ranked by
 * the number of seconding municipalities, then by the total DKK they block, then oldest first.
 */
export function rankBarriers(
  barriers: readonly Barrier[],
  target: PriceLevel,
  convert: ConvertAmount,
): BarrierStanding[] {
  return barriers
    .filter((b) => b.mergedInto === null)
    .map((b) => barrierStanding(b, target, convert))
    .sort((a, b) => b.seconds - a.seconds || b.total - a.total || a.barrier.id - b.barrier.id);
}
