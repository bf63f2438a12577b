import { formatNumber } from '../../core/index.ts';
import { HeavyError } from './errors.ts';

/**
 * What one anonymous DEA request may ask for, checked before any computing. Why these numbers:
 * DEA time grows with units × columns (about n^1.4 in the units, and each LP has a row per
 * column); 10 000 units × 5 columns take about 1 s, 10 000 × 20 several, which the time budget
 * still allows. A request past a limit is refused at once: 413 for the size of the data (units,
 * cells), 422 for the model (too many or repeated columns), naming the limit and the value.
 */
export interface HeavyLimits {
  /** Units (rows) of an uploaded table; default 10 000. */
  readonly maxUnits: number;
  /** Distinct columns of a model (inputs + non-discretionary + outputs); default 50. */
  readonly maxColumns: number;
  /** Units × columns of an uploaded table; default 200 000 (10 000 units × 20 columns). */
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: HeavyLimits = { maxUnits: 10_000, maxColumns: 50, maxCells: 200_000 };

const count = (n: number): string => formatNumber('da', n);

/**
 * Refuses a model that names a column twice (422, naming it and where) or more than
 * `maxColumns` columns (422). Returns the distinct columns in model order.
 * @example checkDeaModel({ inputs: ['x', 'x'], outputs: ['y'], nonDiscretionary: [] }, DEFAULT_LIMITS) // throws 422 naming "x"
 */
export function checkDeaModel(
  model: {
    readonly inputs: readonly string[];
    readonly outputs: readonly string[];
    readonly nonDiscretionary: readonly string[];
  },
  limits: HeavyLimits,
): string[] {
  const seen = new Map<string, string>();
  for (const [parameter, names] of [
    ['inputs', model.inputs],
    ['nonDiscretionary', model.nonDiscretionary],
    ['outputs', model.outputs],
  ] as const) {
    for (const name of names) {
      const first = seen.get(name);
      if (first !== undefined) {
        throw new HeavyError(
          422,
          `Kolonnen "${name.slice(0, 100)}" er nævnt to gange (i ${first}${first === parameter ? '' : ` og ${parameter}`}); hver kolonne må kun bruges én gang i modellen`,
          `Column "${name.slice(0, 100)}" is named twice (in ${first}${first === parameter ? '' : ` and ${parameter}`}); each column may be used once in the model`,
          { parameter },
        );
      }
      seen.set(name, parameter);
    }
  }
  if (seen.size > limits.maxColumns) {
    throw new HeavyError(
      422,
      `Modellen har ${count(seen.size)} kolonner; grænsen er ${count(limits.maxColumns)} (maxColumns)`,
      `The model has ${seen.size} columns; the limit is ${limits.maxColumns} (maxColumns)`,
      { parameter: 'inputs' },
    );
  }
  return [...seen.keys()];
}

/**
 * Refuses a table of more than `maxUnits` units or `maxCells` units × columns with 413, naming
 * the limit and the value.
 * @example checkTableSize(12_000, 5, DEFAULT_LIMITS) // throws 413: 12.000 units, limit 10.000
 */
export function checkTableSize(units: number, columns: number, limits: HeavyLimits): void {
  if (units > limits.maxUnits) {
    throw new HeavyError(
      413,
      `Filen har ${count(units)} enheder (rækker); grænsen er ${count(limits.maxUnits)} (maxUnits). Del data op, eller kør DEA med kommandoen "potentiale dea"`,
      `The file has ${units} units (rows); the limit is ${limits.maxUnits} (maxUnits). Split the data, or run DEA with the command "potentiale dea"`,
    );
  }
  if (units * columns > limits.maxCells) {
    throw new HeavyError(
      413,
      `Modellen har ${count(units)} enheder × ${count(columns)} kolonner = ${count(units * columns)} celler; grænsen er ${count(limits.maxCells)} (maxCells)`,
      `The model has ${units} units × ${columns} columns = ${units * columns} cells; the limit is ${limits.maxCells} (maxCells)`,
    );
  }
}

/**
 * The number of data rows of a CSV when it can be told without parsing (no quote character, so
 * no line break inside a field): non-empty lines minus the header. Undefined otherwise.
 * Why: a file far past the unit limit is refused before a worker spends a second parsing it.
 * @example quickRowCount(new TextEncoder().encode('id,x\na,1\nb,2\n')) // 2
 */
export function quickRowCount(bytes: Uint8Array): number | undefined {
  let lines = 0;
  let filled = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) return undefined;
    if (b === 0x0a) {
      if (filled) lines++;
      filled = false;
    } else if (b !== 0x0d && b !== 0x20 && b !== 0x09) filled = true;
  }
  if (filled) lines++;
  return Math.max(0, lines - 1);
}
