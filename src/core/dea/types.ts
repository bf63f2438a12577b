import type { LpSolver } from './lp-problem.ts';

/**
 * Returns to scale of the reference technology: constant (no constraint on Σλ), variable
 * (Σλ = 1), decreasing / non-increasing (NIRS, Σλ ≤ 1) and increasing / non-decreasing
 * (NDRS, Σλ ≥ 1). The names are those of R's Benchmarking package.
 */
export type ReturnsToScale = 'crs' | 'vrs' | 'drs' | 'irs';

/** Input orientation shrinks the inputs by θ; output orientation expands the outputs by φ. */
export type Orientation = 'input' | 'output';

/** Every accepted `rts` and `orientation`, e.g. for parsing a CLI flag or a query parameter. */
export const RETURNS_TO_SCALE: readonly ReturnsToScale[] = ['crs', 'vrs', 'drs', 'irs'];
export const ORIENTATIONS: readonly Orientation[] = ['input', 'output'];

/** What DEA is computed on and how. Rows are units (e.g. municipalities), columns variables. */
export interface DeaOptions {
  /** n × m, every value finite and ≥ 0, in any unit (kroner, hours, persons…). */
  readonly inputs: readonly (readonly number[])[];
  /** n × s, every value finite and ≥ 0. */
  readonly outputs: readonly (readonly number[])[];
  readonly rts: ReturnsToScale;
  readonly orientation: Orientation;
  /**
   * 0-based input columns held fixed (e.g. udgiftsbehov): in input orientation they are not
   * scaled by θ. Output orientation already holds every input fixed, so there they change nothing.
   */
  readonly nonDiscretionary?: readonly number[];
  /** Phase 2: maximise the slacks with θ fixed (default true, as Benchmarking's SLACK=TRUE). */
  readonly slack?: boolean;
  /** One id per unit, used in results; default "1", "2", … (1-based, like R's row names). */
  readonly ids?: readonly string[];
  /** Column names for messages, e.g. `Input "x1"` instead of `Input-kolonne 1`. */
  readonly columnNames?: {
    readonly inputs?: readonly string[];
    readonly outputs?: readonly string[];
  };
  /** 0-based input column measured in money (discretionary): enables `potential`. */
  readonly monetaryInput?: number;
  /** The LP solver (default: the dense bounded simplex). It must return duals. */
  readonly solver?: LpSolver;
}

/** The super-efficiency model has no phase 2 and no potential. */
export type SuperEfficiencyOptions = Omit<DeaOptions, 'slack' | 'monetaryInput'>;

/** One nonzero λ_j: a reference unit and its weight. */
export interface PeerWeight {
  /** 0-based index of the reference unit. */
  readonly unit: number;
  readonly weight: number;
}

/** Phase-2 slacks in the data's units. */
export interface DeaSlacks {
  /** Per input. For a non-discretionary input: the unused amount at the returned λ (not maximised). */
  readonly input: readonly number[];
  /** Per output. */
  readonly output: readonly number[];
  /** Σ slacks of the discretionary inputs and of the outputs (what phase 2 maximised). */
  readonly sum: number;
  /** sum > 1e-7, as Benchmarking. */
  readonly hasSlack: boolean;
}

export interface DeaUnitResult {
  /** 0-based index of the unit. */
  readonly unit: number;
  readonly id: string;
  /** A unit is always in its own reference set, so its programme is always solvable. */
  readonly status: 'optimal';
  /**
   * Input orientation: θ in (0, 1]; output orientation: φ ≥ 1 (Farrell, not 1/φ). Exactly 1 when
   * the objective is within 1e-7 of 1, as Benchmarking.
   */
  readonly eff: number;
  /** The LP optimum before that rounding. */
  readonly objective: number;
  /** The nonzero λ (phase 2 when slacks are computed, else phase 1), by unit index. */
  readonly lambda: readonly PeerWeight[];
  readonly lambdaSum: number;
  /** Units with λ > 1e-7 (Benchmarking's threshold): whom to learn from. */
  readonly peers: readonly number[];
  /** Present when phase 2 ran (`slack` not false). */
  readonly slacks?: DeaSlacks;
  /**
   * The efficient point: input orientation θ·x − s⁻ (x − s⁻ for a non-discretionary input),
   * output orientation x − s⁻; outputs y + s⁺ (input) or φ·y + s⁺ (output). Without phase 2 the
   * slacks are taken as 0 (the radial projection).
   */
  readonly inputTargets: readonly number[];
  readonly outputTargets: readonly number[];
  /**
   * Money that could be saved on `monetaryInput` (in its unit): input orientation (1 − eff)·C + s⁻,
   * output orientation s⁻ only (the radial gain there is more output, not less money).
   * Undefined without `monetaryInput`.
   */
  readonly potential?: number;
}

export interface DeaResult {
  readonly rts: ReturnsToScale;
  readonly orientation: Orientation;
  readonly nonDiscretionary: readonly number[];
  /** Whether phase 2 ran. */
  readonly slack: boolean;
  /** Whether phase 2 divided every column by its mean (Benchmarking's rule: a mean < 1e-4 or > 1e4). */
  readonly slackScaling: boolean;
  readonly units: readonly DeaUnitResult[];
  /** `units[i].eff` for every unit. */
  readonly eff: readonly number[];
  /**
   * The units with efficiency 1 (within 1e-6): the vertices of the frontier plus any weakly
   * efficient units. They span the same technology as all units; every λ is drawn from them.
   */
  readonly frontier: readonly number[];
}

export interface SuperEfficiencyUnitResult {
  readonly unit: number;
  readonly id: string;
  /** 'infeasible' when no combination of the other units can reach the unit (possible under vrs/drs/irs). */
  readonly status: 'optimal' | 'infeasible';
  /** θ (may exceed 1) or φ (may be below 1); Infinity (input) / -Infinity (output) when infeasible. */
  readonly eff: number;
  readonly objective: number;
  readonly lambda: readonly PeerWeight[];
  readonly lambdaSum: number;
  readonly peers: readonly number[];
}

export interface SuperEfficiencyResult {
  readonly rts: ReturnsToScale;
  readonly orientation: Orientation;
  readonly nonDiscretionary: readonly number[];
  readonly units: readonly SuperEfficiencyUnitResult[];
  readonly eff: readonly number[];
}
