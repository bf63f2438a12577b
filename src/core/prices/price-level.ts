import { InvalidInputError } from '../diagnostics/index.ts';

/**
 * The price level an amount is in (DESIGN.md §3.4b): `current` is each year's own prices
 * (løbende priser); `fixed` is the prices of one base year (faste priser, "2010-priser").
 * This is also the shape every answer carries as `"prices"`.
 */
export type PriceLevel =
  | { readonly basis: 'current'; readonly year: null }
  | { readonly basis: 'fixed'; readonly year: number };

export const CURRENT_PRICES: PriceLevel = Object.freeze({ basis: 'current', year: null });

/** Fixed prices of a base year. */
export function fixedPrices(year: number): PriceLevel {
  return { basis: 'fixed', year };
}

/**
 * How a stored value's price basis is written in the database and in provenance: `current`,
 * `fixed-2010`, or `none` for a value that is not money (shares, counts, rates).
 */
export type StoredPriceBasis = 'current' | `fixed-${number}` | 'none';

/** The stored basis of a price level. @example storedBasis(fixedPrices(2010)) // 'fixed-2010' */
export function storedBasis(level: PriceLevel): StoredPriceBasis {
  return level.basis === 'current' ? 'current' : `fixed-${level.year}`;
}

/** The price level of a stored basis; undefined for `none`. */
export function levelOfStored(basis: string): PriceLevel | undefined {
  if (basis === 'current') return CURRENT_PRICES;
  const m = /^fixed-(\d{4})$/.exec(basis);
  return m ? fixedPrices(Number(m[1])) : undefined;
}

export function samePriceLevel(a: PriceLevel, b: PriceLevel): boolean {
  return a.basis === b.basis && a.year === b.year;
}

/** The earliest and latest base years accepted for fixed prices. */
export const PRICE_YEAR_RANGE = { from: 1990, to: 2100 } as const;

/**
 * Parses `current`, `løbende`, `YYYY`, `fixed:YYYY` or `fixed-YYYY` into a price level, or
 * throws InvalidInputError naming `parameter` (e.g. "prices" or "--prices").
 * @example parsePriceLevel('2010', 'prices') // { basis: 'fixed', year: 2010 }
 */
export function parsePriceLevel(text: string, parameter: string): PriceLevel {
  const t = text.trim().toLowerCase();
  if (t === 'current' || t === 'løbende' || t === 'loebende') return CURRENT_PRICES;
  const m = /^(?:fixed[:-])?(\d{4})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    if (year >= PRICE_YEAR_RANGE.from && year <= PRICE_YEAR_RANGE.to) return fixedPrices(year);
  }
  throw new InvalidInputError(
    `Ugyldigt prisniveau "${text}": brug "current" (løbende priser) eller et år, fx 2010 (faste priser), mellem ${PRICE_YEAR_RANGE.from} og ${PRICE_YEAR_RANGE.to}`,
    parameter,
  );
}

/**
 * The price level in words for a unit: "2019-priser", "løbende priser" for a series, or for
 * a single year in its own prices "2019-priser (løbende)".
 * @example priceLevelDa(fixedPrices(2010)) // '2010-priser'
 */
export function priceLevelDa(level: PriceLevel, year?: number): string {
  if (level.basis === 'fixed') return `${level.year}-priser`;
  return year === undefined ? 'løbende priser' : `${year}-priser (løbende)`;
}

export function priceLevelEn(level: PriceLevel, year?: number): string {
  if (level.basis === 'fixed') return `${level.year} prices`;
  return year === undefined ? 'current prices' : `${year} prices (current)`;
}

/**
 * True when a unit is money and so has a price level: "kr. pr. indb.", "1.000 kr.",
 * "kr. pr. måned". Shares, counts and rates are not.
 * @example isMoneyUnit('kr. pr. 67+-årig') // true
 */
export function isMoneyUnit(unit: string): boolean {
  // The same test as the SQL of migration 0003: '(^|[[:space:].0-9])kr\.'
  return /(^|[\s.0-9])kr\./i.test(unit);
}

/** Takes an amount of `year` in the level `from` to one chosen level; undefined when no index reaches it. */
export type ConvertAmount = (amount: number, year: number, from: PriceLevel) => number | undefined;
