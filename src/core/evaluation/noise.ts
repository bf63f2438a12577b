import { mean } from './panel.ts';

/**
 * The root mean square of a series' residuals from its least-squares line over the positions
 * `at`: how much it moves from year to year beyond its trend. 0 with fewer than 3 positions.
 * @example detrendedRms([1, 2, 3, 4], [0, 1, 2, 3]) // 0
 */
export function detrendedRms(values: readonly number[], at: readonly number[]): number {
  if (at.length < 3) return 0;
  const xs = at.map((_, k) => k);
  const ys = at.map((t) => values[t] ?? NaN);
  const mx = mean(xs);
  const my = mean(ys);
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const slope = xs.reduce((s, x, k) => s + (x - mx) * ((ys[k] ?? NaN) - my), 0) / sxx;
  const residuals = ys.map((y, k) => y - (my + slope * ((xs[k] ?? NaN) - mx)));
  return Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
}

/**
 * The figure's normal variation before the start (DESIGN.md §3.8, /metode "Effekttjek"): the
 * median over the peers of their detrended RMS. A synthetic control that fits the years
 * before the start closer than this has fitted noise (more donors than years), so the placebo
 * ratios use it as the least pre-period error, and an effect must be larger than it to count.
 */
export function peerNoise(
  peers: ReadonlyArray<{ readonly values: readonly number[] }>,
  at: readonly number[],
): number {
  const xs = peers.map((p) => detrendedRms(p.values, at)).sort((a, b) => a - b);
  if (xs.length === 0) return 0;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? (xs[mid] ?? 0) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}
