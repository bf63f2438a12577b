import {
  CATALOGUE,
  buildPackage,
  computeBenchmark,
  computeCorridor,
  computePotential,
  isSummable,
  planPackage,
  describeLevelDa,
  levelKey,
  rankAmong,
  type BenchmarkResult,
  type KeyFigure,
  type PackageLevel,
  type PeerGroupSpec,
  type Polarity,
  type Potential,
  type PotentialCorridor,
  type PotentialPackage,
  priceLevelDa,
  samePriceLevel,
  InvalidInputError,
  NotFoundError,
  type Warning,
  type YearKind,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { benchmarkInput } from './benchmark-input.ts';
import { loadEngineData, type EngineData } from './data.ts';
import { deaBenchmarkFromData, type DeaBenchmark } from './dea.ts';
import {
  DEFAULT_PRICE_REQUEST,
  checkPriceRequest,
  figurePrices,
  pricesDocument,
  type FigurePrices,
  type PriceRequest,
  type PricesDocument,
} from './prices.ts';
import { resolveGroup, type ResolvedGroup } from './groups.ts';
import { loadSavedGroup } from './saved-groups.ts';
import {
  conversionWarning,
  distantPeers,
  packageWarnings,
  peerWarnings,
  smallGroup,
} from './warnings.ts';
import { COVERAGE_DENOMINATORS, packageFigures } from './shared-data.ts';

export interface PackageRequest {
  readonly code: string;
  readonly year: number;
  /** A peer-group level, or DEA over all municipalities (`dea:vrs`, …). */
  readonly level: PackageLevel;
  readonly peers: PeerGroupSpec;
  /** The catalogue to build from; the reviewed one by default. */
  readonly catalogue?: readonly KeyFigure[];
  /** The price level; by default the year's own current prices. */
  readonly prices?: PriceRequest;
}

/**
 * Where the municipality stands on one figure among itself and its peer group: 1 = best by the
 * figure's polarity (a neutral figure ranks highest first: rankAmong), ties share the better rank.
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
  /** At the DEA level: θ and the reference set (the peers with λ), whom the figure is compared with. */
  readonly dea?: PackageDeaContext;
}

/** The DEA of one figure of a package at the DEA level (deaBenchmarkFromData). */
export interface PackageDeaContext {
  /** θ (input orientation). */
  readonly efficiency: number;
  /** The reference municipalities: λ > 1e-7, with their unit costs in the package's prices. */
  readonly peers: DeaBenchmark['peers'];
  /** How many municipalities the frontier was drawn over, and who was left out (no value or volume). */
  readonly units: number;
  readonly leftOut: readonly string[];
}

export interface PackageAnswer {
  readonly package: PotentialPackage;
  /** The benchmark level the package was computed at. */
  readonly level: PackageLevel;
  /** By key figure id, for every figure in the package. */
  readonly figures: Readonly<Record<string, PackageFigureContext>>;
  /** The peer group used per theme (nearest groups differ by theme). */
  readonly groups: Readonly<Record<string, ResolvedGroup>>;
  /** Summable cost figures with no values that year: not in the package, and why. */
  readonly withoutData: readonly { readonly keyFigureId: string; readonly reason: string }[];
  /** The level every amount of the package is in. */
  readonly prices: PricesDocument;
  /** True when the asked level could not be reached and the package is shown as published. */
  readonly pricesFellBack: boolean;
  /** Per figure: accounts or budget, and how its amounts were converted. */
  readonly figurePrices: Readonly<Record<string, FigurePrices>>;
  /** The share of the municipality's net operating expenditure the included figures cover. */
  readonly coverage: PackageCoverage;
  /** The year kind of the included money: the main kind and each kind's share. */
  readonly yearKinds: YearKindSummary;
  /** Where the package is fragile (DESIGN.md §3.4c), per figure and for the whole. */
  readonly warnings: readonly Warning[];
}

/** How much of the municipality's spending the package covers (DESIGN.md §3.4a). */
export interface PackageCoverage {
  /** Included money / the denominator; null when the denominator is missing. */
  readonly share: number | null;
  /** Σ c × Q of the included figures, in the package's prices. */
  readonly included: number;
  /** The denominator in kroner: net operating expenditure (or service expenditure). */
  readonly denominator: number | null;
  /** What the denominator is: nettodriftsudgifter, or serviceudgifter when that is missing. */
  readonly denominatorKeyFigureId: string | null;
  readonly denominatorDa: string | null;
  readonly reasonDa: string | null;
}

