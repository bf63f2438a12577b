import { median } from '../../core/index.ts';

// Apart from ranking.ts, so the map (which ranks) does not load the core's statistics.
/**
 * The median of the values present (nulls and non-finite values left out); null when none.
 * @example medianOf([3, null, 1, 2]) // 2
 */
export function medianOf(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return xs.length === 0 ? null : median(xs);
}
