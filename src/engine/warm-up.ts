import { setImmediate as yieldToRequests } from 'node:timers/promises';
import {
  CATALOGUE,
  DEFAULT_K,
  isSummable,
  variablesOf,
  type PeerGroupSpec,
} from '../core/index.ts';
import { dataVersion, type Queryable } from '../db/index.ts';
import { benchmarkInput } from './benchmark-input.ts';
import { themeFor } from './groups.ts';
import { choosePackageLevel } from './package.ts';
import { packageYears } from './package-years.ts';
import { DEFAULT_PRICE_REQUEST } from './prices.ts';
import { sharedPackageData } from './shared-data.ts';
import { neighbourDistances } from './warnings.ts';

/** What a warm-up prepared, for the server's log line and the benchmark. */
export interface WarmUpReport {
  /** The data version it prepared (dataVersion). */
  readonly version: string;
  /** The years with package figures, each prepared. */
  readonly years: number;
  readonly municipalities: number;
  /** Milliseconds from start to end (other requests may have run in between). */
  readonly ms: number;
}

/**
 * Prepares, once per data version, what the packages of all municipalities share, so that the
 * first package of any municipality and year is computed on it instead of loading and fitting
 * first: the package data of every year (sharedPackageData); per year, the structure and every
 * municipality's k-th neighbour distance per theme (default k), and each summable figure's
 * regression fit in the year's package price level; and every municipality's package years
 * (the year picker and the default year). Nothing municipality-specific is computed beyond the
 * package years: no package, no answer is cached. Yields to other work between steps, so
 * requests are answered while it runs; `stopped()` ends it early (the server is closing).
 */
export async function warmUp(
  db: Queryable,
  options: { readonly stopped?: () => boolean } = {},
): Promise<WarmUpReport | undefined> {
  const started = performance.now();
  const stopped = options.stopped ?? (() => false);
  const version = await dataVersion(db);
  const data = await sharedPackageData(db, version);
  const summable = CATALOGUE.filter(isSummable);
  const years = [...new Set(summable.flatMap((k) => data.years(k.id)))].sort((a, b) => b - a);
  const nearest: PeerGroupSpec = { kind: 'nearest', k: DEFAULT_K };
  const themes = [...new Set(summable.map((k) => themeFor(nearest, k)))];
  for (const year of years) {
    if (stopped()) return undefined;
    const priced = choosePackageLevel(data, summable, year, DEFAULT_PRICE_REQUEST);
    for (const theme of themes) {
      try {
        neighbourDistances(
          data,
          year,
          DEFAULT_K,
          variablesOf(theme ? { ...nearest, theme } : nearest),
        );
      } catch {
        // No year with all the theme's structural values: a package says so itself.
      }
    }
    for (const k of summable) {
      const e = priced.expressed(k.id, year);
      if (!e || e.unconverted) continue;
      benchmarkInput(priced, k, year);
    }
    await yieldToRequests();
  }
  for (const code of data.codes) {
    if (stopped()) return undefined;
    await packageYears(db, code);
    await yieldToRequests();
  }
  return {
    version,
    years: years.length,
    municipalities: data.codes.length,
    ms: performance.now() - started,
  };
}
