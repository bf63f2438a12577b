import { CATALOGUE, isSummable, type KeyFigure } from '../core/index.ts';
import { dataVersion, type Queryable } from '../db/index.ts';
import { loadEngineData, type EngineData } from './data.ts';
import { DEFAULT_PRICE_REQUEST } from './prices.ts';

/** The denominators of a package's coverage, in order of preference (DESIGN.md §3.4a). */
export const COVERAGE_DENOMINATORS = [
  { id: 'nettodriftsudgifter-pr-indb', da: 'nettodriftsudgifterne' },
  {
    id: 'serviceudgifter-pr-indb',
    da: 'serviceudgifterne (nettodriftsudgifterne mangler for året; overførsler og medfinansiering tælles ikke med)',
  },
] as const;

/** What a package reads: the summable cost figures and the coverage denominators. */
export function packageFigures(catalogue: readonly KeyFigure[]): KeyFigure[] {
  return [
    ...catalogue.filter(isSummable),
    ...catalogue.filter((k) => COVERAGE_DENOMINATORS.some((d) => d.id === k.id)),
  ];
}

interface Shared {
  readonly version: string;
  readonly data: Promise<EngineData>;
}

const shared = new WeakMap<Queryable, Shared>();

/**
 * Every year of the reviewed catalogue's package figures (and the structure), in each year's
 * own prices, loaded once per data version and shared by every municipality and year: the
 * server's packages and package years compute on it, and what is derived from it for all
 * municipalities at once (regression fits, neighbour distances, other price levels) is kept
 * with it (EngineData.memo) until the next import. A package computed on it is the same as one
 * computed on its year alone (loadEngineData reads a year's values the same either way).
 */
export async function sharedPackageData(db: Queryable, version?: string): Promise<EngineData> {
  const v = version ?? (await dataVersion(db));
  const hit = shared.get(db);
  if (hit?.version === v) return hit.data;
  const data = loadEngineData(
    db,
    packageFigures(CATALOGUE),
    undefined,
    DEFAULT_PRICE_REQUEST.level,
  );
  shared.set(db, { version: v, data });
  data.catch(() => {
    if (shared.get(db)?.data === data) shared.delete(db);
  });
  return data;
}
