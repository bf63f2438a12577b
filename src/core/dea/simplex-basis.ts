import { luFactor, luSolve } from './dense-lu.ts';
import type { BasisStatus, LpBasis } from './lp-problem.ts';
import type { SimplexWorkspace } from './simplex-workspace.ts';
import { atF64, atI32, atU8 } from '../arrays/index.ts';

/**
 * The basis of the revised bounded-variable simplex kept in a {@link SimplexWorkspace}: which
 * column is basic in each row position, where every nonbasic column sits (at a bound, or at zero
 * when free), and the explicit basis inverse. Explicit and dense because DEA programmes have a
 * handful of rows: B⁻¹ is m × m, its update after a pivot costs m², and a warm start costs one
 * m³ factorisation instead of rebuilding a rows × columns tableau.
 *
 * Logical columns carry the row types in their bounds: '<=' [0, ∞), '>=' (−∞, 0], '=' [0, 0].
 */

/** Variable statuses: basic, nonbasic at its lower or upper bound, or nonbasic free at zero. */
export const BASIC = 0;
export const AT_LOWER = 1;
export const AT_UPPER = 2;
export const FREE_ZERO = 3;

/**
 * The cold start: structurals at a finite bound (or zero when free), each row's logical basic
 * when the residual fits its bounds, otherwise an artificial (±e_i, cost 1 in phase 1) that
 * absorbs it. Returns the number of artificials.
 */
export function coldStart(w: SimplexWorkspace): number {
  const { m, nv, a, b, lower, upper, x, status, basis, types, binv, work: residual } = w;
  for (let i = 0; i < m; i++) residual[i] = atF64(b, i);
  for (let j = 0; j < nv; j++) {
    const lo = atF64(lower, j);
    const up = atF64(upper, j);
    let v = 0;
    if (lo > -Infinity) {
      v = lo;
      status[j] = AT_LOWER;
    } else if (up < Infinity) {
      v = up;
      status[j] = AT_UPPER;
    } else {
      status[j] = FREE_ZERO;
    }
    x[j] = v;
    if (v !== 0)
      for (let i = 0; i < m; i++) residual[i] = atF64(residual, i) - atF64(a, j * m + i) * v;
  }
  binv.fill(0, 0, m * m);
  let art = nv + m;
  for (let i = 0; i < m; i++) {
    const r = atF64(residual, i);
    const logical = nv + i;
    const type = atU8(types, i);
    const fits = type === 0 ? r >= 0 : type === 1 ? r <= 0 : r === 0;
    if (fits) {
      basis[i] = logical;
      status[logical] = BASIC;
      x[logical] = r;
      binv[i * m + i] = 1;
      continue;
    }
    const sign = r > 0 ? 1 : -1;
    a.fill(0, art * m, art * m + m);
    a[art * m + i] = sign;
    lower[art] = 0;
    upper[art] = Infinity;
    x[art] = Math.abs(r);
    basis[i] = art;
    status[art] = BASIC;
    binv[i * m + i] = sign;
    x[logical] = 0;
    status[logical] = type === 1 ? AT_UPPER : AT_LOWER;
    art++;
  }
  w.n = art;
  w.firstArtificial = nv + m;
  return art - (nv + m);
}

/**
 * The warm start from a given basis. Returns false when it does not fit: wrong size, not one
 * basic variable per row, a singular B, or basic values outside their bounds (the caller then
 * starts cold).
 */
export function warmStart(w: SimplexWorkspace, hint: LpBasis): boolean {
  const { m, nv, lower, upper, x, status, basis } = w;
  if (hint.variables.length !== nv || hint.rows.length !== m) return false;
  const n = nv + m;
  w.n = n;
  w.firstArtificial = n;
  let basic = 0;
  for (let j = 0; j < n; j++) {
    const st = j < nv ? hint.variables[j] : hint.rows[j - nv];
    const lo = atF64(lower, j);
    const up = atF64(upper, j);
    if (st === 'basic') {
      if (basic === m) return false;
      basis[basic++] = j;
      status[j] = BASIC;
      x[j] = 0;
    } else if ((st === 'upper' || lo === -Infinity) && up < Infinity) {
      status[j] = AT_UPPER;
      x[j] = up;
    } else if (lo > -Infinity) {
      status[j] = AT_LOWER;
      x[j] = lo;
    } else {
      status[j] = FREE_ZERO;
      x[j] = 0;
    }
  }
  if (basic !== m || !refactor(w)) return false;
  for (let k = 0; k < m; k++) {
    const p = atI32(basis, k);
    if (atF64(x, p) < atF64(lower, p) - 1e-9 || atF64(x, p) > atF64(upper, p) + 1e-9) return false;
  }
  return true;
}

/**
 * Recomputes B⁻¹ and the basic values from the original matrix (an LU factorisation of B).
 * Why: every pivot adds rounding error to B⁻¹; starting again from A bounds it and gives accurate
 * values at the end. Returns false when B is numerically singular.
 */
