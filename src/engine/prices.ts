import {
  CURRENT_PRICES,
  InvalidInputError,
  indexYears,
  priceLevelDa,
  type Expressed,
  type PriceIndex,
  type PriceLevel,
  type YearKind,
} from '../core/index.ts';
import type { ColumnVariant } from '../db/index.ts';

/**
 * The price level an answer is asked in: `explicit` when the user named it (`--prices`,
 * `prices=`), otherwise the default of the answer (a single year in its own current prices;
 * series and development in fixed prices of the newest year with an index).
 */
export interface PriceRequest {
  readonly level: PriceLevel;
  readonly explicit: boolean;
}

export const DEFAULT_PRICE_REQUEST: PriceRequest = { level: CURRENT_PRICES, explicit: false };

/** The answers' `"prices"`: the level the amounts are in. */
export interface PricesDocument {
  readonly basis: 'current' | 'fixed';
  readonly year: number | null;
}

export const pricesDocument = (level: PriceLevel): PricesDocument => ({
  basis: level.basis,
  year: level.year,
});

/**
 * Refuses an explicit fixed level that no stored index has (400 naming the parameter): the
 * amounts could not honestly be shown in it.
 */
export function checkPriceRequest(
  request: PriceRequest,
  indices: readonly PriceIndex[],
  parameter = 'prices',
): void {
  const level = request.level;
  if (!request.explicit || level.basis !== 'fixed') return;
  const years = indexYears(indices, '');
  if (!years.includes(level.year)) {
    throw new InvalidInputError(
      years.length
        ? `Der er intet pris- og lønindeks for ${level.year} (indekset dækker ${years[0]}-${years[years.length - 1]}), så beløbene kan ikke vises i ${level.year}-priser`
        : `Der er intet pris- og lønindeks i databasen, så beløbene kan ikke vises i ${level.year}-priser. Importér to eksporter i hver sit prisniveau, en indeksfil (år;indeks;basis) eller hent fra Danmarks Statistik`,
      parameter,
    );
  }
}

/**
 * Refuses an explicit level that one figure's amounts cannot reach (no index for the year):
 * the user asked for it by name, so an unconverted amount would be an answer to another
 * question.
 */
export function refuseUnreachable(
  request: PriceRequest,
  expressed: Expressed<ColumnVariant> | undefined,
  nameDa: string,
  year: number,
  parameter = 'prices',
): void {
  if (!request.explicit || !expressed?.unconverted) return;
  const published = expressed.published;
  throw new InvalidInputError(
    `${nameDa} ${year} kan ikke vises i ${priceLevelDa(request.level, year)}: der er intet pris- og lønindeks for de år, det kræver${published ? `. Beløbet er offentliggjort i ${priceLevelDa(published, year)}; brug prices=${published.basis === 'current' ? 'current' : published.year}` : ''}`,
    parameter,
  );
}

/** How one figure's amounts were chosen and converted, for answers (machine-readable). */
export interface FigurePrices {
  readonly yearKind: YearKind;
  /** The level the amounts were published in; null when the figure is not money. */
  readonly published: PricesDocument | null;
  /** The level the answer's amounts are in; null when the figure is not money. */
  readonly prices: PricesDocument | null;
  readonly converted: boolean;
  /** The factor applied to the published amounts (1 when not converted). */
  readonly factor: number;
  readonly index: { readonly source: string; readonly years: readonly number[] } | null;
}

export function figurePrices(e: Expressed<ColumnVariant>): FigurePrices {
  return {
    yearKind: e.variant.yearKind,
    published: e.published ? pricesDocument(e.published) : null,
    prices: e.level ? pricesDocument(e.level) : null,
    converted: e.factor !== 1,
    factor: e.factor,
    index: e.index ? { source: e.index.source, years: e.index.years } : null,
  };
}
