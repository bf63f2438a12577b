import type { LpProblem } from './lp-problem.ts';
import { at, atF64 } from '../arrays/index.ts';

/**
 * The working memory of one simplex solver instance, reused from solve to solve: DEA solves
 * thousands of small programmes, and allocating a dozen typed arrays for each costs more than the
 * pivoting. Buffers only grow.
 *
 * The constraint matrix is stored column by column (`a[j·m + i]`), because the revised simplex
 * touches whole columns: pricing (y·a_j), the entering column B⁻¹a_q, building B. Columns are the
 * structurals, one logical per row, then room for one artificial per row; `n` are in use.
 *
 * Loading scales the problem (see {@link loadScaled}): min c'·x' s.t. A'x' (types) b',
 * lo' ≤ x' ≤ up', with A' = R·A·C, b' = R·b, c' = σ·C·c (negated for 'max') and x = C·x'.
 */
export class SimplexWorkspace {
  /** Rows. */
  m = 0;
  /** Structural variables. */
  nv = 0;
  /** Columns in use: structurals, logicals, artificials. */
  n = 0;
  /** First artificial column (n when there are none). */
  firstArtificial = 0;
  objScale = 1;
  /** The scaled constraint matrix, column-major, with logical and artificial columns. */
  a = new Float64Array(0);
  /** The basis inverse, m × m row-major: row k belongs to basis[k]. */
  binv = new Float64Array(0);
  b = new Float64Array(0);
  /** Row types: 0 '<=', 1 '>=', 2 '='. */
  types = new Uint8Array(0);
  rowScale = new Float64Array(0);
  colScale = new Float64Array(0);
  /** Phase-2 costs, scaled (0 for logicals and artificials). */
  c = new Float64Array(0);
  /** Costs of the current phase. */
  cost = new Float64Array(0);
  lower = new Float64Array(0);
  upper = new Float64Array(0);
  x = new Float64Array(0);
  status = new Uint8Array(0);
  basis = new Int32Array(0);
  /** Simplex multipliers y = B⁻ᵀc_B. */
  y = new Float64Array(0);
  /** The entering column B⁻¹a_q. */
  alpha = new Float64Array(0);
  lu = new Float64Array(0);
  perm = new Int32Array(0);
  work = new Float64Array(0);
  work2 = new Float64Array(0);

  /** Makes room for m rows and nv structural variables. */
  reserve(m: number, nv: number): void {
    const cols = nv + 2 * m;
    if (this.a.length < m * cols) this.a = new Float64Array(m * cols);
    if (this.x.length < cols) {
      for (const key of ['c', 'cost', 'lower', 'upper', 'x', 'colScale'] as const) {
        this[key] = new Float64Array(cols);
      }
      this.status = new Uint8Array(cols);
    }
    if (this.b.length < m) {
      for (const key of ['b', 'rowScale', 'y', 'alpha', 'work', 'work2'] as const) {
        this[key] = new Float64Array(m);
      }
      this.types = new Uint8Array(m);
      this.basis = new Int32Array(m);
      this.perm = new Int32Array(m);
      this.lu = new Float64Array(m * m);
      this.binv = new Float64Array(m * m);
    }
  }
}

// Scratch for reading and writing the bits of a double (pow2 below stays a pure function).
const bits = new DataView(new ArrayBuffer(8));

/**
 * The power of two nearest to v (v > 0), from the exponent bits: rounding log2(v) is rounding
 * up when the mantissa is at least √2. Subnormal, infinite or extreme values give 1 (no scaling).
 */
