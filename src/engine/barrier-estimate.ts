import { NotFoundError, type PriceLevel } from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { computePackageFor } from './package.ts';
import { defaultYearFor } from './package-years.ts';
import { parsePackageRequest } from './requests/index.ts';
import { sharedPackageData } from './shared-data.ts';

/** A barrier's estimate taken from the municipality's potential on one key figure. */
export interface PotentialEstimate {
  readonly keyFigure: { readonly id: string; readonly nameDa: string };
  readonly year: number;
  /** The potential in kroner a year; null when the figure has none (then `reason`). */
  readonly amount: number | null;
  readonly prices: PriceLevel;
  /** The benchmark level, as the package names it ("p25", "median"). */
  readonly level: string;
  readonly reason: { readonly da: string; readonly en: string } | null;
}

/**
 * The pre-filled estimate of a barrier (issue 18): the municipality's potential on the figure
 * in its default package (the newest year with data, the default benchmark level and peers),
 * in that package's price level. A figure with no positive potential gives 0 and says why;
 * a figure not in the package is not found.
 */
export async function potentialEstimate(
  db: Queryable,
  code: string,
  keyFigure: string,
): Promise<PotentialEstimate> {
  const request = parsePackageRequest({ municipality: code });
  const year = await defaultYearFor(db, request.code);
  if (year === undefined) throw new NotFoundError('Der er ingen data at tage et skøn fra');
  const answer = await computePackageFor(
    db,
    { code: request.code, year, level: request.level, peers: request.peers },
    { shared: await sharedPackageData(db) },
  );
  const figure = answer.package.figures.find((f) => f.keyFigureId === keyFigure);
  if (!figure)
    throw new NotFoundError(
      `Nøgletallet ${keyFigure} er ikke i kommunens potentialepakke for ${year}; skriv skønnet selv`,
    );
  const prices: PriceLevel =
    answer.prices.basis === 'fixed' && answer.prices.year !== null
      ? { basis: 'fixed', year: answer.prices.year }
      : { basis: 'current', year: null };
  const money = figure.money;
  const positive = money !== null && money > 0;
  return {
    keyFigure: { id: keyFigure, nameDa: figure.nameDa },
    year,
    amount: money === null ? null : Math.max(0, Math.round(money)),
    prices,
    level: answer.package.levelKey,
    reason: positive
      ? null
      : money === null
        ? {
            da: `Nøgletallet har intet potentiale i kroner for ${year} (${figure.reasonDa ?? 'ingen mængde'})`,
            en: `The key figure has no potential in DKK for ${year}`,
          }
        : {
            da: `Kommunen ligger allerede på eller under benchmark på nøgletallet i ${year}: potentialet er 0 kr.`,
            en: `The municipality is already at or below the benchmark on the figure in ${year}: the potential is DKK 0`,
          },
  };
}
