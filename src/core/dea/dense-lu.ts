import { at, atF64, atI32 } from '../arrays/index.ts';
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
  for (let i = 0; i < size * size; i++) scale = Math.max(scale, Math.abs(atF64(lu, i)));
  if (size > 0 && scale === 0) return false;
  for (let k = 0; k < size; k++) {
    let p = k;
    let best = Math.abs(atF64(lu, k * size + k));
    for (let i = k + 1; i < size; i++) {
      const v = Math.abs(atF64(lu, i * size + k));
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best <= singularTol * scale) return false;
    if (p !== k) {
      for (let j = 0; j < size; j++) {
        const tmp = atF64(lu, k * size + j);
        lu[k * size + j] = atF64(lu, p * size + j);
        lu[p * size + j] = tmp;
      }
      const tp = atI32(perm, k);
      perm[k] = atI32(perm, p);
      perm[p] = tp;
    }
    const pivot = atF64(lu, k * size + k);
    for (let i = k + 1; i < size; i++) {
      const f = atF64(lu, i * size + k) / pivot;
      lu[i * size + k] = f;
      if (f === 0) continue;
      for (let j = k + 1; j < size; j++)
        lu[i * size + j] = atF64(lu, i * size + j) - f * atF64(lu, k * size + j);
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
    let s = at(rhs, atI32(perm, k));
    for (let j = 0; j < k; j++) s -= atF64(lu, k * size + j) * atF64(out, j);
    out[k] = s;
  }
  for (let k = size - 1; k >= 0; k--) {
    let s = atF64(out, k);
    for (let j = k + 1; j < size; j++) s -= atF64(lu, k * size + j) * atF64(out, j);
    out[k] = s / atF64(lu, k * size + k);
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
    for (let j = 0; j < k; j++) s -= atF64(lu, j * size + k) * atF64(work, j);
    work[k] = s / atF64(lu, k * size + k);
  }
  for (let k = size - 1; k >= 0; k--) {
    let s = atF64(work, k);
    for (let j = k + 1; j < size; j++) s -= atF64(lu, j * size + k) * atF64(work, j);
    work[k] = s;
  }
  for (let k = 0; k < size; k++) out[atI32(perm, k)] = atF64(work, k);
}
