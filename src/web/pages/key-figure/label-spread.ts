/**
 * Positions for labels that want to sit at `wanted` (e.g. the end of each line in a chart)
 * but must be at least `gap` apart and inside [min, max]: overlapping labels are pushed apart
 * symmetrically around where they wanted to be (each cluster centred on its wishes), order kept.
 * Returns the positions in the input's order. When they cannot all fit, they are spaced evenly.
 * @example spreadLabels([10, 11, 50], 5, 0, 100) // [8, 13, 50]
 */
export function spreadLabels(
  wanted: readonly number[],
  gap: number,
  min: number,
  max: number,
): number[] {
  const order = wanted.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
  const n = order.length;
  if (n === 0) return [];
  if ((n - 1) * gap > max - min) {
    const step = n > 1 ? (max - min) / (n - 1) : 0;
    const out = new Array<number>(n);
    order.forEach((o, k) => (out[o.i] = min + k * step));
    return out;
  }
  // Clusters of consecutive labels laid out `gap` apart from `top`; the best top for a cluster
  // is the mean of (wish − offset), clamped to the range; merge while clusters overlap.
  interface Cluster {
    first: number;
    count: number;
    sum: number;
    top: number;
  }
  const place = (c: Cluster) => {
    c.top = Math.min(Math.max(c.sum / c.count, min), max - (c.count - 1) * gap);
  };
  const clusters: Cluster[] = [];
  order.forEach((o, k) => {
    const c: Cluster = { first: k, count: 1, sum: o.w, top: o.w };
    place(c);
    clusters.push(c);
    for (;;) {
      const last = clusters[clusters.length - 1] as Cluster;
      const before = clusters[clusters.length - 2];
      if (!before || before.top + before.count * gap <= last.top) break;
      // Offsets of the later cluster's members grow by the earlier cluster's size.
      before.sum += last.sum - before.count * gap * last.count;
      before.count += last.count;
      place(before);
      clusters.pop();
    }
  });
  const out = new Array<number>(n);
  for (const c of clusters) {
    for (let j = 0; j < c.count; j++)
      out[(order[c.first + j] as { i: number }).i] = c.top + j * gap;
  }
  return out;
}
