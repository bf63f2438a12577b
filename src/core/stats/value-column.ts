import { InvalidInputError } from '../diagnostics/index.ts';

/**
 * One year's values of one key figure (or structural variable), aligned with a list of
 * municipality codes: position i belongs to `codes[i]`. A value is missing when it is null or
 * not a finite number, so a caller may hand over database rows mapped to `number | null` as
 * well as a Float64Array with NaN for the gaps.
 */
export type ValueColumn = ArrayLike<number | null>;

/**
 * True when the value is a usable number (finite).
 * @example [1, null, NaN].filter(isPresent) // [1]
 */
export function isPresent(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/**
 * The column as a Float64Array with NaN for every missing value. A Float64Array without
 * infinities is returned as it is (no copy), so the hot paths can call this freely.
 * @example toFloat64Column([1, null, 3]) // Float64Array [1, NaN, 3]
 */
export function toFloat64Column(column: ValueColumn): Float64Array {
  if (
    column instanceof Float64Array &&
    column.every((v) => Number.isFinite(v) || Number.isNaN(v))
  ) {
    return column;
  }
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    out[i] = isPresent(v) ? v : NaN;
  }
  return out;
}

/**
 * Refuses a column whose length differs from the number of codes: values and codes must be
 * aligned position by position, and a silent mismatch would attach values to the wrong
 * municipality. Throws InvalidInputError naming the column.
 * @example checkColumnLength([1, 2], 98, 'volume') // throws: 2 values for 98 codes
 */
export function checkColumnLength(column: ValueColumn, length: number, name: string): void {
  if (column.length !== length) {
    throw new InvalidInputError(
      `Kolonnen "${name}" har ${column.length} værdier, men der er ${length} kommunekoder`,
      name,
    );
  }
}
