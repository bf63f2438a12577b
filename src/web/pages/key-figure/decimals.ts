/**
 * How many decimals a set of values shares, so a column or a row of a table reads evenly
 * ("52,0" next to "29,1", not "52" next to "29,1"): from the largest magnitude, three
 * significant digits, at most 2 decimals; whole numbers keep none.
 * @example sharedDecimals([52, 29.1, 39.2]) // 1
 */
export function sharedDecimals(values: readonly (number | null)[]): number {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0 || xs.every((v) => Number.isInteger(v))) return 0;
  const top = Math.max(...xs.map((v) => Math.abs(v)));
  return top >= 100 ? 0 : top >= 10 ? 1 : 2;
}

/** A formatted value with a key figure's unit: the core's one rule ("pct." as "%"). */
export { withUnit } from '../../../core/index.ts';
