import { completePeers, mean, splitYears, type Panel } from './panel.ts';

/** A difference-in-differences estimate against the peers' mean. */
export interface DidEstimate {
  /** Per year from the start: own − peers' mean, less the same gap's pre-period mean. */
  readonly perYear: ReadonlyArray<{ readonly year: number; readonly estimate: number }>;
  /** The mean of the post-period estimates, in the figure's unit. */
  readonly average: number;
  readonly preYears: readonly number[];
  readonly postYears: readonly number[];
  /** The peers used (a value in every year) and those left out. */
  readonly peers: readonly string[];
  readonly dropped: readonly string[];
}

/**
 * Difference in differences (DESIGN.md §3.8): the municipality's gap to its peers' mean after
 * the start year, less the same gap before it. Peers missing a year are left out and named.
 * Undefined without a pre- and a post-year, or without a peer, or with a missing own value.
 * @example differenceInDifferences({ years: [2019, 2020], own: [10, 8], peers: [{ code: '101', values: [10, 10] }] }, 2020)?.average // -2
 */
export function differenceInDifferences(panel: Panel, startYear: number): DidEstimate | undefined {
  const { pre, post } = splitYears(panel.years, startYear);
  const { kept, dropped } = completePeers(panel);
  if (pre.length === 0 || post.length === 0 || kept.length === 0) return undefined;
  if (!panel.own.every((v) => Number.isFinite(v))) return undefined;
  const gap = panel.years.map(
    (_, t) => (panel.own[t] ?? NaN) - mean(kept.map((p) => p.values[t] ?? NaN)),
  );
  const base = mean(pre.map((t) => gap[t] ?? NaN));
  const perYear = post.map((t) => ({
    year: panel.years[t] ?? NaN,
    estimate: (gap[t] ?? NaN) - base,
  }));
  return {
    perYear,
    average: mean(perYear.map((p) => p.estimate)),
    preYears: pre.map((t) => panel.years[t] ?? NaN),
    postYears: post.map((t) => panel.years[t] ?? NaN),
    peers: kept.map((p) => p.code),
    dropped,
  };
}
