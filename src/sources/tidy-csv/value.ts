import type { ObservationStatus } from '../../core/index.ts';

/** A cell of the value column: a number, or a marker for a missing or undefined value. */
export interface TidyValue {
  readonly value: number | null;
  readonly status: ObservationStatus;
}

/** The decimal separator of a whole file. */
export type DecimalSeparator = ',' | '.';

const DECIMAL_COMMA = /^[+-]?[\d.]*\d,\d+$/;
const WITH_POINT = /^[+-]?\d+(\.\d+)?$/;
/** Danish: optional thousands points in groups of three, optional decimal comma. */
const WITH_COMMA = /^[+-]?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/;

/**
 * The decimal separator a file uses: `,` when any value has a decimal comma ("3,9",
 * "1.234,5"; points are then thousands separators), otherwise `.`. One convention per file,
 * so that "79.000" is not read as 79 in one row and 79000 in another.
 * @example decimalSeparatorOf(['1.234,5', '79.000']) // ','
 */
export function decimalSeparatorOf(values: Iterable<string>): DecimalSeparator {
  for (const v of values) if (DECIMAL_COMMA.test(v.trim())) return ',';
  return '.';
}

/**
 * Reads a tidy value under the file's decimal separator: with `.`, "3.9"; with `,`, "3,9" or
 * "1.234,5". Empty, `M` or `..` is missing, `U` is undefined. Returns undefined for anything
 * else (not a number, the other convention, or too large to be finite).
 * @example parseTidyValue('1.234,5', ',') // { value: 1234.5, status: 'value' }
 */
export function parseTidyValue(raw: string, decimal: DecimalSeparator): TidyValue | undefined {
  const s = raw.trim();
  if (s === '' || s === '..' || s.toUpperCase() === 'M') return { value: null, status: 'missing' };
  if (s.toUpperCase() === 'U') return { value: null, status: 'undefined' };
  let n: number | undefined;
  if (decimal === '.' && WITH_POINT.test(s)) n = Number(s);
  if (decimal === ',' && WITH_COMMA.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
  return n !== undefined && Number.isFinite(n) ? { value: n, status: 'value' } : undefined;
}

/** True for "79.000": read with a decimal point it is 79, though it may mean 79 000. */
export function looksLikeThousands(raw: string): boolean {
  return /^[+-]?\d{1,3}(\.\d{3})+$/.test(raw.trim());
}
