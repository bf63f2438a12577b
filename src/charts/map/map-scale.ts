/**
 * The map's colour classes and ranks: pure functions of the 98 values and the key figure's
 * polarity, so the legend, the tooltips and the table agree and can be unit-tested.
 */

import { rankByPolarity, type Polarity } from '../../core/index.ts';

export type { Polarity };

/** One colour class: the values it holds (its actual lowest and highest) and its colour. */
export interface MapClass {
  readonly min: number;
  readonly max: number;
  readonly count: number;
  readonly color: string;
}

export interface MapScale {
  readonly classes: readonly MapClass[];
  /** The class index of a value, or -1 for a missing value. */
  readonly classOf: (value: number | null) => number;
}

// ColorBrewer sequential palettes, light to dark (five classes). Dark always means a high
// value; the hue says whether high is good (green), bad (orange-red) or neither (purple).
const PALETTES: Readonly<Record<Polarity, readonly string[]>> = {
  'lower-is-better': ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
  'higher-is-better': ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'],
  neutral: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
};

// Which of the five colours to use when there are fewer classes: spread over the range.
const PICK: Readonly<Record<number, readonly number[]>> = {
  1: [2],
  2: [1, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 4],
  5: [0, 1, 2, 3, 4],
};

/** The palette's colours for `n` classes (1..5), light to dark. */
export function paletteFor(polarity: Polarity, n: number): readonly string[] {
  const palette = PALETTES[polarity];
  return (PICK[Math.max(1, Math.min(5, n))] ?? []).map((i) => palette[i] ?? '#999');
}

/** A polarity from the API's string; anything unknown is neutral. */
export function toPolarity(value: string | null | undefined): Polarity {
  return value === 'lower-is-better' || value === 'higher-is-better' ? value : 'neutral';
}

/**
 * Equal-count classes (quantiles) of the non-missing values, at most `k` of them: the sorted
 * values are cut into `k` runs of (nearly) equal length, and runs that would split equal values
 * are merged, so a value always falls in exactly one class and no class is empty.
 * @example classify([1, 2, 3, 4], 'neutral', 2).classes.map((c) => [c.min, c.max]) // [[1, 2], [3, 4]]
 */
export function classify(values: readonly (number | null)[], polarity: Polarity, k = 5): MapScale {
  const sorted = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { classes: [], classOf: () => -1 };
  // Lower bounds of classes 2..k: the first value of each run, without repeats.
  const lowest = sorted[0] ?? 0;
  const starts: number[] = [];
  for (let i = 1; i < k; i++) {
    const v = sorted[Math.round((i * n) / k)];
    if (v !== undefined && v > (starts[starts.length - 1] ?? lowest)) starts.push(v);
  }
  const classOf = (value: number | null): number => {
    if (value === null || !Number.isFinite(value)) return -1;
    return starts.filter((s) => value >= s).length;
  };
  const colors = paletteFor(polarity, starts.length + 1);
  const classes = colors.map((color) => ({ min: Infinity, max: -Infinity, count: 0, color }));
  for (const v of sorted) {
    const c = classes[classOf(v)];
    if (!c) continue;
    c.min = Math.min(c.min, v);
    c.max = Math.max(c.max, v);
    c.count += 1;
  }
  return { classes, classOf };
}

/**
 * Rank of each municipality among those with a value, by the core's one ranking rule
 * (rankByPolarity: lowest first when lower is better; highest first otherwise, also for neutral
 * figures, where the rank is only a position). Equal values share a rank ("1, 2, 2, 4").
 * @example rankValues([{ code: 'a', value: 3 }, { code: 'b', value: 1 }], 'lower-is-better') // Map { b → 1, a → 2 }
 */
export function rankValues(
  rows: readonly { readonly code: string; readonly value: number | null }[],
  polarity: Polarity,
): ReadonlyMap<string, number> {
  const ranks = new Map<string, number>();
  for (const { row, rank } of rankByPolarity(rows, polarity))
    if (rank !== null) ranks.set(row.code, rank);
  return ranks;
}
