import type { ConvertAmount } from '../prices/index.ts';
import type { Gain, Initiative } from './initiative.ts';

export const OVERVIEW_GROUPS = ['theme', 'type', 'region', 'year'] as const;
export type OverviewGroupBy = (typeof OVERVIEW_GROUPS)[number];

export interface OverviewInput {
  readonly initiatives: readonly Initiative[];
  readonly regionOf: (municipality: string) => string;
  readonly convert: ConvertAmount;
  /** Initiatives whose effect check finds the gain in the figures ("synlig i nøgletallene"). */
  readonly confirmed: ReadonlySet<number>;
  /** The realisation rate compares realised with expected up to this year (the newest accounts). */
  readonly newestAccountsYear: number;
  /** How many of the largest realised initiatives to list. */
  readonly largest?: number;
}

/** Totals of a group, in the overview's one price level. */
export interface OverviewTotals {
  readonly count: number;
  readonly expected: number;
  readonly realised: number;
  /** Expected gains of the years that have accounts: the base of the realisation rate. */
  readonly expectedToDate: number;
  /** realised / expectedToDate; null without an expected gain to date. */
  readonly realisationRate: number | null;
  /**
   * Initiatives with a baseline: a value in the data before the start for at least one linked
   * figure (a figure that begins after the start has none, and needs none for the count).
   */
  readonly withBaseline: number;
  /** Initiatives the effect check confirms. */
  readonly confirmed: number;
}

export interface Overview {
  readonly groupBy: OverviewGroupBy;
  readonly groups: ReadonlyArray<OverviewTotals & { readonly key: string }>;
  readonly total: OverviewTotals;
  readonly largest: ReadonlyArray<{ readonly initiative: Initiative; readonly realised: number }>;
  /** Gains left out because no price index takes their year to the overview's level. */
  readonly unconverted: ReadonlyArray<{ readonly id: number; readonly year: number }>;
}

const hasBaseline = (i: Initiative) =>
  i.keyFigures.some((k) => i.baselines.some((b) => b.keyFigure === k));

/**
 * The sector overview of issue 17: expected and realised gains added up by theme, type,
 * region or year in one price level, the realisation rate, how many had a baseline and how
 * many the data confirm, and the largest realised initiatives. Dropped initiatives count with
 * the gains they report (a dropped initiative's realised gain is still money).
 */
export function initiativeOverview(input: OverviewInput, groupBy: OverviewGroupBy): Overview {
  const unconverted: Array<{ id: number; year: number }> = [];
  const convertAll = (i: Initiative, gains: readonly Gain[]): Gain[] =>
    gains.flatMap((g) => {
      const amount = input.convert(g.amount, g.year, i.prices);
      if (amount === undefined) {
        unconverted.push({ id: i.id, year: g.year });
        return [];
      }
      return [{ year: g.year, amount }];
    });
  const rows = input.initiatives.map((i) => ({
    initiative: i,
    expected: convertAll(i, i.expected),
    realised: convertAll(i, i.realised),
  }));
  type Row = (typeof rows)[number];
  const totals = (members: readonly Row[], year?: number): OverviewTotals => {
    const inYear = (g: Gain) => year === undefined || g.year === year;
    const sum = (pick: (r: Row) => readonly Gain[], keep: (g: Gain) => boolean) =>
      members.reduce(
        (s, r) => s + pick(r).reduce((t, g) => t + (keep(g) && inYear(g) ? g.amount : 0), 0),
        0,
      );
    const expectedToDate = sum(
      (r) => r.expected,
      (g) => g.year <= input.newestAccountsYear,
    );
    const realised = sum(
      (r) => r.realised,
      () => true,
    );
    return {
      count: members.length,
      expected: sum(
        (r) => r.expected,
        () => true,
      ),
      realised,
      expectedToDate,
      realisationRate: expectedToDate > 0 ? realised / expectedToDate : null,
      withBaseline: members.filter((r) => hasBaseline(r.initiative)).length,
      confirmed: members.filter((r) => input.confirmed.has(r.initiative.id)).length,
    };
  };
  const keysOf = (r: Row): string[] => {
    const i = r.initiative;
    if (groupBy === 'theme') return [i.theme];
    if (groupBy === 'type') return [i.type];
    if (groupBy === 'region') return [input.regionOf(i.municipality)];
    return [...new Set([...r.expected, ...r.realised].map((g) => String(g.year)))];
  };
  const byKey = new Map<string, Row[]>();
  for (const r of rows) for (const k of keysOf(r)) byKey.set(k, [...(byKey.get(k) ?? []), r]);
  const groups = [...byKey.entries()]
    .map(([key, members]) => ({
      key,
      ...totals(members, groupBy === 'year' ? Number(key) : undefined),
    }))
    .sort((a, b) =>
      groupBy === 'year'
        ? Number(a.key) - Number(b.key)
        : b.expected - a.expected || a.key.localeCompare(b.key),
    );
  const largest = rows
    .map((r) => ({
      initiative: r.initiative,
      realised: r.realised.reduce((s, g) => s + g.amount, 0),
    }))
    .filter((r) => r.realised > 0)
    .sort((a, b) => b.realised - a.realised || a.initiative.id - b.initiative.id)
    .slice(0, input.largest ?? 10);
  return { groupBy, groups, total: totals(rows), largest, unconverted };
}