function pow2(v: number): number {
  if (v > 0.71 && v < 1.41) return 1;
  bits.setFloat64(0, v);
  const hi = bits.getUint32(0);
  let e = (hi >>> 20) & 0x7ff;
  if (e === 0 || e >= 0x7fe) return 1;
  if ((hi & 0xfffff) >= 0x6a09f) e++; // 0x6a09f / 2^20 ≈ √2 − 1
  bits.setUint32(0, e << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

/**
 * Copies `problem` into the workspace, scaled so that its nonzero coefficients cluster around 1:
 * rows by the geometric mean of their extremes, columns likewise, then columns equilibrated to a
 * largest entry near 1; the largest objective coefficient near 1; each rhs follows its row.
 * Every factor is a power of two, so scaling adds no rounding error. Why scale: the simplex uses
 * absolute tolerances, which are only meaningful for numbers of order one; data in billions or in
 * millionths must give the same answer as data near one. Also sets the logicals and the bounds.
 */
export function loadScaled(w: SimplexWorkspace, problem: LpProblem, nv: number): void {
  const m = problem.rows.length;
  w.reserve(m, nv);
  w.m = m;
  w.nv = nv;
  const { a, b, types, rowScale, colScale, work: rowLo, work2: rowHi } = w;
  a.fill(0, 0, m * (nv + m));
  for (let i = 0; i < m; i++) {
    const row = problem.rows[i];
    if (row === undefined) continue;
    const coefficients = row.coefficients;
    for (let j = 0; j < nv; j++) a[j * m + i] = at(coefficients, j);
    b[i] = row.rhs;
    types[i] = row.type === '<=' ? 0 : row.type === '>=' ? 1 : 2;
    rowScale[i] = 1;
    rowLo[i] = Infinity;
    rowHi[i] = 0;
  }
  // Rows: geometric mean of the extremes.
  for (let j = 0; j < nv; j++) {
    const base = j * m;
    for (let i = 0; i < m; i++) {
      const v = Math.abs(atF64(a, base + i));
      if (v === 0) continue;
      if (v < atF64(rowLo, i)) rowLo[i] = v;
      if (v > atF64(rowHi, i)) rowHi[i] = v;
    }
  }
  for (let i = 0; i < m; i++) {
    if (rowHi[i] !== 0) rowScale[i] = pow2(1 / Math.sqrt(atF64(rowLo, i) * atF64(rowHi, i)));
  }
  // Columns: geometric mean, then equilibrated so the largest entry is near 1.
  for (let j = 0; j < nv; j++) {
    const base = j * m;
    let lo = Infinity;
    let hi = 0;
    for (let i = 0; i < m; i++) {
      const v = Math.abs(atF64(a, base + i) * atF64(rowScale, i));
      if (v === 0) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    let f = 1;
    if (hi !== 0) {
      f = pow2(1 / Math.sqrt(lo * hi));
      f *= pow2(1 / (hi * f));
    }
    colScale[j] = f;
    for (let i = 0; i < m; i++) a[base + i] = atF64(a, base + i) * (atF64(rowScale, i) * f);
  }
  for (let i = 0; i < m; i++) b[i] = atF64(b, i) * atF64(rowScale, i);

  const sign = problem.sense === 'max' ? -1 : 1;
  const { c, lower, upper } = w;
  let cmax = 0;
  for (let j = 0; j < nv; j++) {
    c[j] = at(problem.objective, j) * atF64(colScale, j);
    cmax = Math.max(cmax, Math.abs(atF64(c, j)));
  }
  const sigma = cmax > 0 ? pow2(1 / cmax) : 1;
  for (let j = 0; j < nv; j++) c[j] = atF64(c, j) * (sigma * sign);
  w.objScale = sigma * sign;
  const lowerIn = problem.lower;
  const upperIn = problem.upper;
  for (let j = 0; j < nv; j++) {
    lower[j] = (lowerIn === undefined ? 0 : at(lowerIn, j)) / atF64(colScale, j);
    upper[j] = (upperIn === undefined ? Infinity : at(upperIn, j)) / atF64(colScale, j);
  }
  for (let i = 0; i < m; i++) {
    const logical = nv + i;
    a[logical * m + i] = 1;
    c[logical] = 0;
    lower[logical] = types[i] === 1 ? -Infinity : 0;
    upper[logical] = types[i] === 0 ? Infinity : 0;
  }
}
