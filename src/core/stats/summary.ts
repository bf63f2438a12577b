/**
 * The arithmetic mean of the values; NaN for none.
 * @example mean([1, 2, 6]) // 3
 */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] ?? NaN;
  return sum / n;
}

/**
 * The sample standard deviation (divisor n − 1), computed in two passes around the mean so
 * that large levels (population, kr. per inhabitant) do not cancel digits. NaN for fewer
 * than two values.
 * @example sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138…
 */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] ?? NaN) - m;
    ss += d * d;
  }
  return Math.sqrt(ss / (n - 1));
}
