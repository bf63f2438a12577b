import { PotentialeError } from '../diagnostics/index.ts';
import { at } from '../arrays/index.ts';

/**
 * The widest spread DEA accepts within one column: its largest value over its smallest positive
 * one. Why: every column is scaled to order one, but the simplex works with absolute tolerances
 * (1e-9), so a value 1e6 times smaller than its column's mean is already within a thousand
 * tolerances of zero. Measured against an exact rational solver on random and on degenerate
 * (tied) data, spreads up to 1e6 give θ within 1e-13; from about 2e6 the double-precision
 * programmes begin to fail or to misjudge near-degenerate frontiers by up to 1e-6.
 */
export const MAX_COLUMN_SPREAD = 1e6;
/** Positive values must lie in [MIN_POSITIVE_VALUE, MAX_VALUE]; zero is always accepted. */
export const MIN_POSITIVE_VALUE = 1e-100;
export const MAX_VALUE = 1e100;

/** What went wrong with a column's numbers. */
export type DeaRangeReason = 'too-large' | 'too-small' | 'spread';

/**
 * Data DEA cannot solve reliably in double precision (a value above 1e100, a positive one below 1e-100, or a column
 * spanning more than {@link MAX_COLUMN_SPREAD}). A refusal of the data, not of the request's
 * form: kind 'invalid-file' (the server answers 422, the CLI exits 3); `parameter` is 'inputs'
 * or 'outputs' and `column` the 0-based column within them.
 */
export class DeaRangeError extends PotentialeError {
  readonly parameter: 'inputs' | 'outputs';
  readonly column: number;
  readonly reason: DeaRangeReason;
  /** The message in English, for the API's problem documents. */
  readonly messageEn: string;
  constructor(
    message: string,
    messageEn: string,
    parameter: 'inputs' | 'outputs',
    column: number,
    reason: DeaRangeReason,
  ) {
    super('invalid-file', message);
    this.name = 'DeaRangeError';
    this.messageEn = messageEn;
    this.parameter = parameter;
    this.column = column;
    this.reason = reason;
  }
}

const fmt = (v: number): string => v.toPrecision(3).replace(/\.?0+(?=e|$)/, '');

/**
 * Refuses a column whose numbers DEA cannot solve reliably (see {@link DeaRangeError}): a
 * positive value above 1e100 or below 1e-100, or a largest value more than 1e6 times the
 * smallest positive one. `values` is the column, `label` names it in the message.
 * @example checkColumnRange([1, 2, 1e-300], 'inputs', 0, 'Input "x"') // throws: too small
 */
export function checkColumnRange(
  values: ArrayLike<number>,
  parameter: 'inputs' | 'outputs',
  column: number,
  label: string,
): void {
  const labelEn = label.replace('-kolonne', ' column');
  let minPositive = Infinity;
  let max = 0;
  for (let k = 0; k < values.length; k++) {
    const v = at(values, k);
    if (v > 0 && v < minPositive) minPositive = v;
    if (v > max) max = v;
  }
  if (max > MAX_VALUE) {
    throw new DeaRangeError(
      `${label} har værdien ${fmt(max)}; DEA regner pålideligt med værdier op til ${fmt(MAX_VALUE)}. Skift enhed (fx mio. kr.)`,
      `${labelEn} has the value ${fmt(max)}; DEA solves reliably with values up to ${fmt(MAX_VALUE)}. Change the unit (e.g. millions)`,
      parameter,
      column,
      'too-large',
    );
  }
  if (minPositive < MIN_POSITIVE_VALUE) {
    throw new DeaRangeError(
      `${label} har værdien ${fmt(minPositive)}; DEA regner pålideligt med positive værdier fra ${fmt(MIN_POSITIVE_VALUE)}. Skift enhed, eller skriv 0`,
      `${labelEn} has the value ${fmt(minPositive)}; DEA solves reliably with positive values from ${fmt(MIN_POSITIVE_VALUE)}. Change the unit, or write 0`,
      parameter,
      column,
      'too-small',
    );
  }
  // The relative slack keeps a spread of exactly 1e6 (1e-21 to 1e-15) inside despite rounding.
  if (max > minPositive * MAX_COLUMN_SPREAD * (1 + 1e-12)) {
    throw new DeaRangeError(
      `${label} spænder fra ${fmt(minPositive)} til ${fmt(max)} (en faktor ${fmt(max / minPositive)}); DEA regner pålideligt, når den største værdi højst er ${fmt(MAX_COLUMN_SPREAD)} gange den mindste positive i samme kolonne`,
      `${labelEn} spans ${fmt(minPositive)} to ${fmt(max)} (a factor of ${fmt(max / minPositive)}); DEA solves reliably when a column's largest value is at most ${fmt(MAX_COLUMN_SPREAD)} times its smallest positive one`,
      parameter,
      column,
      'spread',
    );
  }
}
