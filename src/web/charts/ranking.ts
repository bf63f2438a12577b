import type { Polarity } from '../../core/index.ts';

/** The figure's direction: which end of the ranking is "best" (DESIGN.md §3.1). */
export type { Polarity };

export interface Ranked<T> {
  readonly row: T;
  /** 1 = best by the polarity (neutral: the highest value); null when the row has no value. */
  readonly rank: number | null;
}

/**
 * Ranks rows by value, best first: rank 1 is the lowest value when lower is better, else the
 * highest (a neutral figure is ranked from the highest, which says nothing about good or bad).
 * Ties share a rank (1, 2, 2, 4); rows without a value come last, unranked, in their order.
 * @example rankByPolarity([{ value: 3 }, { value: 1 }, { value: null }], 'lower-is-better')
 * // → ranks 1 (value 1), 2 (value 3), null
 */
export function rankByPolarity<T extends { readonly value: number | null }>(
  rows: readonly T[],
  polarity: Polarity | string,
): Ranked<T>[] {
  const sign = polarity === 'lower-is-better' ? 1 : -1;
  const present = rows.filter((r) => r.value !== null && Number.isFinite(r.value));
  const sorted = [...present].sort((a, b) => sign * ((a.value as number) - (b.value as number)));
  const ranked: Ranked<T>[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked[i - 1];
    const tie = previous !== undefined && previous.row.value === row.value;
    ranked.push({ row, rank: tie ? previous.rank : i + 1 });
  });
  for (const row of rows) if (!present.includes(row)) ranked.push({ row, rank: null });
  return ranked;
}

/**
 * The best value among rows by the polarity (lowest when lower is better, highest when higher
 * is better); null for a neutral figure (no value is better) or when no row has a value.
 */
export function bestValue(
  values: readonly (number | null)[],
  polarity: Polarity | string,
): number | null {
  if (polarity !== 'lower-is-better' && polarity !== 'higher-is-better') return null;
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0) return null;
  return polarity === 'lower-is-better' ? Math.min(...xs) : Math.max(...xs);
}
