import {
  CATALOGUE,
  buildPackage,
  computeBenchmark,
  computeCorridor,
  computePotential,
  isSummable,
  planPackage,
  type BenchmarkLevel,
  type KeyFigure,
  type PeerGroupSpec,
  type Polarity,
  type Potential,
  type PotentialCorridor,
  type PotentialPackage,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { benchmarkInput } from './benchmark-input.ts';
import { loadEngineData, type EngineData } from './data.ts';
import { resolveGroup, type ResolvedGroup } from './groups.ts';
import { loadSavedGroup } from './saved-groups.ts';

export interface PackageRequest {
  readonly code: string;
  readonly year: number;
  readonly level: BenchmarkLevel;
  readonly peers: PeerGroupSpec;
  /** The catalogue to build from; the reviewed one by default. */
  readonly catalogue?: readonly KeyFigure[];
}

/**
 * Where the municipality stands on one figure among itself and its peer group: 1 = best by the
 * figure's polarity (a neutral figure ranks lowest first), ties share the better rank.
 */
export interface GroupRank {
  /** Null when the municipality's own value is missing. */
  readonly rank: number | null;
  /** How many were ranked: the municipality (when it has a value) and the members with one. */
  readonly of: number;
}

/** Per figure: the rank in the peer group and the corridor of potentials across levels. */
export interface PackageFigureContext {
  readonly rank: GroupRank;
  /** computeCorridor over the same input and group as the figure's potential. */
  readonly corridor: PotentialCorridor;
}

export interface PackageAnswer {
  readonly package: PotentialPackage;
  /** The benchmark level the package was computed at. */
  readonly level: BenchmarkLevel;
  /** By key figure id, for every figure in the package. */
  readonly figures: Readonly<Record<string, PackageFigureContext>>;
  /** The peer group used per theme (nearest groups differ by theme). */
  readonly groups: Readonly<Record<string, ResolvedGroup>>;
  /** Summable cost figures with no values that year: not in the package, and why. */
  readonly withoutData: readonly { readonly keyFigureId: string; readonly reason: string }[];
}

const plans = new WeakMap<readonly KeyFigure[], ReturnType<typeof planPackage>>();

/**
 * `potentiale package`: the potential of every summable cost figure with data in the year,
 * each against its theme's peer group, summed per theme and in all without overlaps.
 */
export async function computePackageFor(
  db: Queryable,
  request: PackageRequest,
): Promise<PackageAnswer> {
  const catalogue = request.catalogue ?? CATALOGUE;
  const figures = catalogue.filter(isSummable);
  const data = await loadEngineData(db, figures, [request.year]);
  return packageFromData(data, catalogue, {
    ...request,
    peers: await loadSavedGroup(db, request.peers),
  });
}

/** The package from loaded data (also used by the benchmark over all municipalities). */
export function packageFromData(
  data: EngineData,
  catalogue: readonly KeyFigure[],
  request: Omit<PackageRequest, 'catalogue'>,
): PackageAnswer {
  const { code, year } = request;
  let plan = plans.get(catalogue);
  if (!plan) plans.set(catalogue, (plan = planPackage(catalogue)));
  const groups: Record<string, ResolvedGroup> = {};
  const potentials: Potential[] = [];
  const figures: Record<string, PackageFigureContext> = {};
  const positions = new Map(data.codes.map((c, i) => [c, i]));
  const withoutData: { keyFigureId: string; reason: string }[] = [];
  for (const figure of catalogue.filter(isSummable)) {
    const unitCost = data.unitCost(figure.id, year);
    if (!unitCost) {
      withoutData.push({ keyFigureId: figure.id, reason: `ingen værdier i ${year}` });
      continue;
    }
    const theme = figure.themes[0] ?? 'structure';
    const group = (groups[theme] ??= resolveGroup(data, code, year, request.peers, figure));
    // With the model, as the potential answer builds it: the corridor's regression level
    // needs it (one small OLS per figure; the data are already loaded).
    const input = benchmarkInput(data, figure, year);
    potentials.push(computePotential(computeBenchmark(code, input, group.group, request.level)));
    figures[figure.id] = {
      rank: rankInGroup(code, group.group.members, unitCost, positions, figure.polarity),
      corridor: computeCorridor(code, input, group.group),
    };
  }
  return {
    package: buildPackage(plan, potentials),
    level: request.level,
    figures,
    groups,
    withoutData,
  };
}

/**
 * The rank of `code` among itself and `members` on one figure: values are read from `values`
 * at each code's position (NaN = missing; members without a value are not ranked). 1 = best:
 * lowest for lower-is-better, highest for higher-is-better, and lowest first for a neutral
 * figure (an order, not a judgement). Ties share the better rank (1 + how many are strictly
 * better). The rank is null when the municipality's own value is missing; `of` then counts
 * only the members with a value.
 * @example rankInGroup('766', ['101'], Float64Array.of(5, 3), new Map([['101', 0], ['766', 1]]), 'lower-is-better') // { rank: 1, of: 2 }
 */
export function rankInGroup(
  code: string,
  members: readonly string[],
  values: ArrayLike<number>,
  positions: ReadonlyMap<string, number>,
  polarity: Polarity,
): GroupRank {
  const valueOf = (c: string): number => {
    const i = positions.get(c);
    return i === undefined ? Number.NaN : (values[i] ?? Number.NaN);
  };
  const own = valueOf(code);
  const higherIsBetter = polarity === 'higher-is-better';
  let of = Number.isNaN(own) ? 0 : 1;
  let better = 0;
  const seen = new Set<string>([code]);
  for (const m of members) {
    if (seen.has(m)) continue;
    seen.add(m);
    const v = valueOf(m);
    if (Number.isNaN(v)) continue;
    of++;
    if (higherIsBetter ? v > own : v < own) better++;
  }
  return { rank: Number.isNaN(own) ? null : better + 1, of };
}
