import { luFactor, luSolve } from '../dea/index.ts';

/** The answer of simplexLeastSquares: the weights and the squared error they leave. */
export interface SimplexFit {
  readonly weights: Float64Array;
  /** ‖A·w − b‖², the sum of squared errors. */
  readonly sse: number;
  readonly iterations: number;
}

/**
 * Convex weights that best reproduce `b` from the columns of `A` (DESIGN.md §3.8's synthetic
 * control): minimise ‖A·w − b‖² subject to w ≥ 0 and Σw = 1. A primal active-set method in the
 * manner of Lawson and Hanson's NNLS, with the sum constraint kept exactly in each
 * equality-constrained least-squares step (a KKT system solved by LU): it ends at the exact
 * optimum (to rounding) in finitely many steps. `A` is column-major: column j (a donor's
 * pre-period path) is `columns[j]`, each of length m.
 * @example simplexLeastSquares([[0, 0], [2, 0]], [1, 1]).weights // Float64Array [0.5, 0.5]
 */
export function simplexLeastSquares(
  columns: readonly (readonly number[] | Float64Array)[],
  b: readonly number[] | Float64Array,
  tolerance = 1e-10,
): SimplexFit {
  const n = columns.length;
  const m = b.length;
  if (n === 0) throw new RangeError('simplexLeastSquares: no columns');
  for (const c of columns)
    if (c.length !== m) throw new RangeError('simplexLeastSquares: a column of another length');
  // The weights do not change when A and b are scaled together; scaling them to magnitude 1
  // keeps the Gram matrix's entries near m, so the ridge and pivot tolerances mean the same
  // for kroner per person as for shares.
  let top = 0;
  for (const c of columns) for (const v of c) top = Math.max(top, Math.abs(v));
  for (const v of b) top = Math.max(top, Math.abs(v));
  const unit = top > 0 && Number.isFinite(top) ? top : 1;
  const scaled = columns.map((c) => Float64Array.from(c, (v) => v / unit));
  b = Float64Array.from(b, (v) => v / unit);
  const col = (j: number) => scaled[j] as ArrayLike<number>;
  const gram = new Float64Array(n * n);
  const atb = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += (col(i)[k] ?? 0) * (col(j)[k] ?? 0);
      gram[i * n + j] = s;
      gram[j * n + i] = s;
    }
    let s = 0;
    for (let k = 0; k < m; k++) s += (col(i)[k] ?? 0) * (b[k] ?? 0);
    atb[i] = s;
  }
  const g = (i: number, j: number) => gram[i * n + j] ?? 0;
  const sseOf = (w: Float64Array) => {
    let s = 0;
    for (let k = 0; k < m; k++) {
      let r = -(b[k] ?? 0);
      for (let j = 0; j < n; j++) r += (w[j] ?? 0) * (col(j)[k] ?? 0);
      s += r * r;
    }
    return s;
  };
  // Start at the best single column: a vertex of the simplex.
  let w = new Float64Array(n);
  let best = 0;
  for (let j = 1; j < n; j++)
    if (g(j, j) - 2 * (atb[j] ?? 0) < g(best, best) - 2 * (atb[best] ?? 0)) best = j;
  w[best] = 1;
  const free = new Set<number>([best]);
  const scale = Math.max(1, ...Array.from(atb, Math.abs), ...Array.from(gram, Math.abs));
  let iterations = 0;
  for (; iterations < 10 * n + 50; iterations++) {
    // Gradient of ½‖Aw − b‖²: Gw − Aᵀb. At the optimum, free weights share one value −μ of it
    // and no bound weight's gradient is below that.
    const grad = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = -(atb[i] ?? 0);
      for (let j = 0; j < n; j++) s += g(i, j) * (w[j] ?? 0);
      grad[i] = s;
    }
    let mu = 0;
    for (const i of free) mu += grad[i] ?? 0;
    mu /= free.size;
    let enter = -1;
    let most = -tolerance * scale;
    for (let i = 0; i < n; i++)
      if (!free.has(i) && (grad[i] ?? 0) - mu < most) {
        most = (grad[i] ?? 0) - mu;
        enter = i;
      }
    if (enter < 0) break;
    free.add(enter);
    // Inner loop: the equality-constrained optimum on the free set, stepping back to stay ≥ 0.
    for (;;) {
      const z = constrainedStep(
        [...free].sort((a, c) => a - c),
        g,
        atb,
        n,
      );
      let alpha = 1;
      let leave = -1;
      for (const i of free) {
        const zi = z[i] ?? 0;
        const wi = w[i] ?? 0;
        if (zi <= tolerance && wi - zi > 0) {
          const a = wi / (wi - zi);
          if (a < alpha) {
            alpha = a;
            leave = i;
          }
        }
      }
      const next = new Float64Array(n);
      for (const i of free) next[i] = (w[i] ?? 0) + alpha * ((z[i] ?? 0) - (w[i] ?? 0));
      w = next;
      if (leave < 0) break;
      for (const i of [...free])
        if ((w[i] ?? 0) <= tolerance) {
          free.delete(i);
          w[i] = 0;
        }
      if (free.size === 0) throw new Error('simplexLeastSquares: lost every column');
    }
  }
  // Rounding may leave the sum a hair from 1: renormalise.
  const total = w.reduce((s, x) => s + x, 0);
  for (let i = 0; i < n; i++) w[i] = (w[i] ?? 0) / total;
  return { weights: w, sse: sseOf(w) * unit * unit, iterations };
}

/**
 * The minimiser of ½wᵀGw − wᵀAᵀb over the free columns with Σw = 1 (others 0), from the KKT
 * system [[G_FF, 1], [1ᵀ, 0]]·[w; λ] = [Aᵀb_F; 1]. A tiny ridge keeps it solvable when two
 * columns are the same (then any split between them is optimal).
 */
function constrainedStep(
  freeList: readonly number[],
  g: (i: number, j: number) => number,
  atb: Float64Array,
  n: number,
): Float64Array {
  const k = freeList.length;
  const size = k + 1;
  const kkt = new Float64Array(size * size);
  const rhs = new Float64Array(size);
  let trace = 0;
  for (const i of freeList) trace += g(i, i);
  const perm = new Int32Array(size);
  // More free columns than pre-years make G_FF singular; the ridge picks one of the equally
  // good splits. It grows only if LU still meets a zero pivot.
  for (let ridgeFactor = 1e-12; ; ridgeFactor *= 1e3) {
    const ridge = ridgeFactor * Math.max(trace / Math.max(k, 1), 1);
    freeList.forEach((i, r) => {
      freeList.forEach((j, c) => {
        kkt[r * size + c] = g(i, j) + (r === c ? ridge : 0);
      });
      kkt[r * size + k] = 1;
      kkt[k * size + r] = 1;
      rhs[r] = atb[i] ?? 0;
    });
    rhs[k] = 1;
    if (luFactor(kkt, perm, size, 1e-15)) break;
    if (ridgeFactor > 1e-5) throw new Error('simplexLeastSquares: singular step');
  }
  const x = new Float64Array(size);
  luSolve(kkt, perm, size, rhs, x);
  const z = new Float64Array(n);
  freeList.forEach((i, r) => {
    z[i] = x[r] ?? 0;
  });
  return z;
}
