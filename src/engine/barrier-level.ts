import {
  chooseIndex,
  conversionFactor,
  estimatesByMunicipality,
  fixedPrices,
  indexYears,
  rankBarriers,
  type Barrier,
  type BarrierState,
  type ItemTheme,
  type ConvertAmount,
  type PriceLevel,
} from '../core/index.ts';
import { listBarriers, loadPriceIndices, type Queryable } from '../db/index.ts';

/** The one level a list of barriers is totalled in, how an estimate is taken there, and a note. */
export interface BarrierLevel {
  readonly target: PriceLevel;
  readonly convert: ConvertAmount;
  readonly note: { readonly da: string; readonly en: string } | null;
}

/** The year whose prices an amount is in: its own year for current prices. */
const pricesYear = (year: number, level: PriceLevel) =>
  level.basis === 'fixed' ? level.year : year;

/**
 * Estimates are a year's worth in the prices of some year (mostly this year's, as typed). The
 * totals are in fixed prices of the newest year any estimate is in: an amount already in that
 * year's prices counts as it is; one in another year's prices is converted with the general
 * price index, or left out (and counted) when the index lacks a year it needs. So totals
 * never mix the prices of different years.
 */
export async function barrierLevel(
  db: Queryable,
  barriers: readonly Barrier[],
): Promise<BarrierLevel> {
  const years = barriers.flatMap((b) =>
    [...estimatesByMunicipality(b).values()].map((e) => pricesYear(e.year, e.prices)),
  );
  const indices = await loadPriceIndices(db);
  const general = indexYears(indices, '');
  const newest = years.length > 0 ? Math.max(...years) : (general[general.length - 1] ?? null);
  if (newest === null)
    return { target: { basis: 'current', year: null }, convert: (a) => a, note: null };
  const target = fixedPrices(newest);
  const convert: ConvertAmount = (amount, year, from) => {
    const at = pricesYear(year, from);
    if (at === newest) return amount;
    const index = chooseIndex(indices, '', [at, newest]);
    const f = index ? conversionFactor(index, year, from, target) : undefined;
    return f === undefined ? undefined : amount * f;
  };
  const stranded = years.filter((y) => y !== newest && !chooseIndex(indices, '', [y, newest]));
  return {
    target,
    convert,
    note:
      stranded.length === 0
        ? null
        : {
            da: `${stranded.length} skøn er i andre års priser, og prisindekset dækker ikke de år; de er ikke talt med i summerne (se pr. barriere). Importér et pris- og lønindeks for at få dem med.`,
            en: `${stranded.length} estimates are in other years’ prices that the price index does not cover; they are left out of the totals (see each barrier). Import a price index to include them.`,
          },
  };
}

/** A filter of the national list of rule barriers (issue 18). */
export interface ListQuery {
  readonly theme?: ItemTheme | undefined;
  readonly law?: string | undefined;
  readonly state?: BarrierState | undefined;
  readonly municipality?: string | undefined;
  readonly lang?: 'da' | 'en' | undefined;
}

/** The ranked list for a filter, in the one level every total is in. */
export async function rankedList(db: Queryable, q: ListQuery) {
  const barriers = await listBarriers(db, {
    ...(q.theme === undefined ? {} : { theme: q.theme }),
    ...(q.law === undefined || q.law === '' ? {} : { law: q.law }),
    ...(q.state === undefined ? {} : { state: q.state }),
    ...(q.municipality === undefined ? {} : { municipality: q.municipality }),
  });
  const level = await barrierLevel(db, barriers);
  return { level, ranked: rankBarriers(barriers, level.target, level.convert) };
}
