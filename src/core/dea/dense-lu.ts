import { at } from '../arrays/index.ts';
/**
 * LU factorisation of a small dense square matrix with partial pivoting, in place and without
 * allocation (the simplex refactorises its basis after every solve): P·B = L·U stored together
 * (L below the diagonal with a unit diagonal, U on and above it), row k of the factors being
 * row perm[k] of B.
 */

/**
 * Factorises the size × size row-major matrix in `lu` (overwritten with the factors) and fills
 * `perm`. Returns false when a pivot is below `singularTol` times the largest entry, i.e. B is
 * numerically singular.
 * @example
 * const lu = Float64Array.of(0, 1, 2, 3);
 * luFactor(lu, new Int32Array(2), 2) // true (rows swapped: perm = [1, 0])
 */
export function luFactor(
  lu: Float64Array,
  perm: Int32Array,
  size: number,
  singularTol = 1e-13,
): boolean {
  for (let i = 0; i < size; i++) perm[i] = i;
  let scale = 0;
  for (let i = 0; i < size * size; i++) scale = Math.max(scale, Math.abs(at(lu, i)));
  if (size > 0 && scale === 0) return false;
  for (let k = 0; k < size; k++) {
    let p = k;
    let best = Math.abs(at(lu, k * size + k));
    for (let i = k + 1; i < size; i++) {
      const v = Math.abs(at(lu, i * size + k));
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best <= singularTol * scale) return false;
    if (p !== k) {
      for (let j = 0; j < size; j++) {
        const tmp = at(lu, k * size + j);
        lu[k * size + j] = at(lu, p * size + j);
        lu[p * size + j] = tmp;
      }
      const tp = at(perm, k);
      perm[k] = at(perm, p);
      perm[p] = tp;
    }
    const pivot = at(lu, k * size + k);
    for (let i = k + 1; i < size; i++) {
      const f = at(lu, i * size + k) / pivot;
      lu[i * size + k] = f;
      if (f === 0) continue;
      for (let j = k + 1; j < size; j++)
        lu[i * size + j] = at(lu, i * size + j) - f * at(lu, k * size + j);
    }
  }
  return true;
}

/** Solves B·x = rhs into `out` (which may not be `rhs`). */
export function luSolve(
  lu: Float64Array,
  perm: Int32Array,
  size: number,
  rhs: ArrayLike<number>,
  out: Float64Array,
): void {
  for (let k = 0; k < size; k++) {
    let s = at(rhs, at(perm, k));
    for (let j = 0; j < k; j++) s -= at(lu, k * size + j) * at(out, j);
    out[k] = s;
  }
  for (let k = size - 1; k >= 0; k--) {
    let s = at(out, k);
    for (let j = k + 1; j < size; j++) s -= at(lu, k * size + j) * at(out, j);
    out[k] = s / at(lu, k * size + k);
  }
}

/** Solves Bᵀ·y = rhs into `out`, using `work` (size entries) as scratch. */
export function luSolveTransposed(
  lu: Float64Array,
  perm: Int32Array,
  size: number,
  rhs: ArrayLike<number>,
  out: Float64Array,
  work: Float64Array,
): void {
  // Bᵀ = Uᵀ·Lᵀ·P: solve Uᵀv = rhs, then Lᵀw = v, then y = Pᵀw.
  for (let k = 0; k < size; k++) {
    let s = at(rhs, k);
    for (let j = 0; j < k; j++) s -= at(lu, j * size + k) * at(work, j);
    work[k] = s / at(lu, k * size + k);
  }
  for (let k = size - 1; k >= 0; k--) {
    let s = at(work, k);
    for (let j = k + 1; j < size; j++) s -= at(lu, j * size + k) * at(work, j);
    work[k] = s;
  }
  for (let k = 0; k < size; k++) out[at(perm, k)] = at(work, k);
}
