import { completePeers, splitYears, type Panel } from './panel.ts';
import { simplexLeastSquares } from './simplex-least-squares.ts';

/** A synthetic control: donor weights, the synthetic path, and the fit before and after. */
export interface SyntheticControl {
  /** Donor code → weight (only weights above 1e-9), largest first. */
  readonly weights: ReadonlyArray<{ readonly code: string; readonly weight: number }>;
  /** The synthetic path, aligned with the panel's years. */
  readonly synthetic: readonly number[];
  /** Root mean squared prediction error before and after the start. */
  readonly rmspePre: number;
  readonly rmspePost: number;
  /** Post/pre RMSPE: the placebo test's statistic (the pre fit floored, never 0). */
  readonly ratio: number;
}

const level = (xs: readonly number[]) =>
  xs.reduce((s, x) => s + Math.abs(x), 0) / Math.max(xs.length, 1);

const rmspe = (gaps: readonly number[]) =>
  Math.sqrt(gaps.reduce((s, g) => s + g * g, 0) / Math.max(gaps.length, 1));

/**
 * The synthetic control of `own` from `donors` (DESIGN.md §3.8): convex weights that best fit
 * the pre-start years (simplexLeastSquares), the path they give in every year, and the
 * RMSPE before and after. Undefined without a pre- and a post-year or a donor.
 */
export function syntheticControl(
  years: readonly number[],
  own: readonly number[],
  donors: ReadonlyArray<{ readonly code: string; readonly values: readonly number[] }>,
  startYear: number,
): SyntheticControl | undefined {
  const { pre, post } = splitYears(years, startYear);
  if (pre.length === 0 || post.length === 0 || donors.length === 0) return undefined;
  const fit = simplexLeastSquares(
    donors.map((d) => pre.map((t) => d.values[t] ?? NaN)),
    pre.map((t) => own[t] ?? NaN),
  );
  const synthetic = years.map((_, t) =>
    donors.reduce((s, d, j) => s + (fit.weights[j] ?? 0) * (d.values[t] ?? NaN), 0),
  );
  const gap = (t: number) => (own[t] ?? NaN) - (synthetic[t] ?? NaN);
  const rmspePre = rmspe(pre.map(gap));
  const rmspePost = rmspe(post.map(gap));
  return {
    weights: donors
      .map((d, j) => ({ code: d.code, weight: fit.weights[j] ?? 0 }))
      .filter((w) => w.weight > 1e-9)
      .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code)),
    synthetic,
    rmspePre,
    rmspePost,
    // A pre-period fit of (almost) exactly 0 would make any post error infinite evidence:
    // the fit is floored at a billionth of the series' level.
    ratio: rmspePost / Math.max(rmspePre, 1e-9 * Math.max(1, level(pre.map((t) => own[t] ?? 0)))),
  };
}

/** The placebo test: where the municipality's post/pre RMSPE ratio ranks among its peers'. */
export interface Placebo {
  /** 1 = the largest ratio of all (the strongest evidence); ties share the better rank. */
  readonly rank: number;
  /** The municipality and every peer with a placebo. */
  readonly of: number;
  /** Per unit (the municipality first): the ratio, the pre-period fit and the gap path. */
  readonly ratios: ReadonlyArray<PlaceboRun>;
}

/** One unit's synthetic control as a placebo: its ratio, pre fit and gap (own − synthetic) per year. */
export interface PlaceboRun {
  readonly code: string;
  readonly ratio: number;
  readonly rmspePre: number;
  readonly gaps: readonly number[];
}

const run = (code: string, own: readonly number[], c: SyntheticControl): PlaceboRun => ({
  code,
  ratio: c.ratio,
  rmspePre: c.rmspePre,
  gaps: own.map((v, t) => v - (c.synthetic[t] ?? NaN)),
});

/**
 * The synthetic control for the municipality and, as placebos, for each complete peer as if it
 * had started in the same year (its donors: the other peers), and the municipality's rank by
 * post/pre RMSPE ratio (Abadie, Diamond and Hainmueller's inference).
 */
export function syntheticControlWithPlacebos(
  panel: Panel,
  startYear: number,
  ownCode = 'own',
):
  | {
      readonly control: SyntheticControl;
      readonly placebo: Placebo;
      readonly dropped: readonly string[];
    }
  | undefined {
  const { kept, dropped } = completePeers(panel);
  if (!panel.own.every((v) => Number.isFinite(v))) return undefined;
  const control = syntheticControl(panel.years, panel.own, kept, startYear);
  if (!control) return undefined;
  const ratios = [run(ownCode, panel.own, control)];
  for (const p of kept) {
    const others = kept.filter((q) => q !== p);
    const placebo =
      others.length > 0 ? syntheticControl(panel.years, p.values, others, startYear) : undefined;
    if (placebo) ratios.push(run(p.code, p.values, placebo));
  }
  const rank = 1 + ratios.filter((r) => r.ratio > control.ratio).length;
  return { control, placebo: { rank, of: ratios.length, ratios }, dropped };
}
