// The honest parts of a chart as plain functions (issue 14): where the y axis starts, the
// index against a reference, which stretch between definition breaks a year is in, and when
// a series is too short to be drawn as a line.

/** A y scale's extent, and whether it leaves out zero (then the chart marks the axis break). */
export interface YDomain {
  readonly domain: readonly [number, number];
  /** True when the axis does not reach zero: the chart must draw a visible break on it. */
  readonly broken: boolean;
}

/** Fewer years than this are said in words, not drawn as a line that looks like a cliff. */
export const MIN_LINE_YEARS = 3;

/** An index's reference value: 100 = the reference (the peer group's median). */
export const INDEX_BASE = 100;

/**
 * The y extent of values drawn as amounts: always from zero (or down to the lowest negative
 * value), with a little room above the highest, so a bar or line's height is its size.
 * @example valueDomain([80, 120]) // { domain: [0, 127.2], broken: false }
 */
export function valueDomain(values: readonly number[], headroom = 0.06): YDomain {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  if (hi === lo) return { domain: [0, 1], broken: false };
  const pad = (hi - lo) * headroom;
  return { domain: [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0], broken: false };
}

/**
 * The y extent of an index view: around the values and 100, not from zero (an index from zero
 * flattens every difference), so it is `broken` unless the values come near zero, where the
 * axis starts at 0 after all.
 * @example indexDomain([90, 112]) // { domain: [86.7, 115.3], broken: true }
 */
export function indexDomain(values: readonly number[], margin = 0.15): YDomain {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(INDEX_BASE, ...finite);
  const hi = Math.max(INDEX_BASE, ...finite);
  const span = hi - lo || INDEX_BASE * 0.1;
  const bottom = lo - span * margin;
  const top = hi + span * margin;
  // Within a third of the span from zero, the break would hide next to nothing: start at 0.
  if (bottom <= span / 3) return { domain: [lo < 0 ? bottom : 0, top], broken: false };
  return { domain: [bottom, top], broken: true };
}

/**
 * The y extent of values that are compared with each other rather than measured from zero
 * (the dots of a scatter plot): around the values, from zero when they come near it, else
 * `broken` for the chart to mark.
 * @example framedDomain([900, 1100]) // { domain: [870, 1130], broken: true }
 */
export function framedDomain(values: readonly number[], margin = 0.15): YDomain {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { domain: [0, 1], broken: false };
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const span = hi - lo || Math.abs(hi) * 0.1 || 1;
  const bottom = lo - span * margin;
  const top = hi + span * margin;
  if (lo >= 0 && bottom <= span / 3) return { domain: [0, top], broken: false };
  return { domain: [bottom, top], broken: bottom > 0 };
}

/**
 * A value against its reference, ×100 (100 = the reference); null when either is missing or
 * the reference is 0.
 * @example indexAgainst(110, 100) // 110
 */
export function indexAgainst(value: number | null, reference: number | null): number | null {
  if (value === null || reference === null || reference === 0) return null;
  if (!Number.isFinite(value) || !Number.isFinite(reference)) return null;
  return (value * INDEX_BASE) / reference;
}

/**
 * Which stretch between definition breaks a year is in (0 before the first break, 1 from the
 * first break's year on, …): lines join points of the same stretch only, so a change of
 * definition is never drawn as a change of level.
 * @example segmentOf(2018, [2007, 2018]) // 2
 */
export function segmentOf(year: number, breakYears: readonly number[]): number {
  return breakYears.filter((b) => year >= b).length;
}

/**
 * The definition breaks to mark on a time axis from `from` to `to`: those after the first
 * year shown (a break in the first year changes nothing that is drawn), oldest first.
 * @example breaksWithin([2004, 2018], 2010, 2019) // [2018]
 */
export function breaksWithin(breakYears: readonly number[], from: number, to: number): number[] {
  return [...new Set(breakYears.filter((b) => b > from && b <= to))].sort((a, b) => a - b);
}

/**
 * Whether a series is too short to draw as a line: fewer than MIN_LINE_YEARS years with a value.
 * @example tooFewYears([2018, 2019]) // true
 */
export function tooFewYears(years: readonly number[]): boolean {
  return new Set(years).size < MIN_LINE_YEARS;
}
