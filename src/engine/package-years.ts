import {
  CATALOGUE,
  chooseFamilies,
  indexYears,
  isAggregate,
  isSummable,
  planPackage,
  yearKindPriority,
  type KeyFigure,
  type PackagePlan,
  type YearKind,
} from '../core/index.ts';
import { dataVersion, loadPriceIndices, type Queryable } from '../db/index.ts';
import { loadEngineData, type EngineData } from './data.ts';
import { choosePackageLevel, coverageOf } from './package.ts';
import { packageFigures, sharedPackageData } from './shared-data.ts';
import {
  DEFAULT_PRICE_REQUEST,
  pricesDocument,
  type PriceRequest,
  type PricesDocument,
} from './prices.ts';

/** What one year's package for a municipality would hold, for the year picker. */
export interface PackageYear {
  readonly year: number;
  /** How many figures the package would sum. */
  readonly figures: number;
  /** The share of net operating (or service) expenditure they cover; null when unknown. */
  readonly coverage: number | null;
  readonly denominatorKeyFigureId: string | null;
  /** The kind of most of the money; null when nothing is summed. */
  readonly yearKind: YearKind | null;
  readonly prices: PricesDocument;
  /** Below 25 % coverage the year is not comparable as a whole. */
  readonly comparable: boolean;
  /** Mainly accounts and at least half covered: a year a package can default to. */
  readonly eligibleAsDefault: boolean;
}

/** The share of net operating expenditure a default year must cover. */
export const DEFAULT_YEAR_COVERAGE = 0.5;
const COMPARABLE_COVERAGE = 0.25;

const cache = new WeakMap<Queryable, Map<string, Promise<PackageYear[]>>>();
const plans = new WeakMap<readonly KeyFigure[], PackagePlan>();

/**
 * Per year with data: how many figures a municipality's package would sum, the coverage and
 * the year kind. Which figures a package sums depends only on the municipality's own money
 * (C = c × Q, DESIGN.md §3.4a), not on the benchmark, so this needs no peers. Cached per data
 * version.
 */
export async function packageYears(
  db: Queryable,
  code: string,
  catalogue: readonly KeyFigure[] = CATALOGUE,
): Promise<PackageYear[]> {
  const version = await dataVersion(db);
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  const key = `${version}|${code}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const result = compute(db, version, code, catalogue);
  if (byKey.size > 200) byKey.clear();
  byKey.set(key, result);
  result.catch(() => byKey.delete(key));
  return result;
}

async function compute(
  db: Queryable,
  version: string,
  code: string,
  catalogue: readonly KeyFigure[],
): Promise<PackageYear[]> {
  const summable = catalogue.filter(isSummable);
  // Every year of every summable figure, loaded once per data version and shared by all
  // municipalities (the summaries themselves take milliseconds).
  const data =
    catalogue === CATALOGUE
      ? await sharedPackageData(db, version)
      : await loadEngineData(db, packageFigures(catalogue), undefined, DEFAULT_PRICE_REQUEST.level);
  let plan = plans.get(catalogue);
  if (!plan) plans.set(catalogue, (plan = planPackage(catalogue)));
  const years = [...new Set(summable.flatMap((k) => data.years(k.id)))].sort((a, b) => a - b);
  return years.map((year) => yearSummary(data, plan, summable, code, year));
}

function yearSummary(
  loaded: EngineData,
  plan: PackagePlan,
  summable: readonly KeyFigure[],
  code: string,
  year: number,
): PackageYear {
  const data = choosePackageLevel(loaded, summable, year, DEFAULT_PRICE_REQUEST);
  const i = data.codes.indexOf(code);
  const money = new Float64Array(plan.order.length);
  const kinds = new Map<number, YearKind>();
  const available: number[] = [];
  for (const k of summable) {
    const r = plan.rank.get(k.id);
    if (r === undefined || isAggregate(k)) continue;
    const e = data.expressed(k.id, year);
    if (!e || e.unconverted) continue;
    const c = data.unitCost(k.id, year)?.[i];
    const q = data.volume(k, year)?.[i];
    if (c === undefined || q === undefined || Number.isNaN(c) || Number.isNaN(q)) continue;
    money[r] = Math.abs(c * q);
    kinds.set(r, e.variant.yearKind);
    available.push(r);
  }
  const chosen = chooseFamilies(plan, available, money).flatMap((f) => f.chosen);
  let included = 0;
  let service = 0;
  const outside = new Set(summable.filter((k) => k.outsideServiceFrame).map((k) => k.id));
  const byKind = new Map<YearKind, number>();
  for (const r of chosen) {
    included += money[r] ?? 0;
    if (!outside.has(plan.order[r] ?? '')) service += money[r] ?? 0;
    const kind = kinds.get(r) ?? 'accounts';
    byKind.set(kind, (byKind.get(kind) ?? 0) + (money[r] ?? 0));
  }
  const yearKind =
    [...byKind.entries()].sort(
      (a, b) => b[1] - a[1] || yearKindPriority(a[0]) - yearKindPriority(b[0]),
    )[0]?.[0] ?? null;
  const c = coverageOf(data, code, year, { all: included, service });
  const coverage = c.share;
  const denominatorKeyFigureId = c.denominatorKeyFigureId;
  const accountsShare = included > 0 ? (byKind.get('accounts') ?? 0) / included : 0;
  return {
    year,
    figures: chosen.length,
    coverage,
    denominatorKeyFigureId,
    yearKind,
    prices: pricesDocument(data.prices),
    comparable: coverage !== null && coverage >= COMPARABLE_COVERAGE,
    eligibleAsDefault:
      accountsShare > 0.5 && coverage !== null && coverage >= DEFAULT_YEAR_COVERAGE,
  };
}

/**
 * The year a package defaults to (DESIGN.md §3.4b): the newest year in which it is mainly
 * accounts and covers at least half of the net operating expenditure; else the newest year
 * with any figures. Undefined when there are no data.
 */
export function defaultPackageYear(years: readonly PackageYear[]): number | undefined {
  const eligible = years.filter((y) => y.eligibleAsDefault);
  return (eligible[eligible.length - 1] ?? years.filter((y) => y.figures > 0).at(-1))?.year;
}

/**
 * The default year for a package asked in `prices`: as defaultPackageYear, among the years the
 * asked level can be reached in (an index year, or a year published in that level).
 */
export async function defaultYearFor(
  db: Queryable,
  code: string,
  prices?: PriceRequest,
): Promise<number | undefined> {
  const years = await packageYears(db, code);
  if (!prices?.explicit) return defaultPackageYear(years);
  const covered = new Set(indexYears(await loadPriceIndices(db), ''));
  const level = prices.level;
  const reachable = (y: PackageYear): boolean =>
    (covered.has(y.year) && (level.basis === 'current' || covered.has(level.year))) ||
    (level.basis === 'current' ? y.prices.basis === 'current' : y.prices.year === level.year);
  return defaultPackageYear(years.filter(reachable));
}
