import { PotentialeError } from '../diagnostics/index.ts';

/**
 * `a[i]`, asserted: an index outside the array throws an internal error naming it, where
 * `a[i] ?? 0` would have turned an off-by-one into a plausible 0. For the numeric kernels
 * (DEA, OLS), whose indices are computed and must always be in range.
 *
 * One function per array type (atF64, atI32, atU8): V8 optimises an element read for the
 * array kinds it has seen at that spot, and one `at` for every kind of array made the DEA
 * kernel several times slower. `at` is for plain arrays and ArrayLike inputs.
 * @example at([1, 2], 1) // 2
 * @example at([1, 2], 2) // throws PotentialeError('internal', 'Intern fejl: indeks 2 ligger uden for 0–1')
 */
export function at(a: ArrayLike<number>, i: number): number {
  const v = a[i];
  if (v === undefined) outOfRange(a.length, i);
  return v;
}

/** `a[i]` of a Float64Array, asserted (see `at`). */
export function atF64(a: Float64Array, i: number): number {
  const v = a[i];
  if (v === undefined) outOfRange(a.length, i);
  return v;
}

/** `a[i]` of an Int32Array, asserted (see `at`). */
export function atI32(a: Int32Array, i: number): number {
  const v = a[i];
  if (v === undefined) outOfRange(a.length, i);
  return v;
}

/** `a[i]` of a Uint8Array, asserted (see `at`). */
export function atU8(a: Uint8Array, i: number): number {
  const v = a[i];
  if (v === undefined) outOfRange(a.length, i);
  return v;
}

function outOfRange(length: number, i: number): never {
  throw new PotentialeError(
    'internal',
    `Intern fejl: indeks ${i} ligger uden for ${length === 0 ? 'et tomt array' : `0–${length - 1}`}`,
  );
}
