import { InvalidInputError } from '../diagnostics/index.ts';
import type { PriceLevel } from './price-level.ts';

/** Where a price index came from. */
export type PriceIndexSource = 'derived' | 'imported' | 'statbank';

/**
 * A pris- og lønindeks as data (DESIGN.md §3.4b): the price level of each year relative to a
 * base year (value 1 in `baseYear`), from one source. `keyFigureId` is set when the factors
 * are specific to one figure; the general index has none.
 */
export interface PriceIndex {
  readonly source: PriceIndexSource;
  readonly keyFigureId: string | null;
  readonly baseYear: number;
  /** Index value per year, base year = 1. */
  readonly values: ReadonlyMap<number, number>;
}

/** Which sources are trusted first when several indices hold the years asked for. */
const SOURCE_ORDER: readonly PriceIndexSource[] = ['imported', 'statbank', 'derived'];

/**
 * The factor that takes an amount published in `from` prices for `year` to `to` prices: 1 when
 * the levels are the same, otherwise the ratio of index values. Undefined when the index lacks
 * a year it needs (the amount must then stay in the level it was published in).
 * @example conversionFactor(idx, 2018, fixedPrices(2010), CURRENT_PRICES) // 1 / 0.8904
 */
export function conversionFactor(
  index: PriceIndex,
  year: number,
  from: PriceLevel,
  to: PriceLevel,
): number | undefined {
  const levelYear = (l: PriceLevel): number => (l.basis === 'current' ? year : l.year);
  const a = levelYear(from);
  const b = levelYear(to);
  if (a === b) return 1;
  const ia = index.values.get(a);
  const ib = index.values.get(b);
  if (ia === undefined || ib === undefined) return undefined;
  return ib / ia;
}

/**
 * Chooses the index to convert a figure's amounts with: a figure-specific index first, then the
 * general one, each by source (imported, fetched, derived), the first that has both years.
 */
export function chooseIndex(
  indices: readonly PriceIndex[],
  keyFigureId: string,
  years: readonly number[],
): PriceIndex | undefined {
  const has = (i: PriceIndex) => years.every((y) => i.values.has(y));
  const ranked = [...indices].sort(
    (x, y) =>
      Number(x.keyFigureId === null) - Number(y.keyFigureId === null) ||
      SOURCE_ORDER.indexOf(x.source) - SOURCE_ORDER.indexOf(y.source),
  );
  return ranked.find((i) => (i.keyFigureId === null || i.keyFigureId === keyFigureId) && has(i));
}

/** One line of a price index file: `year;index;base`. */
export interface PriceIndexRow {
  readonly year: number;
  readonly value: number;
}

/**
 * Checks a price index's rows: positive values, no gaps between the first and last year, no
 * year twice. Throws InvalidInputError naming the year (the importer maps it to the line).
 */
export function validatePriceIndexRows(rows: readonly PriceIndexRow[]): void {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  for (const [i, r] of sorted.entries()) {
    if (!(r.value > 0) || !Number.isFinite(r.value))
      throw new InvalidInputError(
        `Prisindekset for ${r.year} er ikke positivt: ${r.value}`,
        String(r.year),
      );
    const prev = sorted[i - 1];
    if (prev && prev.year === r.year)
      throw new InvalidInputError(`Året ${r.year} står to gange i prisindekset`, String(r.year));
    if (prev && r.year !== prev.year + 1)
      throw new InvalidInputError(
        `Prisindekset har et hul: ${prev.year + 1}${r.year - 1 > prev.year + 1 ? `-${r.year - 1}` : ''} mangler`,
        String(r.year),
      );
  }
}
