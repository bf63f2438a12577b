import { fitOls } from '../../../core/index.ts';

/** A straight line fitted by ordinary least squares, y = intercept + slope · x. */
export interface LineFit {
  readonly intercept: number;
  readonly slope: number;
  /** Share of the variance of y the line explains, 0..1. */
  readonly r2: number;
  /** Points used (both coordinates finite). */
  readonly n: number;
}

/**
 * OLS of y on x over the points with both coordinates finite. Null when there are fewer than
 * three such points or x or y does not vary (no line, or nothing for it to explain).
 * @example fitLine([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]) // { intercept: 1, slope: 2, r2: 1, n: 3 }
 */
export function fitLine(
  points: readonly { readonly x: number | null; readonly y: number | null }[],
): LineFit | null {
  const used = points.filter(
    (p): p is { x: number; y: number } =>
      p.x !== null && p.y !== null && Number.isFinite(p.x) && Number.isFinite(p.y),
  );
  if (used.length < 3) return null;
  // The core's OLS (the one the regression-adjusted benchmark uses); it refuses a constant x.
  let fit: ReturnType<typeof fitOls>;
  try {
    fit = fitOls(
      [used.map((p) => p.x)],
      used.map((p) => p.y),
    );
  } catch {
    return null;
  }
  const slope = fit.coefficients[0];
  if (slope === undefined || !Number.isFinite(fit.rSquared)) return null;
  return {
    intercept: fit.intercept,
    slope,
    r2: Math.min(1, Math.max(0, fit.rSquared)),
    n: used.length,
  };
}
