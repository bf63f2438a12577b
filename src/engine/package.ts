import {
  CATALOGUE,
  buildPackage,
  computeBenchmark,
  computePotential,
  isSummable,
  planPackage,
  type BenchmarkLevel,
  type KeyFigure,
  type PeerGroupSpec,
  type Potential,
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

export interface PackageAnswer {
  readonly package: PotentialPackage;
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
  const withoutData: { keyFigureId: string; reason: string }[] = [];
  for (const figure of catalogue.filter(isSummable)) {
    if (!data.unitCost(figure.id, year)) {
      withoutData.push({ keyFigureId: figure.id, reason: `ingen værdier i ${year}` });
      continue;
    }
    const theme = figure.themes[0] ?? 'structure';
    const group = (groups[theme] ??= resolveGroup(data, code, year, request.peers, figure));
    const input = benchmarkInput(data, figure, year, {
      model: request.level.kind === 'regression-adjusted',
    });
    potentials.push(computePotential(computeBenchmark(code, input, group.group, request.level)));
  }
  return { package: buildPackage(plan, potentials), groups, withoutData };
}