export interface YearKindSummary {
  /** The kind of most of the included money; null when nothing is included. */
  readonly main: YearKind | null;
  /** Each kind's share of the included money. */
  readonly shares: Readonly<Partial<Record<YearKind, number>>>;
}

export { COVERAGE_DENOMINATORS } from './shared-data.ts';
export const POPULATION = 'indbyggertal';

const plans = new WeakMap<readonly KeyFigure[], ReturnType<typeof planPackage>>();

/**
 * `potentiale package`: the potential of every summable cost figure with data in the year,
 * each against its theme's peer group, summed per theme and in all without overlaps.
 */
export async function computePackageFor(
  db: Queryable,
  request: PackageRequest,
  options: {
    /**
     * The reviewed catalogue's package data of every year, loaded once per data version
     * (sharedPackageData; the server passes it); without it, the request's year is loaded.
     */
    readonly shared?: EngineData;
  } = {},
): Promise<PackageAnswer> {
  const catalogue = request.catalogue ?? CATALOGUE;
  const prices = request.prices ?? DEFAULT_PRICE_REQUEST;
  const data =
    options.shared && catalogue === CATALOGUE
      ? options.shared.withPrices(prices.level)
      : await loadEngineData(db, packageFigures(catalogue), [request.year], prices.level);
  checkPriceRequest(prices, data.indices);
  return packageFromData(data, catalogue, {
    ...request,
    prices,
    peers: await loadSavedGroup(db, request.peers),
  });
}

/**
 * The level a package is computed in: the asked one; or, when it was not asked for by name
 * and some figures cannot reach it (no index for the year), the level that most of the
 * figures can be shown in, so one package never mixes price levels.
 */
export function choosePackageLevel(
  data: EngineData,
  figures: readonly KeyFigure[],
  year: number,
  request: PriceRequest,
): EngineData {
  if (request.explicit) return data;
  // The same for every municipality: chosen once per year and figure set, kept with the data.
  const key = `level|${year}|${figures.map((f) => f.id).join(',')}`;
  return data.memo(key, () => chooseLevel(data, figures, year));
}