export function refactor(w: SimplexWorkspace): boolean {
  const { m, n, a, b, x, basis, status, lu, perm, binv, work, work2 } = w;
  for (let k = 0; k < m; k++) {
    const col = atI32(basis, k) * m;
    for (let i = 0; i < m; i++) lu[i * m + k] = atF64(a, col + i);
  }
  if (!luFactor(lu, perm, m)) return false;
  for (let i = 0; i < m; i++) {
    work.fill(0, 0, m);
    work[i] = 1;
    luSolve(lu, perm, m, work, work2);
    for (let k = 0; k < m; k++) binv[k * m + i] = atF64(work2, k);
  }
  for (let i = 0; i < m; i++) work[i] = atF64(b, i);
  for (let j = 0; j < n; j++) {
    const v = atF64(x, j);
    if (status[j] === BASIC || v === 0) continue;
    for (let i = 0; i < m; i++) work[i] = atF64(work, i) - atF64(a, j * m + i) * v;
  }
  for (let k = 0; k < m; k++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += atF64(binv, k * m + i) * atF64(work, i);
    x[atI32(basis, k)] = s;
  }
  return true;
}

/** y = B⁻ᵀc_B for the current cost vector. */
export function computeMultipliers(w: SimplexWorkspace): void {
  const { m, basis, cost, binv, y } = w;
  y.fill(0, 0, m);
  for (let k = 0; k < m; k++) {
    const cb = atF64(cost, atI32(basis, k));
    if (cb === 0) continue;
    for (let i = 0; i < m; i++) y[i] = atF64(y, i) + cb * atF64(binv, k * m + i);
  }
}

/** cost_j − y·a_j. */
export function reducedCost(w: SimplexWorkspace, j: number): number {
  const { m, a, y } = w;
  let s = atF64(w.cost, j);
  const col = j * m;
  for (let i = 0; i < m; i++) s -= atF64(y, i) * atF64(a, col + i);
  return s;
}

/** alpha = B⁻¹a_q. */
export function computeAlpha(w: SimplexWorkspace, q: number): void {
  const { m, a, binv, alpha } = w;
  const col = q * m;
  for (let k = 0; k < m; k++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += atF64(binv, k * m + i) * atF64(a, col + i);
    alpha[k] = s;
  }
}

/**
 * Makes column q basic in position r (alpha must hold B⁻¹a_q): updates B⁻¹ and the bookkeeping;
 * the leaving variable gets `leavingStatus`. Values in x must already be updated by the caller.
 */
export function pivot(w: SimplexWorkspace, r: number, q: number, leavingStatus: number): void {
  const { m, binv, alpha } = w;
  const rowR = r * m;
  const inv = 1 / atF64(alpha, r);
  for (let i = 0; i < m; i++) binv[rowR + i] = atF64(binv, rowR + i) * inv;
  for (let k = 0; k < m; k++) {
    if (k === r) continue;
    const f = atF64(alpha, k);
    if (f === 0) continue;
    const row = k * m;
    for (let i = 0; i < m; i++) binv[row + i] = atF64(binv, row + i) - f * atF64(binv, rowR + i);
  }
  w.status[atI32(w.basis, r)] = leavingStatus;
  w.basis[r] = q;
  w.status[q] = BASIC;
}

/** Fixes the artificials at zero and pivots the basic ones out where their row allows it. */
export function dropArtificials(w: SimplexWorkspace): void {
  const { m, n, a, binv, basis, x, lower, upper, status, firstArtificial } = w;
  for (let r = 0; r < m; r++) {
    if (atI32(basis, r) < firstArtificial) continue;
    let best = -1;
    let bestAbs = 1e-7;
    for (let j = 0; j < firstArtificial; j++) {
      if (status[j] === BASIC || lower[j] === upper[j]) continue;
      let v = 0;
      for (let i = 0; i < m; i++) v += atF64(binv, r * m + i) * atF64(a, j * m + i);
      if (Math.abs(v) > bestAbs) {
        bestAbs = Math.abs(v);
        best = j;
      }
    }
    // A row without such an entry is redundant: its artificial stays basic, fixed at zero.
    if (best < 0) continue;
    computeAlpha(w, best);
    pivot(w, r, best, AT_LOWER);
  }
  for (let j = firstArtificial; j < n; j++) {
    lower[j] = 0;
    upper[j] = 0;
    if (status[j] !== BASIC) x[j] = 0;
  }
}

const STATUS_NAMES: readonly BasisStatus[] = ['basic', 'lower', 'upper', 'free'];

/**
 * The basis in terms of the problem's variables and rows. An artificial still basic (in a
 * redundant row) is reported as that row's logical, which spans the same direction.
 */
export function exportBasis(w: SimplexWorkspace): LpBasis {
  const { m, nv, status, basis, firstArtificial } = w;
  const variables: BasisStatus[] = new Array<BasisStatus>(nv);
  for (let j = 0; j < nv; j++) variables[j] = STATUS_NAMES[atU8(status, j)] ?? 'lower';
  const rows: BasisStatus[] = new Array<BasisStatus>(m);
  for (let i = 0; i < m; i++) rows[i] = STATUS_NAMES[atU8(status, nv + i)] ?? 'lower';
  for (let k = 0; k < m; k++) {
    const p = atI32(basis, k);
    if (p < firstArtificial) continue;
    for (let i = 0; i < m; i++) {
      if (w.a[p * m + i] !== 0) rows[i] = 'basic';
    }
  }
  return { variables, rows };
}
