import { median } from '../stats/index.ts';
import type { PriceLevel, YearKind } from '../prices/index.ts';
import type { CentreId } from './questionnaire.ts';
import { meanOrNull } from './scores.ts';
import { DATA_BANDS, gradeOf, MIN_DATA_COMPONENTS, type Grade } from './thresholds.ts';

/**
 * The data's own score of the economic-financial centre (issue 19): before anyone answers, the
 * key figures say how the area's costs stand against the peers, how they grew, and how well the
 * budget held. Each component is scored 1–5 by DATA_BANDS; the score is their mean.
 */

export type IndicatorId =
  | 'unit-cost-adults'
  | 'unit-cost-children'
  | 'development-adults'
  | 'development-children'
  | 'budget-deviation'
  | 'prevention-share';

/** The centres each indicator informs; the scored ones make the economic centre's data score. */
export const INDICATOR_CENTRES: Readonly<Record<IndicatorId, readonly CentreId[]>> = {
  'unit-cost-adults': ['economic-financial'],
  'unit-cost-children': ['economic-financial'],
  'development-adults': ['economic-financial', 'strategic-political'],
  'development-children': ['economic-financial', 'strategic-political'],
  'budget-deviation': ['economic-financial'],
  'prevention-share': ['social-professional', 'strategic-political'],
};

/** Scored into the data score (the prevention share is shown, not scored: more is not always better). */
export const SCORED_INDICATORS: readonly IndicatorId[] = [
  'unit-cost-adults',
  'unit-cost-children',
  'development-adults',
  'development-children',
  'budget-deviation',
];

/** One indicator of the municipality against its peers. */
export interface DataIndicator {
  readonly id: IndicatorId;
  readonly centres: readonly CentreId[];
  /** The key figure(s) it is computed from. */
  readonly keyFigures: readonly string[];
  /** The year, or the first and last year of a development or a deviation window. */
  readonly years: readonly number[];
  /** The municipality's value, in `unit`. */
  readonly value: number | null;
  readonly unit: string;
  readonly unitEn: string;
  readonly peerMedian: number | null;
  /** Peers with a value. */
  readonly peers: number;
  /** The comparison the band reads, per cent (see DATA_BANDS); null when it cannot be made. */
  readonly relative: number | null;
  /** 1–5, or null when not scored or not computable. */
  readonly score: number | null;
  readonly prices: PriceLevel | null;
  readonly yearKind: YearKind | null;
  /** Why it could not be computed, in Danish and English; null when it was. */
  readonly missingDa: string | null;
  readonly missingEn: string | null;
}

/**
 * The band score of a value where lower is better: 5 at or below the first edge, 1 above the
 * last. The middle edges are exclusive (a level or development exactly at +3 % scores 2),
 * unless `inclusive` (the budget's bands: ≤ 10 % still scores 3).
 * @example bandScore(-12, [-10, -3, 3, 10]) // 5
 * @example bandScore(0, [-10, -3, 3, 10]) // 3
 * @example bandScore(10, [-10, -3, 3, 10]) // 1
 */
export function bandScore(value: number, edges: readonly number[], inclusive = false): number {
  const [a = 0, b = 0, c = 0, d = 0] = edges;
  if (value <= a) return 5;
  if (value <= b) return 4;
  if (inclusive ? value <= c : value < c) return 3;
  if (inclusive ? value <= d : value < d) return 2;
  return 1;
}

/**
 * A level against the peers: own / peer median − 1, in per cent, and its score. Null without
 * peers or with a median of 0.
 * @example levelComparison(90, [100, 100, 110]) // { peerMedian: 100, relative: -10, score: 5 }
 */
export function levelComparison(
  own: number,
  peers: readonly number[],
): { readonly peerMedian: number; readonly relative: number; readonly score: number } | null {
  if (peers.length === 0) return null;
  const m = median(peers);
  if (m === 0 || !Number.isFinite(m)) return null;
  const relative = (own / m - 1) * 100;
  return { peerMedian: m, relative, score: bandScore(relative, DATA_BANDS.level) };
}

/** A series' growth between two years, as a factor (to / from). */
export interface Growth {
  readonly from: number;
  readonly to: number;
}

/**
 * Development against the peers: the municipality's growth factor over the peers' median growth
 * factor, − 1, in per cent. A ratio of factors does not depend on the price level, as long as
 * all are in the same one. Null without peers or with a zero start.
 * @example developmentComparison({ from: 100, to: 110 }, [{ from: 100, to: 100 }]) // { peerMedian: 1, relative: 10, score: 1, own: 1.1 }
 */
export function developmentComparison(
  own: Growth,
  peers: readonly Growth[],
): {
  readonly own: number;
  readonly peerMedian: number;
  readonly relative: number;
  readonly score: number;
} | null {
  if (own.from <= 0) return null;
  const factors = peers.filter((p) => p.from > 0).map((p) => p.to / p.from);
  if (factors.length === 0) return null;
  const m = median(factors);
  const ownFactor = own.to / own.from;
  const relative = (ownFactor / m - 1) * 100;
  return {
    own: ownFactor,
    peerMedian: m,
    relative,
    score: bandScore(relative, DATA_BANDS.development),
  };
}

/** The area's budget and accounts in one year, summed over its functions, kr. per inhabitant. */
export interface BudgetYear {
  readonly year: number;
  readonly budget: number;
  readonly accounts: number;
}

/**
 * The mean absolute deviation of the accounts from the budget, per cent of the budget, over the
 * years given, and its score. Years with a zero budget are left out; null when none is left.
 * @example budgetDeviation([{ year: 2021, budget: 100, accounts: 104 }, { year: 2022, budget: 100, accounts: 92 }]) // { percent: 6, score: 3 }
 */
export function budgetDeviation(
  years: readonly BudgetYear[],
): { readonly percent: number; readonly score: number } | null {
  const shares = years
    .filter((y) => y.budget !== 0)
    .map((y) => (Math.abs(y.accounts - y.budget) / Math.abs(y.budget)) * 100);
  const m = meanOrNull(shares);
  if (m === null) return null;
  return { percent: m, score: bandScore(m, DATA_BANDS.budget, true) };
}

/** The economic-financial centre's data score: the mean of the scored components present. */
export interface DataScore {
  readonly score: number | null;
  readonly grade: Grade | null;
  /** The components it is the mean of. */
  readonly components: readonly IndicatorId[];
}

/**
 * The data score from the indicators: the mean of SCORED_INDICATORS' scores, when at least
 * MIN_DATA_COMPONENTS have one; otherwise null.
 */
export function dataScore(indicators: readonly DataIndicator[]): DataScore {
  const scored = indicators.filter(
    (i): i is DataIndicator & { score: number } =>
      SCORED_INDICATORS.includes(i.id) && i.score !== null,
  );
  const score = meanOrNull(scored.map((i) => i.score));
  if (scored.length < MIN_DATA_COMPONENTS || score === null)
    return { score: null, grade: null, components: [] };
  return { score, grade: gradeOf(score), components: scored.map((i) => i.id) };
}

/** The data side of an assessment, as computed when it was made (and stored with it). */
export interface SteeringData {
  readonly indicators: readonly DataIndicator[];
  readonly score: DataScore;
  readonly peers: {
    readonly nameDa: string;
    readonly nameEn: string;
    readonly members: readonly string[];
  };
  /** Every other municipality, the most similar on the specialised area first. */
  readonly similarity: readonly string[];
}
