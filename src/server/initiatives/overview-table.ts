import { priceLevelDa } from '../../core/index.ts';
import type { Table } from '../formats/csv.ts';
import type { overviewAnswer } from './overview.ts';

type Overview = Awaited<ReturnType<typeof overviewAnswer>>;

const GROUP_HEADER = { theme: 'tema', type: 'type', region: 'region', year: 'år' } as const;

/**
 * The overview as a table for the annual negotiations (CSV, XLSX): a row per group and a
 * total, every amount's header naming its price level.
 */
export function overviewTable(o: Overview): Table {
  const level = priceLevelDa(
    o.prices.basis === 'fixed' && o.prices.year !== null
      ? { basis: 'fixed', year: o.prices.year }
      : { basis: 'current', year: null },
  );
  const kr = (what: string) => `${what} (kr., ${level})`;
  const row = (label: string, g: Overview['total']) => ({
    group: label,
    count: g.count,
    expected: Math.round(g.expected),
    realised: Math.round(g.realised),
    expectedToDate: Math.round(g.expectedToDate),
    rate: g.realisationRate === null ? null : Math.round(g.realisationRate * 1000) / 10,
    withBaseline: g.withBaseline,
    confirmed: g.confirmed,
  });
  return {
    columns: [
      { key: 'group', header: GROUP_HEADER[o.groupBy] },
      { key: 'count', header: 'antal initiativer', numeric: true },
      { key: 'expected', header: kr('forventet gevinst'), numeric: true },
      { key: 'realised', header: kr('realiseret gevinst'), numeric: true },
      {
        key: 'expectedToDate',
        header: kr(`forventet til og med regnskab ${o.newestAccountsYear}`),
        numeric: true,
      },
      { key: 'rate', header: 'realiseringsgrad (pct.)', numeric: true },
      { key: 'withBaseline', header: 'med udgangspunkt i data', numeric: true },
      { key: 'confirmed', header: 'synlig i nøgletallene', numeric: true },
    ],
    rows: [...o.groups.map((g) => row(g.label, g)), row('I alt', o.total)],
  };
}
