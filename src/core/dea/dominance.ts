const CACHE_SIZE = 8;

/** The units no other unit dominates, and for every other unit one unit that dominates it. */
export interface DominanceFilter {
  /** Indices of the undominated units (one of each group of identical units). */
  readonly undominated: Int32Array;
  /** Per unit: an undominated unit that dominates it, or -1 when it is undominated itself. */
  readonly dominator: Int32Array;
}

/**
 * Finds the units that are not dominated by a single other unit (no more of any input, no less
 * of any output). A dominated unit lies inside the technology spanned by its dominator under
 * every returns-to-scale assumption (λ = 1 on the dominator), so it never changes anyone's
 * efficiency and is never needed as a reference column.
 *
 * Sort-filter-skyline: units sorted by Σ outputs − Σ inputs (of the scaled values; a dominator
 * never scores lower) are compared only with the undominated units found so far. Ties in the
 * score are broken by index, so of identical units the first is kept.
 * @param values unit-major n × (m + s) values, inputs first
 */
export function filterDominated(
  values: Float64Array,
  n: number,
  m: number,
  width: number,
): DominanceFilter {
  const score = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let v = 0;
    for (let c = 0; c < width; c++)
      v += c < m ? -(values[k * width + c] ?? 0) : (values[k * width + c] ?? 0);
    score[k] = v;
  }
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b,
  );
  const dominator = new Int32Array(n).fill(-1);
  const kept = new Int32Array(n);
  let count = 0;
  // The few units that dominated most recently are tried first: a handful of strong units
  // dominate most of the others, which saves most of the comparisons.
  const cache = new Int32Array(CACHE_SIZE).fill(-1);
  let cacheNext = 0;
  const dominates = (l: number, j: number): boolean => {
    const bl = l * width;
    const bj = j * width;
    for (let c = 0; c < m; c++) if ((values[bl + c] ?? 0) > (values[bj + c] ?? 0)) return false;
    for (let c = m; c < width; c++) if ((values[bl + c] ?? 0) < (values[bj + c] ?? 0)) return false;
    return true;
  };
  for (const j of order) {
    let found = -1;
    for (let t = 0; t < CACHE_SIZE && found < 0; t++) {
      const l = cache[t] ?? 0;
      if (l >= 0 && dominates(l, j)) found = l;
    }
    for (let t = 0; t < count && found < 0; t++) {
      const l = kept[t] ?? 0;
      if (dominates(l, j)) {
        found = l;
        cache[cacheNext] = l;
        cacheNext = (cacheNext + 1) % CACHE_SIZE;
      }
    }
    if (found >= 0) dominator[j] = found;
    else kept[count++] = j;
  }
  return { undominated: kept.slice(0, count), dominator };
}
