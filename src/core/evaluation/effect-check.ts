import type { YearKind } from '../prices/index.ts';
import { differenceInDifferences, type DidEstimate } from './did.ts';
import { peerNoise } from './noise.ts';
import { completePeers, mean, splitYears, type Panel } from './panel.ts';
import { syntheticControlWithPlacebos, type Placebo } from './synthetic-control.ts';
import { effectWindow, type EffectWindow } from './window.ts';
import { refusal, verdictOf, type Reason, type Verdict } from './verdict.ts';

/** What the effect check reads for one linked figure (all arrays aligned with `years`). */
export interface EffectInput {
  /** Every year with values of the figure, ascending. */
  readonly years: readonly number[];
  readonly yearKinds: Readonly<Record<number, YearKind>>;
  readonly breaks: ReadonlyArray<{
    readonly year: number;
    readonly description: string;
    readonly descriptionEn?: string;
  }>;
  /** The municipality: its values and its volume (Q) per year, in one price level. */
  readonly own: {
    readonly code: string;
    readonly values: readonly number[];
    readonly volumes: readonly number[];
  };
  /** The peers (those with an initiative on the figure already left out by the caller). */
  readonly peers: ReadonlyArray<{ readonly code: string; readonly values: readonly number[] }>;
  readonly startYear: number;
  /** The figure's unit for the words of the reason, e.g. "kr. pr. 67+-årig". */
  readonly unit: string;
}

/** One year after the start: the estimates in the figure's unit and × the volume in DKK. */
export interface EffectYear {
  readonly year: number;
  readonly volume: number;
  /** own − synthetic control (negative: lower cost than the counterfactual). */
  readonly synthetic: number;
  readonly syntheticAmount: number;
  /** Difference in differences against the peers' mean. */
  readonly did: number;
  readonly didAmount: number;
}

export interface EffectCheck {
  readonly verdict: Verdict | null;
  readonly reason: Reason;
  readonly window: EffectWindow;
  readonly preYears: readonly number[];
  readonly postYears: readonly number[];
  readonly did: DidEstimate | null;
  readonly synthetic: {
    readonly weights: ReadonlyArray<{ readonly code: string; readonly weight: number }>;
    /** Pre-period fit (RMSPE), in the figure's unit. */
    readonly rmspe: number;
    readonly rmspePost: number;
    /** The municipality's and the synthetic control's path over the window. */
    readonly path: ReadonlyArray<{
      readonly year: number;
      readonly own: number;
      readonly synthetic: number;
    }>;
  } | null;
  readonly placebo:
    | (Placebo & {
        readonly p: number;
        /** Peers left out of the ranking: their own pre-period fit is worse than the spread. */
        readonly excluded: readonly string[];
      })
    | null;
  /** The peers' spread before the start (mean over the years of their standard deviation). */
  readonly spread: number | null;
  /** The figure's normal variation before the start (peerNoise): the least pre error credited. */
  readonly noise: number | null;
  readonly perYear: readonly EffectYear[];
  /** The post-period sums in DKK (negative: lower spending). */
  readonly total: { readonly synthetic: number; readonly did: number } | null;
  /** Peers left out for a missing value in the window. */
  readonly droppedPeers: readonly string[];
}

/** Fewer years before the start than this, and no verdict is given. */
export const MIN_PRE_YEARS = 3;

const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(xs.length, 1));
};

/**
 * The effect check of one linked figure (DESIGN.md §3.8, issue 17): the window (accounts only,
 * one side of each break), difference in differences, the synthetic control with its placebos,
 * the estimate per year in the unit and in DKK, and the verdict, or the reason for none.
 */
