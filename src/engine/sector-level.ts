import {
  chooseIndex,
  conversionFactor,
  fixedPrices,
  indexYears,
  type ConvertAmount,
  type Gain,
  type Initiative,
  type PriceLevel,
} from '../core/index.ts';
import { loadPriceIndices, type Queryable } from '../db/index.ts';

/** The one level the sector's amounts are added in, and how a gain is taken to it. */
export interface SectorLevel {
  readonly target: PriceLevel;
  readonly convert: ConvertAmount;
  /** Said when there is no general price index, so amounts stay in each year's own prices. */
  readonly note: { readonly da: string; readonly en: string } | null;
}

/**
 * Fixed prices of the newest year of the general price index; a gain of another level is
 * converted with the index, or left out (undefined) when the index lacks a year it needs.
 * Without any general index the amounts are added in each year's current prices, and `note`
 * says so wherever they are shown.
 */
export async function sectorLevel(db: Queryable): Promise<SectorLevel> {
  const indices = await loadPriceIndices(db);
  const general = indexYears(indices, '');
  const newest = general[general.length - 1];
  const target: PriceLevel =
    newest === undefined ? { basis: 'current', year: null } : fixedPrices(newest);
  const convert: ConvertAmount = (amount, year, from) => {
    const years = [
      year,
      ...(from.basis === 'fixed' ? [from.year] : []),
      ...(newest !== undefined ? [newest] : []),
    ];
    const index = chooseIndex(indices, '', years);
    if (!index)
      return from.basis === target.basis && from.year === target.year ? amount : undefined;
    const f = conversionFactor(index, year, from, target);
    return f === undefined ? undefined : amount * f;
  };
  return {
    target,
    convert,
    note:
      newest === undefined
        ? {
            da: 'Der er intet generelt pris- og lønindeks i databasen, så beløbene er lagt sammen i hvert års løbende priser. Importér et indeks for at se dem i faste priser.',
            en: 'The database holds no general price index, so the amounts are added in each year’s current prices. Import an index to see them in fixed prices.',
          }
        : null,
  };
}

/**
 * An initiative's expected and realised totals in the sector's level; a gain no index takes
 * there is left out and counted in `unconverted` (the page says so).
 */
export function totalsIn(level: SectorLevel, i: Initiative) {
  let unconverted = 0;
  const sum = (gains: readonly Gain[]) =>
    gains.reduce((s, g) => {
      const v = level.convert(g.amount, g.year, i.prices);
      if (v === undefined) unconverted += 1;
      return s + (v ?? 0);
    }, 0);
  const expected = sum(i.expected);
  const realised = sum(i.realised);
  return {
    prices: { basis: level.target.basis, year: level.target.year },
    expected,
    realised,
    unconverted,
  };
}
