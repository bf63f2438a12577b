import { InvalidInputError } from '../diagnostics/index.ts';
import type { Polarity } from '../key-figures/index.ts';
import { indexCodes } from '../peers/index.ts';
import {
  checkColumnLength,
  lowerBound,
  percentileOfSorted,
  percentileOfSortedWithout,
  toFloat64Column,
  type ValueColumn,
} from '../stats/index.ts';
import { checkLevel, type BenchmarkLevel, type BenchmarkLevelKind } from './level.ts';
import type { UnitCostModel } from './regression.ts';

/** One key figure in one year for every municipality, as fetched from the database. */
export interface BenchmarkInput {
  readonly keyFigureId: string;
  readonly year: number;
  readonly polarity: Polarity;
  /** The municipalities (normally the 98); every column is aligned with them. */
  readonly codes: readonly string[];
  /** c, the key figure's value (e.g. kr. per 67+-årig); null or NaN is missing. */
  readonly unitCost: ValueColumn;
  /** Q, the volume of the same year (computeVolume); for ratio of sums and potentials. */
  readonly volume?: ValueColumn;
  /** E, need per inhabitant (udgiftsbehov); for the need-adjusted level. */
  readonly need?: ValueColumn;
  /** The model of fitUnitCostModel for the same key figure and year; for regression-adjusted. */
  readonly model?: UnitCostModel;
}

/** The input as Float64Arrays (NaN = missing), checked once for a level. */
export interface PreparedInput {
  readonly input: BenchmarkInput;
  readonly positions: ReadonlyMap<string, number>;
  readonly c: Float64Array;
  readonly q: Float64Array | undefined;
  readonly e: Float64Array | undefined;
  readonly predicted: Float64Array | undefined;
  readonly residual: Float64Array | undefined;
}

/**
 * Checks the input against the level and turns the columns into Float64Arrays. Throws
 * InvalidInputError for mismatched lengths, a missing column the level needs (volume for
 * ratio of sums, need for need-adjusted, model for regression-adjusted), a model of another
 * figure, year or code list, an unknown chosen municipality, or bad level parameters.
 */
export function prepareInput(input: BenchmarkInput, level: BenchmarkLevel): PreparedInput {
  checkLevel(level, input.polarity);
  const n = input.codes.length;
  const positions = indexCodes(input.codes);
  checkColumnLength(input.unitCost, n, 'unitCost');
  if (input.volume !== undefined) checkColumnLength(input.volume, n, 'volume');
  if (input.need !== undefined) checkColumnLength(input.need, n, 'need');
  const requires = (present: boolean, what: string): void => {
    if (!present) {
      throw new InvalidInputError(`Niveauet "${level.kind}" kræver ${what}`, 'level');
    }
  };
  if (level.kind === 'ratio-of-sums') requires(input.volume !== undefined, 'volumen (Q)');
  if (level.kind === 'need-adjusted') requires(input.need !== undefined, 'udgiftsbehov (E)');
  if (level.kind === 'regression-adjusted') requires(input.model !== undefined, 'en model');
  if (level.kind === 'municipality' && !positions.has(level.code)) {
    throw new InvalidInputError(`Ukendt kommunekode ${level.code}`, 'level');
  }
  const model = input.model;
  if (model !== undefined) checkModel(model, input);
  return {
    input,
    positions,
    c: toFloat64Column(input.unitCost),
    q: input.volume === undefined ? undefined : toFloat64Column(input.volume),
    e: input.need === undefined ? undefined : toFloat64Column(input.need),
    predicted: model?.predicted,
    residual: model?.residual,
  };
}

function checkModel(model: UnitCostModel, input: BenchmarkInput): void {
  const same =
    model.keyFigureId === input.keyFigureId &&
    model.year === input.year &&
    model.codes.length === input.codes.length &&
    model.codes.every((c, i) => c === input.codes[i]);
  if (!same) {
    throw new InvalidInputError(
      'Modellen er ikke estimeret på samme nøgletal, år og kommuneliste som input',
      'model',
    );
  }
}

/**
 * The value member j contributes to a level, or NaN when it must be left out: its unit cost;
 * c_j / E_j for need-adjusted (E_j > 0); its residual for regression-adjusted; its unit cost
 * for ratio of sums only when its volume is there and ≥ 0.
 */
export function memberValue(p: PreparedInput, j: number, kind: BenchmarkLevelKind): number {
  const c = p.c[j] ?? NaN;
  switch (kind) {
    case 'need-adjusted': {
      const e = p.e?.[j] ?? NaN;
      return e > 0 ? c / e : NaN;
    }
    case 'regression-adjusted':
      return p.residual?.[j] ?? NaN;
    case 'ratio-of-sums':
      return (p.q?.[j] ?? NaN) >= 0 ? c : NaN;
    default:
      return c;
  }
}

