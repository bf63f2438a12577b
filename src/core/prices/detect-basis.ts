import { median } from '../stats/index.ts';
import { fixedPrices, samePriceLevel, CURRENT_PRICES, type PriceLevel } from './price-level.ts';

/** One value in a new file and the stored (or other file's) value of the same cell. */
export interface OverlapPair {
  readonly year: number;
  /** The new file's value. */
  readonly a: number;
  /** The reference value: same figure, municipality, year and year kind (accounts). */
  readonly b: number;
}

/** Per year: the factor common to the municipalities, and how many agree with it. */
export interface YearFactor {
  readonly year: number;
  readonly factor: number;
  readonly pairs: number;
  readonly agreeing: number;
  readonly min: number;
  readonly max: number;
}

/** What the overlap says about the new file's prices relative to the reference's. */
export type PriceRelation =
  | { readonly kind: 'same'; readonly years: readonly YearFactor[] }
  | {
      readonly kind: 'a-fixed-b-current';
      readonly baseYear: number;
      readonly years: readonly YearFactor[];
    }
  | {
      readonly kind: 'a-current-b-fixed';
      readonly baseYear: number;
      readonly years: readonly YearFactor[];
    }
  | {
      readonly kind: 'inconclusive';
      readonly reasonDa: string;
      readonly years: readonly YearFactor[];
    };

/** A year's factor is common when this share of the municipalities agree with it. */
const AGREEMENT = 0.9;
/** At least this many municipalities in a year, and this many years, to judge. */
const MIN_PAIRS = 10;
const MIN_YEARS = 3;
/** Factors this close to 1 mean "the same prices". */
const SAME = 5e-4;

/**
 * The factor common to all municipalities in each year: the median of a/b, and how many cells
 * agree with it within rounding (|a − f·b| ≤ 1 + 5·10⁻⁴·|a|: published amounts are rounded to
 * whole kroner). A revision changes single municipalities; a price conversion changes all of
 * them by the same factor.
 */
export function yearFactors(pairs: readonly OverlapPair[]): YearFactor[] {
  const byYear = new Map<number, OverlapPair[]>();
  for (const p of pairs) {
    if (!(p.b !== 0 && Number.isFinite(p.a) && Number.isFinite(p.b))) continue;
    const list = byYear.get(p.year) ?? [];
    list.push(p);
    byYear.set(p.year, list);
  }
  return [...byYear.entries()]
    .sort(([x], [y]) => x - y)
    .map(([year, list]) => {
      const ratios = list.map((p) => p.a / p.b);
      const factor = median(ratios);
      const agreeing = list.filter(
        (p) => Math.abs(p.a - factor * p.b) <= 1 + SAME * Math.abs(p.a),
      ).length;
      return {
        year,
        factor,
        pairs: list.length,
        agreeing,
        min: Math.min(...ratios),
        max: Math.max(...ratios),
      };
    });
}

/**
 * Reads the price relation between a new file (a) and reference values (b) of the same cells:
 * the same prices (every common factor ≈ 1); a in fixed prices of the year where the factor
 * is 1 and b in current prices (the factor falls over time: fixed 2010 kroner are worth more
 * than 1993 kroner, less than 2018 kroner); or the reverse. Anything else is inconclusive.
 * @example detectPriceRelation(pairs).kind // 'a-fixed-b-current' for full_noegletal vs a newer export
 */
export function detectPriceRelation(pairs: readonly OverlapPair[]): PriceRelation {
  const all = yearFactors(pairs);
  const years = all.filter((y) => y.pairs >= MIN_PAIRS);
  if (years.length === 0)
    return {
      kind: 'inconclusive',
      reasonDa: 'ingen overlappende beløb at sammenligne med',
      years: all,
    };
  const common = years.filter((y) => y.agreeing >= AGREEMENT * y.pairs);
  if (common.length < Math.min(MIN_YEARS, years.length) || common.length < 0.5 * years.length) {
    return {
      kind: 'inconclusive',
      reasonDa: `beløbene afviger fra de gemte kommune for kommune, ikke med en fælles faktor pr. år (${common.length} af ${years.length} år har en fælles faktor)`,
      years: all,
    };
  }
  if (common.every((y) => Math.abs(y.factor - 1) <= SAME)) return { kind: 'same', years: all };
  const base = common.find((y) => Math.abs(y.factor - 1) <= SAME);
  if (common.length < MIN_YEARS || base === undefined) {
    return {
      kind: 'inconclusive',
      reasonDa:
        base === undefined
          ? 'beløbene er omregnet med en fælles faktor, men intet år har faktor 1, så basisåret kan ikke aflæses'
          : `for få år med en fælles faktor (${common.length})`,
      years: all,
    };
  }
  const first = common[0] as YearFactor;
  const last = common[common.length - 1] as YearFactor;
  const falling = last.factor < first.factor;
  const monotone = common.every((y, i) => {
    const prev = common[i - 1];
    return (
      prev === undefined ||
      (falling ? y.factor <= prev.factor + SAME : y.factor >= prev.factor - SAME)
    );
  });
  if (!monotone) {
    return {
      kind: 'inconclusive',
      reasonDa: 'faktoren pr. år stiger og falder, så den er ikke et prisindeks',
      years: all,
    };
  }
  return falling
    ? { kind: 'a-fixed-b-current', baseYear: base.year, years: all }
    : { kind: 'a-current-b-fixed', baseYear: base.year, years: all };
}

/**
 * The new file's price level, given the reference's and the relation between them; undefined
 * when they contradict each other (e.g. the reference is fixed but the relation says current).
 */
export function basisFromRelation(
  relation: PriceRelation,
  reference: PriceLevel,
): PriceLevel | undefined {
  switch (relation.kind) {
    case 'same':
      return reference;
    case 'a-fixed-b-current':
      return reference.basis === 'current' ? fixedPrices(relation.baseYear) : undefined;
    case 'a-current-b-fixed':
      return samePriceLevel(reference, fixedPrices(relation.baseYear)) ? CURRENT_PRICES : undefined;
    case 'inconclusive':
      return undefined;
  }
}

/** Both files' levels when neither was known: only a relation between two bases says so. */
export function basesFromRelation(
  relation: PriceRelation,
): { readonly a: PriceLevel; readonly b: PriceLevel } | undefined {
  if (relation.kind === 'a-fixed-b-current')
    return { a: fixedPrices(relation.baseYear), b: CURRENT_PRICES };
  if (relation.kind === 'a-current-b-fixed')
    return { a: CURRENT_PRICES, b: fixedPrices(relation.baseYear) };
  return undefined;
}
