import type { Theme } from '../key-figures/index.ts';
import type { PeerVariable } from './peer-variables.ts';
import type { MissingVariable, VariableScale } from './standardise.ts';

/** How a peer group is formed (DESIGN.md §3.2). A saved group is a named list the caller stores. */
export type PeerGroupSpec =
  | {
      readonly kind: 'nearest';
      /** Number of neighbours, 1 ≤ k < number of municipalities; default 10. */
      readonly k?: number;
      /** Picks the theme's variable set (THEME_PEER_VARIABLES). */
      readonly theme?: Theme;
      /** Replaces the variable set altogether. */
      readonly variables?: readonly PeerVariable[];
      /** Weight overrides by variable name. */
      readonly weights?: Readonly<Record<string, number>>;
      /** Codes added by hand after the k nearest (explained with their distance too). */
      readonly add?: readonly string[];
      /** Codes that may not be members: the k nearest are taken among the others. */
      readonly remove?: readonly string[];
    }
  | { readonly kind: 'all' }
  | { readonly kind: 'region' }
  | { readonly kind: 'landsdel' }
  | { readonly kind: 'list'; readonly name?: string; readonly codes: readonly string[] }
  | { readonly kind: 'saved'; readonly name: string; readonly codes: readonly string[] };

export type PeerGroupKind = PeerGroupSpec['kind'];

/** One variable's part of a structural distance. */
export interface DistanceTerm {
  readonly variable: string;
  readonly nameDa: string;
  readonly keyFigureId: string;
  readonly weight: number;
  /** z-score of the municipality the group is for. */
  readonly zSelf: number;
  /** z-score of the peer. */
  readonly zPeer: number;
  /** w_k (z_a − z_b)², the variable's part of d². */
  readonly term: number;
  /** term / d², in 0–1; 0 for every variable when d = 0. */
  readonly share: number;
}

/** A peer with its distance and each variable's share of it. */
export interface PeerMatch {
  readonly code: string;
  /** d = √Σ w_k (z_a − z_b)², in weighted standard deviations. */
  readonly distance: number;
  readonly terms: readonly DistanceTerm[];
}

/** A municipality that could have been a member and was not, and why. */
export interface LeftOutPeer {
  readonly code: string;
  /** `incomplete-structure`: lacks a structural variable (see `missing`); `self`: the
   * municipality itself, named in a list. */
  readonly reason: 'incomplete-structure' | 'self';
  readonly missing?: readonly MissingVariable[];
}

/** The explanation of a nearest-neighbour group. */
export interface NearestExplanation {
  readonly year: number;
  readonly k: number;
  readonly theme?: Theme;
  /** The variables with the mean and sd each was standardised with. */
  readonly scales: readonly VariableScale[];
  /** The members, nearest first, each with its distance terms; members added by hand last. */
  readonly matches: readonly PeerMatch[];
  /** Members added by hand (`add`) that were not among the k nearest, in the order given. */
  readonly added: readonly string[];
  /** Municipalities kept out by hand (`remove`), as given. */
  readonly removed: readonly string[];
}

/** The comparable municipalities G(i) of one municipality; never contains it. */
export interface PeerGroup {
  readonly kind: PeerGroupKind;
  /** The municipality the group is for. */
  readonly code: string;
  /** Danish label, e.g. "10 nærmeste på rammevilkår (2023)", "Region Midtjylland",
   * "Landsdel Østjylland". */
  readonly nameDa: string;
  /** English label: "10 nearest on structural conditions (2023)"; regions and provinces keep
   * their Danish proper names. */
  readonly nameEn: string;
  /** Member codes: nearest first for a nearest group, otherwise by code. */
  readonly members: readonly string[];
  readonly leftOut: readonly LeftOutPeer[];
  readonly nearest?: NearestExplanation;
}

/**
 * The groups of every municipality at once, as positions, for the batch computations:
 * `members[i]` holds positions into `codes` of the group of `codes[i]`.
 */
export interface PeerGroups {
  readonly spec: PeerGroupSpec;
  readonly codes: readonly string[];
  readonly members: readonly Int32Array[];
  /**
   * Set when every group is one shared set minus the municipality itself (all, region,
   * landsdel, list):
   * the group of i is `sets[of[i]]` without i, and of[i] = −1 means an empty group. Lets the
   * batch sort a shared set once instead of once per municipality.
   */
  readonly pools?: { readonly sets: readonly Int32Array[]; readonly of: Int32Array };
  /** Municipalities that got an empty group because they lack a structural variable. */
  readonly unplaced: readonly {
    readonly code: string;
    readonly missing: readonly MissingVariable[];
  }[];
}
