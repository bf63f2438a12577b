import { checkK, rankNeighbours, squaredDistance } from './nearest.ts';
import type { StandardisedStructure } from './standardise.ts';

/**
 * Every municipality's distance to its k-th nearest neighbour, aligned with `s.codes`: the
 * distance d = √Σ w_k (z_a − z_b)² (in weighted standard deviations) of the last member of the
 * nearest group that selectNearest would form with the same structure and k. NaN for a
 * municipality that lacks a variable (it has no group) and when fewer than k others can be
 * peers. This is the yardstick of the `distant-peers` warning (DESIGN.md §3.4c): how far away
 * the k-th peer is, compared with the other municipalities' k-th peers.
 * Throws InvalidInputError for k < 1 or k ≥ n.
 * @example kthNeighbourDistances(standardiseStructure(input, variables), 10)[positionOf825] // 5.88
 */
export function kthNeighbourDistances(s: StandardisedStructure, k: number): Float64Array {
  const n = s.codes.length;
  checkK(k, n);
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (s.complete[i] !== 1) continue;
    const ranked = rankNeighbours(s, i, k);
    if (ranked.length < k) continue;
    out[i] = Math.sqrt(squaredDistance(s, i, ranked[k - 1] ?? -1));
  }
  return out;
}
