/**
 * A figure's yearly values for the municipality and its peers (DESIGN.md §3.8): `years`
 * ascending, `own[t]` and `peers[p].values[t]` aligned with them; NaN where a value is missing.
 */
export interface Panel {
  readonly years: readonly number[];
  readonly own: readonly number[];
  readonly peers: ReadonlyArray<{ readonly code: string; readonly values: readonly number[] }>;
}

/** The positions of the years before `startYear` and from it on. */
export function splitYears(years: readonly number[], startYear: number) {
  const pre: number[] = [];
  const post: number[] = [];
  years.forEach((y, t) => (y < startYear ? pre : post).push(t));
  return { pre, post };
}

/** The peers with a value in every year of the window (the others are left out, and named). */
export function completePeers(panel: Panel) {
  const kept = panel.peers.filter((p) => p.values.every((v) => Number.isFinite(v)));
  const dropped = panel.peers.filter((p) => !kept.includes(p)).map((p) => p.code);
  return { kept, dropped };
}

export const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
