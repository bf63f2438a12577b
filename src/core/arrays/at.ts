import { PotentialeError } from '../diagnostics/index.ts';

/**
 * `a[i]`, asserted: an index outside the array throws an internal error naming it, where
 * `a[i] ?? 0` would have turned an off-by-one into a plausible 0. For the numeric kernels
 * (DEA, OLS), whose indices are computed and must always be in range.
 * @example at(new Float64Array([1, 2]), 1) // 2
 * @example at([1, 2], 2) // throws PotentialeError('internal', 'Intern fejl: indeks 2 ligger uden for 0–1')
 */
export function at(a: ArrayLike<number>, i: number): number {
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
