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
  for (let i = 0; i < size * size; i++) scale = Math.max(scale, Math.abs(lu[i] ?? 0));
  if (size > 0 && scale === 0) return false;
  for (let k = 0; k < size; k++) {
    let p = k;
    let best = Math.abs(lu[k * size + k] ?? 0);
    for (let i = k + 1; i < size; i++) {
      const v = Math.abs(lu[i * size + k] ?? 0);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best <= singularTol * scale) return false;
    if (p !== k) {
      for (let j = 0; j < size; j++) {
        const tmp = lu[k * size + j] ?? 0;
        lu[k * size + j] = lu[p * size + j] ?? 0;
        lu[p * size + j] = tmp;
      }
      const tp = perm[k] ?? 0;
      perm[k] = perm[p] ?? 0;
      perm[p] = tp;
    }
    const pivot = lu[k * size + k] ?? 0;
    for (let i = k + 1; i < size; i++) {
      const f = (lu[i * size + k] ?? 0) / pivot;
      lu[i * size + k] = f;
      if (f === 0) continue;
      for (let j = k + 1; j < size; j++)
        lu[i * size + j] = (lu[i * size + j] ?? 0) - f * (lu[k * size + j] ?? 0);
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
    let s = rhs[perm[k] ?? 0] ?? 0;
    for (let j = 0; j < k; j++) s -= (lu[k * size + j] ?? 0) * (out[j] ?? 0);
    out[k] = s;
  }
  for (let k = size - 1; k >= 0; k--) {
    let s = out[k] ?? 0;
    for (let j = k + 1; j < size; j++) s -= (lu[k * size + j] ?? 0) * (out[j] ?? 0);
    out[k] = s / (lu[k * size + k] ?? 0);
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
    let s = rhs[k] ?? 0;
    for (let j = 0; j < k; j++) s -= (lu[j * size + k] ?? 0) * (work[j] ?? 0);
    work[k] = s / (lu[k * size + k] ?? 0);
  }
  for (let k = size - 1; k >= 0; k--) {
    let s = work[k] ?? 0;
    for (let j = k + 1; j < size; j++) s -= (lu[j * size + k] ?? 0) * (work[j] ?? 0);
    work[k] = s;
  }
  for (let k = 0; k < size; k++) out[perm[k] ?? 0] = work[k] ?? 0;
}
