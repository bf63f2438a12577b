import { InvalidInputError } from '../diagnostics/index.ts';
import type { Polarity } from '../key-figures/index.ts';
import { compareCodes, type PeerGroup, type PeerGroups } from '../peers/index.ts';
import { percentileOfSorted } from '../stats/index.ts';
import {
  fillFromPools,
  isSortedLevel,
  levelAt,
  memberValue,
  prepareInput,
  type BenchmarkInput,
  type PreparedInput,
} from './kernel.ts';
import { describeLevelDa, levelKey, type BenchmarkLevel, type PackageLevel } from './level.ts';

/** A peer's values that went into a benchmark. */
export interface UsedValue {
  readonly code: string;
  /** c_j. */
  readonly unitCost: number;
  /** Q_j (ratio of sums). */
  readonly volume?: number;
  /** E_j and c_j / E_j (need-adjusted). */
  readonly need?: number;
  readonly ratio?: number;
  /** ŷ_j and c_j − ŷ_j (regression-adjusted). */
  readonly predicted?: number;
  readonly residual?: number;
}

/** Why a peer's value was left out of a benchmark. */
export type LeftOutReason =
  'missing-unit-cost' | 'missing-volume' | 'missing-need' | 'not-in-regression';

/** Why no benchmark could be computed. */
export type UnavailableReason =
  | 'empty-group'
  | 'no-values'
  | 'zero-volume'
  | 'own-need-missing'
  | 'own-prediction-missing'
  | 'chosen-missing'
  | 'chosen-is-self';

/** A benchmark with everything it was computed from, so the number can be explained. */
export interface BenchmarkResult {
  readonly code: string;
  readonly keyFigureId: string;
  readonly year: number;
  readonly polarity: Polarity;
  /** DEA only in a package at the DEA level (the engine builds that result, not this module). */
  readonly level: PackageLevel;
  readonly levelKey: string;
  readonly levelNameDa: string;
  /** c*, in the key figure's unit; null when it cannot be computed (see `unavailable`). */
  readonly value: number | null;
  readonly unavailable?: { readonly reason: UnavailableReason; readonly messageDa: string };
  /** c_i and Q_i of the municipality itself (null when missing or not given). */
  readonly ownValue: number | null;
  readonly ownVolume: number | null;
  readonly group: {
    readonly kind: PeerGroup['kind'];
    readonly nameDa: string;
    readonly members: readonly string[];
  };
  /** The values used, in group order (for "municipality": the chosen one). */
  readonly used: readonly UsedValue[];
  readonly leftOut: readonly { readonly code: string; readonly reason: LeftOutReason }[];
  /** The municipality that sets the level: the best one (ties: lower code) or the chosen one. */
  readonly referenceCode?: string;
  /** E_i (need-adjusted) or ŷ_i (regression-adjusted). */
  readonly ownNeed?: number;
  readonly ownPredicted?: number;
  /** The median of c_j/E_j (need-adjusted) or of the residuals (regression-adjusted). */
  readonly groupMedian?: number;
}

/**
 * The benchmark c* of one municipality over its peer group, explained: which peers' values
 * were used, which were left out and why (missing unit cost, volume, need, or not in the
 * regression), and for the adjusted levels E_i or ŷ_i and the group median they start from.
 * Missing values are left out, never imputed; when nothing is left, `value` is null with a
 * reason. The number equals computeBenchmarks' for the same municipality, bit for bit.
 * Throws InvalidInputError for a group of another municipality, unknown codes, mismatched
 * lengths, a column the level needs but lacks, or bad level parameters.
 * @example computeBenchmark('766', input, group, { kind: 'median' }).value // kr. per 67+-årig
 */
export function computeBenchmark(
  code: string,
  input: BenchmarkInput,
  group: PeerGroup,
  level: BenchmarkLevel,
): BenchmarkResult {
  const p = prepareInput(input, level);
  if (group.code !== code) {
    throw new InvalidInputError(`Gruppen er for kommune ${group.code}, ikke ${code}`, 'group');
  }
  const self = positionIn(p, code);
  const members = Int32Array.from(group.members, (c) => positionIn(p, c));
  const chosen = level.kind === 'municipality' ? positionIn(p, level.code) : -1;
  const scratch = new Float64Array(members.length);
  const raw = levelAt(p, self, members, level, chosen, scratch);
  const value = Number.isFinite(raw) ? raw : null;

  const used: UsedValue[] = [];
  const leftOut: BenchmarkResult['leftOut'][number][] = [];
  if (level.kind === 'municipality') {
    if (chosen !== self && !Number.isNaN(p.c[chosen] ?? NaN))
      used.push(usedValue(p, chosen, level));
  } else {
    for (const j of members) {
      if (j === self) continue;
      if (Number.isNaN(memberValue(p, j, level.kind))) {
        leftOut.push({ code: input.codes[j] ?? '', reason: leftOutReason(p, j, level) });
      } else {
        used.push(usedValue(p, j, level));
      }
    }
  }

  const own = (column: Float64Array | undefined): number | null => {
    const v = column?.[self] ?? NaN;
    return Number.isFinite(v) ? v : null;
  };
  const reason =
    value === null ? unavailableReason(p, self, level, members.length, used, chosen) : undefined;
  const extra = adjustmentOf(p, self, level, used);
  return {
    code,
    keyFigureId: input.keyFigureId,
    year: input.year,
    polarity: input.polarity,
    level,
    levelKey: levelKey(level),
    levelNameDa: describeLevelDa(level),
    value,
    ...(reason === undefined ? {} : { unavailable: { reason, messageDa: UNAVAILABLE_DA[reason] } }),
    ownValue: own(p.c),
    ownVolume: own(p.q),
    group: { kind: group.kind, nameDa: group.nameDa, members: group.members },
    used,
    leftOut,
    ...referenceOf(level, used, value),
    ...extra,
  };
}

