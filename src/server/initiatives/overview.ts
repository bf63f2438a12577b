import {
  INITIATIVE_TYPE_NAMES_DA,
  THEME_NAMES_DA,
  initiativeOverview,
  type Initiative,
  type OverviewGroupBy,
  type Verdict,
} from '../../core/index.ts';
import {
  dataVersion,
  listInitiatives,
  listMunicipalities,
  type Queryable,
} from '../../db/index.ts';
import { computeEffectFor, effectShared, initiativeContext } from '../../engine/index.ts';
import type { RequestAuth } from '../auth/index.ts';
import { sectorLevel } from './levels.ts';
import { canSeeInitiative } from './viewer.ts';

/**
 * Verdicts already computed, per linked figure, by what they depend on: the data version, the
 * initiative's id and version, and the municipalities with an initiative on each of its
 * figures (left out of its peers). A new record re-checks only those sharing a figure with it.
 * Bounded; oldest out.
 */
const VERDICTS = new Map<string, ReadonlyMap<string, Verdict | null>>();
const MAX_VERDICTS = 20_000;

/**
 * The effect check's verdict of each initiative on each of its figures (null: refused), from
 * the kept verdicts where nothing they depend on changed. `all` is every stored initiative.
 */
export async function initiativeVerdicts(
  db: Queryable,
  wanted: readonly Initiative[],
  all: readonly Initiative[],
): Promise<Map<number, ReadonlyMap<string, Verdict | null>>> {
  const version = await dataVersion(db);
  const owners = (figure: string) =>
    [...new Set(all.filter((i) => i.keyFigures.includes(figure)).map((i) => i.municipality))]
      .sort()
      .join(',');
  const keyOf = (i: Initiative) =>
    `${version}|${i.id}:${i.version}|${i.keyFigures.map((k) => `${k}=${owners(k)}`).join(';')}`;
  const checked = wanted.filter((i) => i.keyFigures.length > 0);
  const missing = checked.filter((i) => !VERDICTS.has(keyOf(i)));
  if (missing.length > 0) {
    const shared = await effectShared(db, missing);
    for (const i of missing) {
      const effects = await computeEffectFor(db, i, shared);
      VERDICTS.set(keyOf(i), new Map(effects.map((e) => [e.keyFigure.id, e.check.verdict])));
      if (VERDICTS.size > MAX_VERDICTS) VERDICTS.delete(VERDICTS.keys().next().value ?? '');
    }
  }
  return new Map(checked.map((i) => [i.id, VERDICTS.get(keyOf(i)) ?? new Map()]));
}

async function confirmedIds(
  db: Queryable,
  initiatives: readonly Initiative[],
): Promise<Set<number>> {
  const verdicts = await initiativeVerdicts(db, initiatives, initiatives);
  return new Set(
    [...verdicts].filter(([, v]) => [...v.values()].includes('visible')).map(([id]) => id),
  );
}

/**
 * The sector overview (issue 17): every initiative counts in the totals (public aggregate
 * figures); the list of the largest shows an internal one without its title. Amounts are
 * taken to fixed prices of the newest year of the general price index (the one level every
 * total is in); a gain no index reaches is left out and listed.
 */
export async function overviewAnswer(db: Queryable, groupBy: OverviewGroupBy, auth: RequestAuth) {
  const [initiatives, municipalities, level] = await Promise.all([
    listInitiatives(db),
    listMunicipalities(db),
    sectorLevel(db),
  ]);
  const { target, convert } = level;
  const confirmed = await confirmedIds(db, initiatives);
  const { context } = await initiativeContext(db, { municipality: '101', keyFigures: [] });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const overview = initiativeOverview(
    {
      initiatives,
      regionOf: (code) => byCode.get(code)?.regionCode ?? '',
      convert,
      confirmed,
      newestAccountsYear: context.newestAccountsYear,
    },
    groupBy,
  );
  const label = (key: string) =>
    groupBy === 'theme'
      ? (THEME_NAMES_DA[key as Initiative['theme']] ?? key)
      : groupBy === 'type'
        ? (INITIATIVE_TYPE_NAMES_DA[key as Initiative['type']] ?? key)
        : groupBy === 'region'
          ? ([...byCode.values()].find((m) => m.regionCode === key)?.regionName ?? key)
          : key;
  return {
    groupBy,
    prices: { basis: target.basis, year: target.year },
    pricesNote: level.note,
    newestAccountsYear: context.newestAccountsYear,
    groups: overview.groups.map((g) => ({ ...g, label: label(g.key) })),
    total: overview.total,
    largest: overview.largest.map(({ initiative: i, realised }) => {
      const visible = canSeeInitiative(auth, i);
      return {
        id: visible ? i.id : null,
        municipality: i.municipality,
        municipalityName: byCode.get(i.municipality)?.name ?? i.municipality,
        title: visible ? i.title : null,
        realised,
      };
    }),
    unconverted: overview.unconverted,
  };
}