export function checkEffect(input: EffectInput): EffectCheck {
  const window = effectWindow(input.years, input.yearKinds, input.breaks, input.startYear);
  const at = window.years.map((y) => input.years.indexOf(y));
  const panel: Panel = {
    years: window.years,
    own: at.map((t) => input.own.values[t] ?? NaN),
    peers: input.peers.map((p) => ({ code: p.code, values: at.map((t) => p.values[t] ?? NaN) })),
  };
  const { pre, post } = splitYears(panel.years, input.startYear);
  const preYears = pre.map((t) => panel.years[t] ?? NaN);
  const postYears = post.map((t) => panel.years[t] ?? NaN);
  const { kept, dropped } = completePeers(panel);
  const empty = {
    window,
    preYears,
    postYears,
    did: null,
    synthetic: null,
    placebo: null,
    spread: null,
    noise: null,
    perYear: [],
    total: null,
    droppedPeers: dropped,
  };
  const none = (reason: Reason): EffectCheck => ({ verdict: null, reason, ...empty });
  if (pre.length < MIN_PRE_YEARS) {
    // A break after the start that the comparable years begin with (cut, or where the data begin).
    const first = window.years[0] ?? Infinity;
    const breaks = input.breaks.filter((b) => b.year > input.startYear && b.year <= first);
    return none(refusal({ code: 'few-pre-years', preYears, window, breaks }));
  }
  if (post.length === 0)
    return none(refusal({ code: 'no-post-years', window, startYear: input.startYear }));
  if (!panel.own.every(Number.isFinite)) return none(refusal({ code: 'missing-own' }));
  if (kept.length < 2) return none(refusal({ code: 'no-peers', peers: kept.length }));
  const did = differenceInDifferences(panel, input.startYear);
  const sc = syntheticControlWithPlacebos(panel, input.startYear, input.own.code);
  if (!did || !sc) return none(refusal({ code: 'no-peers', peers: kept.length }));
  const spread = mean(pre.map((t) => sd(kept.map((p) => p.values[t] ?? NaN))));
  const volumeAt = (y: number) => input.own.volumes[input.years.indexOf(y)] ?? NaN;
  const perYear = post.map((t, k): EffectYear => {
    const year = panel.years[t] ?? NaN;
    const volume = volumeAt(year);
    const synthetic = (panel.own[t] ?? NaN) - (sc.control.synthetic[t] ?? NaN);
    const d = did.perYear[k]?.estimate ?? NaN;
    return {
      year,
      volume,
      synthetic,
      syntheticAmount: synthetic * volume,
      did: d,
      didAmount: d * volume,
    };
  });
  // The least pre-period error any unit is credited with: the figure's normal variation. Below
  // it a fit has matched noise, and its post/pre ratio would be evidence of nothing.
  const noise = peerNoise(kept, pre);
  const rms = (gaps: readonly number[], at: readonly number[]) =>
    Math.sqrt(mean(at.map((t) => (gaps[t] ?? NaN) ** 2)));
  const ratios = sc.placebo.ratios.map((r) => ({
    ...r,
    ratio: rms(r.gaps, post) / Math.max(r.rmspePre, noise, 1e-9),
  }));
  const own = ratios[0]?.ratio ?? NaN;
  // A peer the others cannot fit before the start has a small ratio by construction; like
  // the municipality itself, it is judged only when its pre-period fit is within the spread.
  const runs = ratios.filter((r, k) => k === 0 || r.rmspePre <= spread);
  const rank = 1 + runs.filter((r) => r.ratio > own).length;
  const placebo = {
    rank,
    of: runs.length,
    p: rank / runs.length,
    ratios,
    excluded: ratios.filter((r) => !runs.includes(r)).map((r) => r.code),
  };
  const synthetic = {
    weights: sc.control.weights,
    rmspe: sc.control.rmspePre,
    rmspePost: sc.control.rmspePost,
    path: panel.years.map((year, t) => ({
      year,
      own: panel.own[t] ?? NaN,
      synthetic: sc.control.synthetic[t] ?? NaN,
    })),
  };
  const gap = mean(perYear.map((y) => y.synthetic));
  const base = {
    ...empty,
    did,
    synthetic,
    placebo,
    spread,
    noise,
    perYear,
    total: {
      synthetic: perYear.reduce((s, y) => s + y.syntheticAmount, 0),
      did: perYear.reduce((s, y) => s + y.didAmount, 0),
    },
  };
  if (sc.control.rmspePre > spread) {
    return {
      ...base,
      verdict: null,
      reason: refusal({ code: 'poor-fit', rmspe: sc.control.rmspePre, spread, unit: input.unit }),
    };
  }
  const judged = verdictOf({
    gap,
    unit: input.unit,
    didAverage: did.average,
    noise,
    rank: placebo.rank,
    of: placebo.of,
  });
  return { ...base, verdict: judged.verdict, reason: judged.reason };
}
