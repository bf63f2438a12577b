import {
  INITIATIVE_TYPE_NAMES_DA,
  THEME_NAMES_DA,
  initiativeOverview,
  type Initiative,
  type OverviewGroupBy,
} from '../../core/index.ts';
import { listInitiatives, listMunicipalities, type Queryable } from '../../db/index.ts';
import { initiativeContext, initiativeVerdicts, sectorLevel } from '../../engine/index.ts';
import type { RequestAuth } from '../auth/index.ts';
import { canSeeInitiative } from './viewer.ts';

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
