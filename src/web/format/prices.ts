import type { Locale } from '../i18n/index.ts';
import { unitText } from './number.ts';

/** The level amounts are in, as the API's answers carry it (`"prices"`). */
export interface PriceLevelLike {
  readonly basis: 'current' | 'fixed';
  readonly year: number | null;
}

/**
 * True when a unit is money and so has a price level ("kr. pr. indb.", "1.000 kr."); shares,
 * counts and rates are not. The same test as the server's (src/core/prices).
 * @example isMoneyUnit('kr. pr. 67+-årig') // true
 */
export function isMoneyUnit(unit: string): boolean {
  return /(^|[\s.0-9])kr\./i.test(unit);
}

/**
 * A price level in words: fixed prices "2010-priser" / "2010 prices"; current prices of one
 * year "2019-priser (løbende)" / "2019 prices (current)", or "løbende priser" without a year.
 * @example priceLevelText('da', { basis: 'fixed', year: 2010 }) // "2010-priser"
 */
export function priceLevelText(
  locale: Locale,
  prices: PriceLevelLike,
  year?: number,
  { plain = false }: { readonly plain?: boolean } = {},
): string {
  const da = locale === 'da';
  if (prices.basis === 'fixed' && prices.year !== null)
    return da ? `${prices.year}-priser` : `${prices.year} prices`;
  if (year === undefined) return da ? 'løbende priser' : 'current prices';
  if (plain) return da ? `${year}-priser` : `${year} prices`;
  return da ? `${year}-priser (løbende)` : `${year} prices (current)`;
}

/**
 * A unit in the language of the page with its price level when it is money:
 * "kr. pr. indb., 2019-priser" / "DKK per inhabitant, 2019 prices"; any other unit in that
 * language. The Danish text is what the API writes as `unitLabelDa`.
 * @example unitWithPrices('da', 'kr. pr. indb.', { basis: 'fixed', year: 2010 }) // "kr. pr. indb., 2010-priser"
 */
export function unitWithPrices(
  locale: Locale,
  unit: string,
  prices: PriceLevelLike | null,
  year?: number,
  options?: { readonly plain?: boolean },
): string {
  const text = unitText(locale, unit);
  if (!prices || !unit || !isMoneyUnit(unit)) return text;
  return `${text}, ${priceLevelText(locale, prices, year, options)}`;
}