/**
 * The benchmark c* of the municipality at `self` over the member positions; NaN when it
 * cannot be computed. `chosen` is the position of the chosen municipality (level
 * "municipality"), `scratch` a buffer at least as long as the group, reused between calls so
 * that the batch allocates nothing per municipality.
 */
export function levelAt(
  p: PreparedInput,
  self: number,
  members: ArrayLike<number>,
  level: BenchmarkLevel,
  chosen: number,
  scratch: Float64Array,
): number {
  if (level.kind === 'municipality') return chosen === self ? NaN : (p.c[chosen] ?? NaN);
  let m = 0;
  let sum = 0;
  let sumQ = 0;
  for (let t = 0; t < members.length; t++) {
    const j = members[t] ?? -1;
    if (j === self) continue;
    const v = memberValue(p, j, level.kind);
    if (Number.isNaN(v)) continue;
    if (level.kind === 'ratio-of-sums') {
      const q = p.q?.[j] ?? NaN;
      sum += v * q;
      sumQ += q;
    } else {
      sum += v;
    }
    scratch[m++] = v;
  }
  if (m === 0) return NaN;
  switch (level.kind) {
    case 'mean':
      return sum / m;
    case 'ratio-of-sums':
      return sumQ > 0 ? sum / sumQ : NaN;
    case 'best':
      return bestOf(scratch, m, p.input.polarity === 'higher-is-better');
    case 'median':
      return sortedPercentile(scratch, m, 50);
    case 'percentile':
      return sortedPercentile(scratch, m, level.p);
    case 'need-adjusted':
      return (p.e?.[self] ?? NaN) > 0
        ? (p.e?.[self] ?? NaN) * sortedPercentile(scratch, m, 50)
        : NaN;
    case 'regression-adjusted':
      return (p.predicted?.[self] ?? NaN) + sortedPercentile(scratch, m, 50);
  }
}

/** True for the levels that read an order statistic of the members' values. */
export function isSortedLevel(level: BenchmarkLevel): boolean {
  return (
    level.kind === 'median' ||
    level.kind === 'percentile' ||
    level.kind === 'need-adjusted' ||
    level.kind === 'regression-adjusted'
  );
}

/**
 * levelAt for every municipality whose group is a shared set minus itself, for the sorted
 * levels: each set's values are sorted once, and each municipality's own value is skipped by
 * position (percentileOfSortedWithout) instead of sorting the rest again. The order
 * statistics and the arithmetic are the same as levelAt's, so the numbers are identical.
 */
export function fillFromPools(
  p: PreparedInput,
  pools: { readonly sets: readonly Int32Array[]; readonly of: Int32Array },
  level: BenchmarkLevel,
  out: Float64Array,
): void {
  const n = out.length;
  const pct = level.kind === 'percentile' ? level.p : 50;
  const scratch = new Float64Array(n);
  const inSet = new Uint8Array(n);
  out.fill(NaN);
  for (const [s, set] of pools.sets.entries()) {
    inSet.fill(0);
    let m = 0;
    for (const j of set) {
      const v = memberValue(p, j, level.kind);
      if (Number.isNaN(v)) continue;
      scratch[m++] = v;
      inSet[j] = 1;
    }
    const sorted = scratch.subarray(0, m).sort();
    for (let i = 0; i < n; i++) {
      if (pools.of[i] !== s) continue;
      let skip = -1;
      if (inSet[i] === 1) {
        const own = memberValue(p, i, level.kind);
        skip = lowerBound(sorted, m, own);
        // −0 sorts before +0 but compares equal: skip the copy with the own value's sign.
        while (own === 0 && !Object.is(own, -0) && Object.is(sorted[skip], -0)) skip++;
      }
      const stat = percentileOfSortedWithout(sorted, m, skip, pct);
      if (Number.isNaN(stat)) continue;
      if (level.kind === 'need-adjusted') {
        const e = p.e?.[i] ?? NaN;
        out[i] = e > 0 ? e * stat : NaN;
      } else if (level.kind === 'regression-adjusted') {
        out[i] = (p.predicted?.[i] ?? NaN) + stat;
      } else {
        out[i] = stat;
      }
    }
  }
}

function sortedPercentile(scratch: Float64Array, m: number, pct: number): number {
  const sorted = scratch.subarray(0, m).sort();
  return percentileOfSorted(sorted, pct);
}

function bestOf(values: Float64Array, m: number, highest: boolean): number {
  let best = values[0] ?? NaN;
  for (let t = 1; t < m; t++) {
    const v = values[t] ?? NaN;
    if (highest ? v > best : v < best) best = v;
  }
  return best;
}