function chooseLevel(data: EngineData, figures: readonly KeyFigure[], year: number): EngineData {
  const reachable = (d: EngineData) =>
    figures.filter((f) => {
      const e = d.expressed(f.id, year);
      return e !== undefined && !e.unconverted;
    }).length;
  const candidates = new Map<string, EngineData>([[JSON.stringify(data.prices), data]]);
  for (const f of figures) {
    const published = data.expressed(f.id, year)?.published;
    if (published && !candidates.has(JSON.stringify(published)))
      candidates.set(JSON.stringify(published), data.withPrices(published));
  }
  let best = data;
  let bestCount = reachable(data);
  for (const d of candidates.values()) {
    const n = reachable(d);
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** The package from loaded data (also used by the benchmark over all municipalities). */
export function packageFromData(
  loaded: EngineData,
  catalogue: readonly KeyFigure[],
  request: Omit<PackageRequest, 'catalogue'>,
): PackageAnswer {
  const { code, year } = request;
  const priceRequest = request.prices ?? DEFAULT_PRICE_REQUEST;
  const data = choosePackageLevel(loaded, catalogue.filter(isSummable), year, priceRequest);
  let plan = plans.get(catalogue);
  if (!plan) plans.set(catalogue, (plan = planPackage(catalogue)));
  const groups: Record<string, ResolvedGroup> = {};
  const potentials: Potential[] = [];
  const figures: Record<string, PackageFigureContext> = {};
  const positions = new Map(data.codes.map((c, i) => [c, i]));
  const withoutData: { keyFigureId: string; reason: string }[] = [];
  const pricesOf: Record<string, FigurePrices> = {};
  for (const figure of catalogue.filter(isSummable)) {
    const expressed = data.expressed(figure.id, year);
    const unitCost = data.unitCost(figure.id, year);
    if (!unitCost || !expressed) {
      withoutData.push({ keyFigureId: figure.id, reason: `ingen værdier i ${year}` });
      continue;
    }
    if (expressed.unconverted) {
      // Never summed with amounts of another price level.
      withoutData.push({
        keyFigureId: figure.id,
        reason: `kan ikke vises i pakkens prisniveau (${priceLevelDa(data.prices, year)}): intet pris- og lønindeks for de år, det kræver`,
      });
      continue;
    }
    const level = request.level;
    const dea =
      level.kind === 'dea'
        ? deaBenchmarkFromData(data, { code, keyFigure: figure, year, rts: level.rts })
        : undefined;
    if (dea && 'missing' in dea) {
      withoutData.push({ keyFigureId: figure.id, reason: dea.reasonDa });
      continue;
    }
    pricesOf[figure.id] = figurePrices(expressed);
    const theme = figure.themes[0] ?? 'structure';
    const group = (groups[theme] ??= resolveGroup(data, code, year, request.peers, figure));
    // With the model, as the potential answer builds it: the corridor's regression level
    // needs it (one small OLS per figure; the data are already loaded).
    const input = benchmarkInput(data, figure, year);
    if (level.kind !== 'dea')
      potentials.push(computePotential(computeBenchmark(code, input, group.group, level)));
    else if (dea) potentials.push(deaPotential(dea, figure));
    figures[figure.id] = {
      rank: rankInGroup(code, group.group.members, unitCost, positions, figure.polarity),
      corridor: computeCorridor(code, input, group.group),
      ...(dea
        ? {
            dea: {
              efficiency: dea.efficiency,
              peers: dea.peers,
              units: dea.units,
              leftOut: dea.leftOut,
            },
          }
        : {}),
    };
  }
  if (potentials.length === 0) {
    const byPrice = withoutData.some((w) => w.reason.startsWith('kan ikke vises'));
    if (byPrice)
      throw new InvalidInputError(
        `Ingen nøgletal for ${year} kan vises i ${priceLevelDa(data.prices, year)}: der er intet pris- og lønindeks for de år, det kræver`,
        'prices',
      );
    throw new NotFoundError(`Der er ingen nøgletal med værdier i ${year} at lave en pakke af`);
  }
  const pkg = buildPackage(plan, potentials);
  const outside = new Set(catalogue.filter((k) => k.outsideServiceFrame).map((k) => k.id));
  let serviceMoney = 0;
  for (const f of pkg.figures)
    if (f.status === 'included' && !outside.has(f.keyFigureId)) serviceMoney += f.money ?? 0;
  const coverage = coverageOf(data, code, year, { all: pkg.total.money, service: serviceMoney });
  const yearKinds = yearKindsOf(pkg, pricesOf);
  const fellBack = !samePriceLevel(data.prices, priceRequest.level);
  const warnings: Warning[] = [];
  const seenGroups = new Set<string>();
  for (const [theme, g] of Object.entries(groups)) {
    const key = g.group.members.join(',');
    if (seenGroups.has(key)) continue;
    seenGroups.add(key);
    const figure = catalogue.find((k) => isSummable(k) && (k.themes[0] ?? 'structure') === theme);
    const w = distantPeers(data, code, year, request.peers, figure, g);
    if (w) warnings.push(w);
  }
  warnings.push(
    ...packageWarnings({
      year,
      mainYearKind: yearKinds.main,
      coverage: coverage.share,
      included: pkg.total.included.length,
      prices: data.prices,
      asked: priceRequest.level,
      fellBack,
    }),
  );
  for (const f of pkg.figures) {
    if (f.status === 'not-summable' || f.status === 'aggregate') continue;
    const k = plan.byId.get(f.keyFigureId);
    const g = k ? groups[k.themes[0] ?? 'structure'] : undefined;
    if (k && g) warnings.push(...peerWarnings(data, k, code, year, g));
  }
  const few = smallGroup(
    data,
    code,
    year,
    potentials.flatMap((p) => {
      const k = plan.byId.get(p.keyFigureId);
      const g = k ? groups[k.themes[0] ?? 'structure'] : undefined;
      return k && g ? [{ keyFigure: k, group: g }] : [];
    }),
    null,
  );
  if (few) warnings.push(few);
  // One word for the whole package when its amounts were converted by an index.
  const converted = Object.keys(pricesOf).find((id) => pricesOf[id]?.converted);
  const e = converted === undefined ? undefined : data.expressed(converted, year);
  const w = e && conversionWarning(null, year, e, data.prices);
  if (w) warnings.push(w);
  return {
    package: pkg,
    level: request.level,
    figures,
    groups,
    withoutData,
    prices: pricesDocument(data.prices),
    pricesFellBack: fellBack,
    figurePrices: pricesOf,
    coverage,
    yearKinds,
    warnings,
  };
}

/**
 * A DEA benchmark as a package potential: c* = the target unit cost, and the signed potential
 * the DEA potential (1 − θ)·C + s⁻ itself (= (c − c*)·Q, never negative), so the package shows
 * the very number of `potential --benchmark dea`. Its group is the reference set (the peers
 * with λ), chosen from all municipalities.
 */
function deaPotential(b: DeaBenchmark, k: KeyFigure): Potential {
  const level = { kind: 'dea' as const, rts: b.rts };
  const basis: BenchmarkResult = {
    code: b.code,
    keyFigureId: k.id,
    year: b.year,
    polarity: k.polarity,
    level,
    levelKey: levelKey(level),
    levelNameDa: describeLevelDa(level),
    value: b.benchmark,
    ownValue: b.value,
    ownVolume: b.volume,
    group: {
      kind: 'all',
      nameDa: `DEA-referencekommuner blandt ${b.units} kommuner`,
      members: b.peers.map((p) => p.code),
    },
    used: b.peers.map((p) => ({ code: p.code, unitCost: p.value })),
    // Who had no value or volume is in the figure's DEA context (PackageDeaContext.leftOut).
    leftOut: [],
  };
  return {
    code: b.code,
    keyFigureId: k.id,
    year: b.year,
    levelKey: basis.levelKey,
    unitCost: b.value,
    benchmark: b.benchmark,
    volume: b.volume,
    signed: b.potential,
    positive: Math.max(0, b.potential),
    basis,
  };
}

/**
 * The package's coverage: its included money over the municipality's net operating
 * expenditure; where that is missing, its money inside the service frame over the service
 * expenditure (transfers are not service expenditure).
 */
export function coverageOf(
  data: EngineData,
  code: string,
  year: number,
  money: { readonly all: number; readonly service: number },
): PackageCoverage {
  const i = data.codes.indexOf(code);
  const population = data.unitCost(POPULATION, year)?.[i];
  for (const d of COVERAGE_DENOMINATORS) {
    const e = data.expressed(d.id, year);
    const perInhabitant = data.unitCost(d.id, year)?.[i];
    if (!e || e.unconverted || perInhabitant === undefined || Number.isNaN(perInhabitant)) continue;
    if (population === undefined || Number.isNaN(population)) break;
    const denominator = perInhabitant * population;
    const included = d.id === 'serviceudgifter-pr-indb' ? money.service : money.all;
    return {
      share: denominator > 0 ? included / denominator : null,
      included,
      denominator,
      denominatorKeyFigureId: d.id,
      denominatorDa: d.da,
      reasonDa: null,
    };
  }
  return {
    share: null,
    included: money.all,
    denominator: null,
    denominatorKeyFigureId: null,
    denominatorDa: null,
    reasonDa: `Dækningsgraden kan ikke beregnes: hverken nettodrifts- eller serviceudgifter pr. indbygger findes for ${year} i pakkens prisniveau`,
  };
}

function yearKindsOf(
  pkg: PotentialPackage,
  pricesOf: Readonly<Record<string, FigurePrices>>,
): YearKindSummary {
  const money = new Map<YearKind, number>();
  let total = 0;
  for (const f of pkg.figures) {
    if (f.status !== 'included') continue;
    const kind = pricesOf[f.keyFigureId]?.yearKind ?? 'accounts';
    const c = Math.abs(f.money ?? 0);
    money.set(kind, (money.get(kind) ?? 0) + c);
    total += c;
  }
  const shares: Partial<Record<YearKind, number>> = {};
  for (const [k, v] of money) shares[k] = total > 0 ? v / total : 0;
  const main = [...money.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { main, shares };
}

/**
 * The rank of `code` among itself and `members` on one figure, by the core's one ranking rule
 * (rankAmong: 1 = first by the polarity, a neutral figure highest first; ties share the better
 * rank). Values are read from `values` at each code's position (NaN = missing; members without a
 * value are not ranked). A repeated member, the municipality itself among the members or an
 * unknown code counts at most once. The rank is null when the municipality's own value is
 * missing; `of` then counts only the members with a value.
 * @example rankInGroup('766', ['101'], Float64Array.of(5, 3), new Map([['101', 0], ['766', 1]]), 'lower-is-better') // { rank: 1, of: 2 }
 */
export function rankInGroup(
  code: string,
  members: readonly string[],
  values: ArrayLike<number>,
  positions: ReadonlyMap<string, number>,
  polarity: Polarity,
): GroupRank {
  const valueOf = (c: string): number | null => {
    const i = positions.get(c);
    return i === undefined ? null : (values[i] ?? null);
  };
  const others = new Set(members);
  others.delete(code);
  return rankAmong(valueOf(code), [...others].map(valueOf), polarity);
}
