import type { Polarity } from '../key-figures/index.ts';

/** A polarity, or the API's string for one (anything else counts as neutral). */
export type PolarityLike = Polarity | (string & {});

/**
 * Which end of a figure's values gets rank 1. Lower-is-better ranks the lowest value first,
 * higher-is-better the highest. A neutral figure is ranked from the highest value too: DESIGN.md
 * §3 gives a neutral figure no "best" (no best level, no best quartile, shown but not judged),
 * so its rank is only a position in a stated order, never a verdict. Highest first is that
 * order because it is how a list of values is read ("nr. 1" is the largest), it is the order
 * the map's scale already uses (darker = higher) and the web already states ("højeste først"),
 * and it keeps a neutral rank 1 from reading like the "best" of the cost figures (lower is
 * better) that it stands beside in a package.
 *
 * The functions here also take a polarity as the API's plain string (the web reads it from
 * JSON); a string that is not a polarity is ranked as neutral.
 * @example rankDirection('neutral') // 'highest-first'
 */
export function rankDirection(polarity: PolarityLike): 'lowest-first' | 'highest-first' {
  return polarity === 'lower-is-better' ? 'lowest-first' : 'highest-first';
}

/** A number that can be ranked: finite. NaN, ±Infinity and null are missing and get no rank. */
export function isRankable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Whether value `a` ranks strictly before value `b` by the polarity (rankDirection); equal
 * values rank together.
 * @example ranksBefore(1, 3, 'lower-is-better') // true
 */
export function ranksBefore(a: number, b: number, polarity: PolarityLike): boolean {
  return rankDirection(polarity) === 'lowest-first' ? a < b : a > b;
}

/** One value's place among others: 1 + how many rank strictly before it. */
export interface RankAmong {
  /** Null when the own value is missing. */
  readonly rank: number | null;
  /** How many were ranked: the own value (when present) and the others with a value. */
  readonly of: number;
}

/**
 * The rank of `own` among itself and `others` ("competition ranking": ties share the better
 * rank, 1, 2, 2, 4). Missing values (isRankable) are not ranked and not counted.
 * @example rankAmong(5, [3, 5, 8, null], 'lower-is-better') // { rank: 2, of: 4 }
 */
export function rankAmong(
  own: number | null,
  others: Iterable<number | null>,
  polarity: PolarityLike,
): RankAmong {
  const present = isRankable(own);
  let of = present ? 1 : 0;
  let before = 0;
  for (const v of others) {
    if (!isRankable(v)) continue;
    of++;
    if (present && ranksBefore(v, own, polarity)) before++;
  }
  return { rank: present ? before + 1 : null, of };
}

/** A row with its rank: 1 = first by the polarity; null when the row has no value. */
export interface Ranked<T> {
  readonly row: T;
  readonly rank: number | null;
}

/**
 * Ranks rows by value, first by the polarity (rankDirection) first. Ties share a rank
 * (1, 2, 2, 4), in their input order; rows without a value come last, unranked, in their order.
 * @example rankByPolarity([{ value: 3 }, { value: 1 }, { value: null }], 'lower-is-better').map((r) => r.rank)
 * // [1, 2, null] (value 1, value 3, null)
 */
export function rankByPolarity<T extends { readonly value: number | null }>(
  rows: readonly T[],
  polarity: PolarityLike,
): Ranked<T>[] {
  const present = rows.filter((r) => isRankable(r.value));
  const missing = rows.filter((r) => !isRankable(r.value));
  const valueOf = (r: T): number => r.value as number;
  // Array.prototype.sort is stable: ties keep their input order.
  const sorted = [...present].sort((a, b) =>
    ranksBefore(valueOf(a), valueOf(b), polarity)
      ? -1
      : ranksBefore(valueOf(b), valueOf(a), polarity)
        ? 1
        : 0,
  );
  const ranked: Ranked<T>[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked[i - 1];
    const tie = previous !== undefined && valueOf(previous.row) === valueOf(row);
    ranked.push({ row, rank: tie ? previous.rank : i + 1 });
  });
  for (const row of missing) ranked.push({ row, rank: null });
  return ranked;
}

/**
 * The value that ranks first among `values` when the figure has a better end (lowest when lower
 * is better, highest when higher is better); null for a neutral figure (its first value is not
 * "best") or when no value is present.
 * @example bestValue([3, null, 1], 'lower-is-better') // 1
 */
export function bestValue(
  values: readonly (number | null)[],
  polarity: PolarityLike,
): number | null {
  if (polarity !== 'lower-is-better' && polarity !== 'higher-is-better') return null;
  const xs = values.filter(isRankable);
  if (xs.length === 0) return null;
  return polarity === 'lower-is-better' ? Math.min(...xs) : Math.max(...xs);
}
