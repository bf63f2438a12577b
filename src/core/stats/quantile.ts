import { InvalidInputError } from '../diagnostics/index.ts';

/**
 * Refuses a percentile outside 0–100 (or not a number) with InvalidInputError.
 * @example checkPercentile(101) // throws
 */
export function checkPercentile(p: number): void {
  if (!Number.isFinite(p) || p < 0 || p > 100) {
    throw new InvalidInputError(`Percentilen skal ligge mellem 0 og 100, ikke ${p}`, 'p');
  }
}

/**
 * The p-th percentile (0–100) of values already sorted ascending, by linear interpolation
 * between order statistics: h = (n − 1)·p/100, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * This is PostgreSQL's percentile_cont and R's type 7, so the SQL and the engine agree.
 * Only the first `length` elements are read (a scratch buffer may be longer). NaN for none.
 * @example percentileOfSorted([1, 2, 3, 4], 25) // 1.75
 */
export function percentileOfSorted(
  sorted: ArrayLike<number>,
  p: number,
  length: number = sorted.length,
): number {
  if (length === 0) return NaN;
  const h = (p / 100) * (length - 1);
  const lo = Math.floor(h);
  const low = sorted[lo] ?? NaN;
  if (lo + 1 >= length) return low;
  const high = sorted[lo + 1] ?? NaN;
  // The same expression as PostgreSQL's percentile_cont, so that both give the same bits.
  return low + (high - low) * (h - lo);
}

/**
 * The p-th percentile (0–100) of the values in any order (type 7, see percentileOfSorted).
 * Copies and sorts; NaN for none. Throws InvalidInputError for p outside 0–100.
 * @example percentile([9, 1, 5, 3], 50) // 4
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  checkPercentile(p);
  const sorted = Float64Array.from(values).sort();
  return percentileOfSorted(sorted, p);
}

/**
 * The median: the middle value, or for an even count the mean of the two middle values
 * (percentile 50 of type 7). NaN for none.
 * @example median([3, 5, 9, 11]) // 7
 */
export function median(values: ArrayLike<number>): number {
  return percentile(values, 50);
}

/**
 * percentileOfSorted of the sorted values with the element at `skip` taken out, without
 * copying: for a group that is a shared sorted set minus the municipality itself. Same
 * arithmetic, hence the same bits, as sorting the remaining values and calling
 * percentileOfSorted. `skip` outside 0…length − 1 takes nothing out.
 * @example percentileOfSortedWithout([1, 2, 3, 4], 4, 1, 50) // 3 (the median of 1, 3, 4)
 */
export function percentileOfSortedWithout(
  sorted: ArrayLike<number>,
  length: number,
  skip: number,
  p: number,
): number {
  const removed = skip >= 0 && skip < length;
  const n = removed ? length - 1 : length;
  if (n === 0) return NaN;
  const at = (r: number): number => sorted[removed && r >= skip ? r + 1 : r] ?? NaN;
  const h = (p / 100) * (n - 1);
  const lo = Math.floor(h);
  const low = at(lo);
  if (lo + 1 >= n) return low;
  const high = at(lo + 1);
  return low + (high - low) * (h - lo);
}

/**
 * The first position in sorted[0 … length − 1] whose value is ≥ v (binary search); length
 * when there is none.
 * @example lowerBound([1, 3, 3, 5], 4, 3) // 1
 */
export function lowerBound(sorted: ArrayLike<number>, length: number, v: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? NaN) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
