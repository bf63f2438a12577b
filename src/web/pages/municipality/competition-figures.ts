import { medianOf } from '../../charts/index.ts';

/**
 * The figures of the "Konkurrence og samarbejde" section, in the order shown: IKU in total,
 * IKU per hovedkonto, then the PLI (its new definition; the old one ends in 2010). All are
 * neutral activity figures: context, never part of the potential.
 */
export const COMPETITION_FIGURES: readonly string[] = [
  'indikator-konkurrenceudsaettelse',
  ...[0, 2, 3, 4, 5, 6].map((hkt) => `indikator-konkurrenceudsaettelse-hkt-${hkt}`),
  'privat-leverandoer-indikator',
];

/** The theme whose peer group the section compares with (the figures' only theme). */
export const COMPETITION_THEME = 'administration';

/**
 * The newest year up to `upTo` in which some municipality has a number for any of the figures
 * (the key-figure list's yearsWithValues); undefined when none has.
 * @example newestCommonYear([[2006, 2018], [2007, 2018]], 2019) // 2018
 */
export function newestCommonYear(
  yearsPerFigure: readonly (readonly number[] | undefined)[],
  upTo: number,
): number | undefined {
  let newest: number | undefined;
  for (const years of yearsPerFigure) {
    for (const y of years ?? []) if (y <= upTo && (newest === undefined || y > newest)) newest = y;
  }
  return newest;
}

/** One figure's value for the municipality beside its peers' median and range. */
export interface PeerComparison {
  readonly own: number | null;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** How many peers have a number. */
  readonly count: number;
}

/**
 * The municipality's value and its peers' median, lowest and highest of one year's rows; the
 * municipality itself is never one of its peers.
 * @example comparePeers([{ code: '766', value: 24 }, { code: '615', value: 20 }, { code: '630', value: 30 }], '766', ['615', '630'])
 * // { own: 24, median: 25, min: 20, max: 30, count: 2 }
 */
export function comparePeers(
  rows: readonly { readonly code: string; readonly value: number | null }[],
  code: string,
  members: readonly string[],
): PeerComparison {
  const peers = new Set(members.filter((m) => m !== code));
  const values = rows
    .filter((r) => peers.has(r.code) && r.value !== null && Number.isFinite(r.value))
    .map((r) => r.value as number);
  return {
    own: rows.find((r) => r.code === code)?.value ?? null,
    median: medianOf(values),
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    count: values.length,
  };
}
