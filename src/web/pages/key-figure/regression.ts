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
  const n = used.length;
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (const p of used) {
    mx += p.x / n;
    my += p.y / n;
  }
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of used) {
    const dx = p.x - mx;
    const dy = p.y - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  // For a line with intercept, R² = 1 − SSres/SStot = sxy² / (sxx · syy); as a product of two
  // ratios, so tiny sums do not underflow to 0/0.
  const r2 = (sxy / sxx) * (sxy / syy);
  if (!Number.isFinite(r2) || !Number.isFinite(intercept)) return null;
  return { intercept, slope, r2: Math.min(1, Math.max(0, r2)), n };
}