/**
 * The benchmark of every municipality at once, for one key figure, year and level: a
 * Float64Array aligned with `input.codes`, NaN where no benchmark can be computed. Reuses one
 * scratch buffer and the precomputed group positions, so nothing is allocated per
 * municipality; for groups that share a set (all, region, landsdel, list) the percentile
 * levels sort each set once. Same rules and numbers as computeBenchmark, bit for bit.
 * Throws InvalidInputError as computeBenchmark does, and when the groups were built on
 * another code list.
 * @example computeBenchmarks(input, buildPeerGroups({ kind: 'nearest' }, ctx), { kind: 'median' })
 */
export function computeBenchmarks(
  input: BenchmarkInput,
  groups: PeerGroups,
  level: BenchmarkLevel,
): Float64Array {
  const p = prepareInput(input, level);
  const n = input.codes.length;
  if (groups.codes.length !== n || groups.codes.some((c, i) => c !== input.codes[i])) {
    throw new InvalidInputError('Grupperne er dannet på en anden kommuneliste end input', 'groups');
  }
  const out = new Float64Array(n);
  if (groups.pools !== undefined && isSortedLevel(level)) {
    fillFromPools(p, groups.pools, level, out);
    return out;
  }
  const chosen = level.kind === 'municipality' ? positionIn(p, level.code) : -1;
  let longest = 0;
  for (const m of groups.members) longest = Math.max(longest, m.length);
  const scratch = new Float64Array(longest);
  for (let i = 0; i < n; i++) {
    out[i] = levelAt(p, i, groups.members[i] ?? EMPTY, level, chosen, scratch);
  }
  return out;
}

const EMPTY = new Int32Array(0);

const UNAVAILABLE_DA: Readonly<Record<UnavailableReason, string>> = {
  'empty-group': 'Sammenligningsgruppen er tom',
  'no-values': 'Ingen af sammenligningskommunerne har en værdi',
  'zero-volume': 'Sammenligningskommunernes samlede volumen er 0',
  'own-need-missing': 'Kommunens eget udgiftsbehov mangler eller er 0',
  'own-prediction-missing': 'Kommunen mangler rammevilkår til regressionen',
  'chosen-missing': 'Den valgte kommune har ingen værdi',
  'chosen-is-self': 'Den valgte kommune er kommunen selv',
};

function positionIn(p: PreparedInput, code: string): number {
  const i = p.positions.get(code);
  if (i === undefined) throw new InvalidInputError(`Ukendt kommunekode ${code}`, 'code');
  return i;
}

function leftOutReason(p: PreparedInput, j: number, level: BenchmarkLevel): LeftOutReason {
  if (Number.isNaN(p.c[j] ?? NaN)) return 'missing-unit-cost';
  if (level.kind === 'ratio-of-sums') return 'missing-volume';
  if (level.kind === 'need-adjusted') return 'missing-need';
  return 'not-in-regression';
}

function usedValue(p: PreparedInput, j: number, level: BenchmarkLevel): UsedValue {
  const code = p.input.codes[j] ?? '';
  const unitCost = p.c[j] ?? NaN;
  switch (level.kind) {
    case 'ratio-of-sums':
      return { code, unitCost, volume: p.q?.[j] ?? NaN };
    case 'need-adjusted':
      return { code, unitCost, need: p.e?.[j] ?? NaN, ratio: memberValue(p, j, level.kind) };
    case 'regression-adjusted':
      return {
        code,
        unitCost,
        predicted: p.predicted?.[j] ?? NaN,
        residual: p.residual?.[j] ?? NaN,
      };
    default:
      return { code, unitCost };
  }
}

function unavailableReason(
  p: PreparedInput,
  self: number,
  level: BenchmarkLevel,
  groupSize: number,
  used: readonly UsedValue[],
  chosen: number,
): UnavailableReason {
  if (level.kind === 'municipality') return chosen === self ? 'chosen-is-self' : 'chosen-missing';
  if (level.kind === 'need-adjusted' && !((p.e?.[self] ?? NaN) > 0)) return 'own-need-missing';
  if (level.kind === 'regression-adjusted' && Number.isNaN(p.predicted?.[self] ?? NaN)) {
    return 'own-prediction-missing';
  }
  if (groupSize === 0) return 'empty-group';
  if (used.length === 0) return 'no-values';
  return 'zero-volume';
}

function referenceOf(
  level: BenchmarkLevel,
  used: readonly UsedValue[],
  value: number | null,
): { referenceCode?: string } {
  if (value === null) return {};
  if (level.kind === 'municipality') return { referenceCode: level.code };
  if (level.kind !== 'best') return {};
  const ties = used.filter((u) => u.unitCost === value).map((u) => u.code);
  const first = ties.sort(compareCodes)[0];
  return first === undefined ? {} : { referenceCode: first };
}

function adjustmentOf(
  p: PreparedInput,
  self: number,
  level: BenchmarkLevel,
  used: readonly UsedValue[],
): Pick<BenchmarkResult, 'ownNeed' | 'ownPredicted' | 'groupMedian'> {
  if (level.kind !== 'need-adjusted' && level.kind !== 'regression-adjusted') return {};
  const need = level.kind === 'need-adjusted';
  const sorted = Float64Array.from(used, (u) => (need ? u.ratio : u.residual) ?? NaN).sort();
  const median = percentileOfSorted(sorted, 50);
  const own = (need ? p.e : p.predicted)?.[self] ?? NaN;
  return {
    ...(Number.isFinite(own) ? (need ? { ownNeed: own } : { ownPredicted: own }) : {}),
    ...(Number.isFinite(median) ? { groupMedian: median } : {}),
  };
}
