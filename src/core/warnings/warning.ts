import type { PriceLevel, YearKind } from '../prices/index.ts';

/** The kinds of fragility an answer can carry (DESIGN.md §3.4c), in the order they are shown. */
export const WARNING_CODES = [
  'distant-peers',
  'outlier',
  'small-volume',
  'definition-break',
  'budget-year',
  'low-coverage',
  'price-conversion',
  'small-group',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Why a volume counts as small; both can hold at once. */
export type SmallVolumeReason = 'below-minimum' | 'below-peer-share';

/**
 * Which spread the outlier rule measured with: 1.4826 × MAD; 1.2533 × the mean absolute
 * deviation when MAD is 0; none when every peer has the same value.
 */
export type SpreadKind = 'scaled-mad' | 'mean-absolute-deviation' | 'none';

/** The numbers behind each warning, as plain JSON (no NaN or infinity). */
export interface WarningDetails {
  readonly 'distant-peers': {
    readonly k: number;
    /** The municipality's distance to its k-th nearest peer, in weighted standard deviations. */
    readonly distance: number;
    /** The 95th percentile (type 7) of the k-th neighbour distances over all municipalities. */
    readonly percentile95: number;
    /** How many municipalities the percentile is taken over. */
    readonly municipalities: number;
    /** How many of them have their k-th peer nearer than this municipality does. */
    readonly nearerThan: number;
  };
  readonly outlier: {
    readonly value: number;
    readonly median: number;
    /** Median absolute deviation of the peers' values from their median, unscaled. */
    readonly mad: number;
    readonly spreadKind: SpreadKind;
    /** The yardstick: 1.4826 × MAD (or the fallback named by spreadKind); 0 for none. */
    readonly spread: number;
    /** |value − median| / spread; null when the spread is 0. */
    readonly deviations: number | null;
    readonly threshold: number;
    readonly peers: number;
  };
  readonly 'small-volume': {
    readonly volume: number;
    /** Median volume of the peers; null when no peer has one. */
    readonly peerMedian: number | null;
    /** volume / peerMedian; null without a peer median. */
    readonly shareOfPeerMedian: number | null;
    readonly minimum: number;
    readonly minimumShare: number;
    readonly reasons: readonly SmallVolumeReason[];
  };
  readonly 'definition-break': {
    readonly year: number;
    readonly breakYear: number;
    readonly description: string;
    readonly sourceNote: number | null;
    /** The window searched, (year − 4, year]: first and last year. */
    readonly windowFrom: number;
    readonly windowTo: number;
  };
  readonly 'budget-year': {
    readonly year: number;
    readonly kind: Exclude<YearKind, 'accounts'>;
    readonly newestAccountsYear: number | null;
  };
  readonly 'low-coverage': {
    readonly year: number;
    /** Share (0–1) of net operating expenditure that the package's included figures cover. */
    readonly coverage: number;
    readonly threshold: number;
    /** False below the lower threshold: the year as a whole is not comparable. */
    readonly comparable: boolean;
    readonly notComparableBelow: number;
    readonly figures: number | null;
  };
  readonly 'small-group': {
    /** How many members the peer group has. */
    readonly members: number;
    readonly minimum: number;
    /** The fewest members with a value among the figures listed. */
    readonly fewest: number;
    /** The figures with fewer than `minimum` members with a value, fewest first. */
    readonly keyFigureIds: readonly string[];
  };
  readonly 'price-conversion':
    | {
        readonly converted: true;
        readonly year: number;
        readonly from: PriceLevel;
        readonly to: PriceLevel;
        readonly indexSource: string;
        readonly indexYears: readonly number[];
        readonly factor: number | null;
      }
    | {
        readonly converted: false;
        readonly year: number;
        /** The level the amounts are shown in: the one they were published in. */
        readonly published: PriceLevel;
        readonly asked: PriceLevel;
        readonly missingYears: readonly number[];
      };
}

/** A warning of one code, with its Danish and English message and the numbers behind it. */
export interface WarningOf<C extends WarningCode> {
  readonly code: C;
  /** The key figure it concerns; null when it concerns the whole answer (peers, coverage). */
  readonly keyFigureId: string | null;
  /** For people, in Danish. */
  readonly messageDa: string;
  readonly messageEn: string;
  readonly detail: WarningDetails[C];
}

/**
 * A machine-readable warning where a potential is fragile (DESIGN.md §3.4c); answers carry a
 * list of them as `"warnings"`, and the screen shows `messageDa` next to the number.
 */
export type Warning = { [C in WarningCode]: WarningOf<C> }[WarningCode];
