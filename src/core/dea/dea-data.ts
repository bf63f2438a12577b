import { InvalidInputError } from '../diagnostics/index.ts';
import { createExactSolver } from './exact-simplex.ts';
import type { LpSolver } from './lp-problem.ts';
import { checkColumnRange } from './numeric-range.ts';
import { createSimplexSolver } from './simplex.ts';
import {
  ORIENTATIONS,
  RETURNS_TO_SCALE,
  type DeaOptions,
  type Orientation,
  type ReturnsToScale,
} from './types.ts';
import { at, atF64 } from '../arrays/index.ts';

/**
 * Validated DEA data in the layout the solver wants: unit-major rows of m inputs then s outputs,
 * each column divided by the power of two nearest its mean. Why powers of two: every LP then has
 * numbers of order one (so tolerances mean the same for kroner and for persons), θ and λ are
 * unchanged by column scaling, and the scaling itself is exact.
 */
export interface DeaData {
  readonly n: number;
  readonly m: number;
  readonly s: number;
  /** m + s. */
  readonly width: number;
  /** n × width, scaled. */
  readonly values: Float64Array;
  /** n × width, as given. */
  readonly raw: Float64Array;
  /** Per column: values = raw / colScale. */
  readonly colScale: Float64Array;
  /** Per column: the mean of the raw values. */
  readonly means: Float64Array;
  readonly ids: readonly string[];
  readonly rts: ReturnsToScale;
  readonly orientation: Orientation;
  /** Per input: 1 when non-discretionary. */
  readonly fixedInput: Uint8Array;
  readonly nonDiscretionary: readonly number[];
  readonly solver: LpSolver;
  /**
   * With the default solver: the exact rational one, for the rare programme where the double
   * simplex reports numerical trouble or an optimum the model rules out (see column-generation).
   */
  readonly fallback?: LpSolver;
}

function matrix(
  value: unknown,
  name: 'inputs' | 'outputs',
  label: string,
): { rows: readonly (readonly number[])[]; width: number } {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidInputError(
      `${label} skal være en ikke-tom liste af rækker (én pr. enhed)`,
      name,
    );
  }
  const rows = value as readonly unknown[];
  const first = rows[0];
  const width = Array.isArray(first) ? first.length : 0;
  if (width === 0) {
    throw new InvalidInputError(`${label}: hver enhed skal have mindst én værdi`, name);
  }
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width) {
      throw new InvalidInputError(
        `${label}: enhed ${i + 1} har ${Array.isArray(row) ? row.length : 0} værdier, forventede ${width}`,
        name,
      );
    }
    (row as readonly unknown[]).forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new InvalidInputError(
          `${label}: enhed ${i + 1}, kolonne ${j + 1} er ikke et endeligt tal (${String(v)})`,
          name,
        );
      }
      if (v < 0) {
        throw new InvalidInputError(
          `${label}: enhed ${i + 1}, kolonne ${j + 1} er negativ (${v}); DEA kræver værdier ≥ 0`,
          name,
        );
      }
    });
  });
  return { rows: rows as readonly (readonly number[])[], width };
}

function columnIndex(value: unknown, m: number, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= m) {
    throw new InvalidInputError(
      `${name}: ${String(value)} er ikke et input-kolonneindeks i 0..${m - 1}`,
      name,
    );
  }
  return value;
}

/**
 * Checks DEA options and lays the data out for the solver. Throws InvalidInputError (naming
 * the parameter) for: inputs/outputs that are not n × m / n × s with the same n, values that are
 * not finite or are negative, a column with the same value for every unit (it cannot discriminate;
 * under vrs a constant input even makes every unit efficient), fewer units than inputs plus
 * outputs, a unit without a positive (discretionary) input or a positive output, an unknown rts
 * or orientation, bad non-discretionary or monetary column indices, or ids of the wrong length.
 * Throws DeaRangeError (kind 'invalid-file') for a column it cannot solve reliably in double
 * precision: a value above 1e100 or a positive one below 1e-100, or a largest value more than
 * 1e6 times the smallest positive one (see `numeric-range.ts`).
 * @example parseDeaOptions({ inputs: [[2], [4], [3]], outputs: [[1], [3], [2]], rts: 'crs', orientation: 'input' }).values
 * // Float64Array [0.5, 0.5, 1, 1.5, 0.75, 1] (columns divided by 4 and 2, the powers of two nearest their means)
 */
export function parseDeaOptions(options: DeaOptions): DeaData {
  if (!RETURNS_TO_SCALE.includes(options.rts)) {
    throw new InvalidInputError(
      `Ukendt skalaafkast "${String(options.rts)}"; brug ${RETURNS_TO_SCALE.join(', ')}`,
      'rts',
    );
  }
  if (!ORIENTATIONS.includes(options.orientation)) {
    throw new InvalidInputError(
      `Ukendt orientering "${String(options.orientation)}"; brug ${ORIENTATIONS.join(', ')}`,
      'orientation',
    );
  }
  const x = matrix(options.inputs, 'inputs', 'Input');
  const y = matrix(options.outputs, 'outputs', 'Output');
  const n = x.rows.length;
  if (y.rows.length !== n) {
    throw new InvalidInputError(
      `Input har ${n} enheder, output har ${y.rows.length}; de skal være de samme`,
      'outputs',
    );
  }
  const m = x.width;
  const s = y.width;
  if (n < m + s) {
    throw new InvalidInputError(
      `${n} enheder er færre end ${m + s} variable (input + output); DEA kan ikke skelne`,
      'inputs',
    );
  }
  const nd = [...new Set(options.nonDiscretionary ?? [])].map((v) =>
    columnIndex(v, m, 'nonDiscretionary'),
  );
  if (nd.length !== (options.nonDiscretionary ?? []).length) {
    throw new InvalidInputError(
      'nonDiscretionary nævner samme kolonne to gange',
      'nonDiscretionary',
    );
  }
  if (nd.length === m) {
    throw new InvalidInputError('Mindst ét input skal være diskretionært', 'nonDiscretionary');
  }
  const fixedInput = new Uint8Array(m);
  for (const i of nd) fixedInput[i] = 1;
  if (options.ids !== undefined && options.ids.length !== n) {
    throw new InvalidInputError(`ids har ${options.ids.length} værdier, forventede ${n}`, 'ids');
  }
  const width = m + s;
  const raw = new Float64Array(n * width);
  for (let k = 0; k < n; k++) {
    const xr = x.rows[k] ?? [];
    const yr = y.rows[k] ?? [];
    for (let i = 0; i < m; i++) raw[k * width + i] = at(xr, i);
    for (let r = 0; r < s; r++) raw[k * width + m + r] = at(yr, r);
    let positiveIn = false;
    for (let i = 0; i < m; i++) {
      const v = at(xr, i);
      if (v > 0 && (options.orientation === 'output' || fixedInput[i] !== 1)) positiveIn = true;
    }
    if (!positiveIn) {
      throw new InvalidInputError(
        `Enhed ${k + 1} har intet positivt ${options.orientation === 'input' ? 'diskretionært ' : ''}input`,
        'inputs',
      );
    }
    if (!yr.some((v) => v > 0)) {
      throw new InvalidInputError(`Enhed ${k + 1} har intet positivt output`, 'outputs');
    }
  }
  const means = new Float64Array(width);
  const colScale = new Float64Array(width);
  const column = new Float64Array(n);
  for (let c = 0; c < width; c++) {
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < n; k++) {
      const v = atF64(raw, k * width + c);
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
      column[k] = v;
    }
    const label = columnLabel(options, c, m);
    if (min === max) {
      throw new InvalidInputError(
        `${label} har samme værdi (${min}) for alle enheder og kan ikke skelne mellem dem`,
        c < m ? 'inputs' : 'outputs',
      );
    }
    checkColumnRange(column, c < m ? 'inputs' : 'outputs', c < m ? c : c - m, label);
    means[c] = sum / n;
    colScale[c] = 2 ** Math.round(Math.log2(sum / n));
  }
  const values = new Float64Array(n * width);
  for (let k = 0; k < n; k++) {
    for (let c = 0; c < width; c++)
      values[k * width + c] = atF64(raw, k * width + c) / atF64(colScale, c);
  }
  const ids = options.ids ?? Array.from({ length: n }, (_, k) => String(k + 1));
  return {
    n,
    m,
    s,
    width,
    values,
    raw,
    colScale,
    means,
    ids,
    rts: options.rts,
    orientation: options.orientation,
    fixedInput,
    nonDiscretionary: [...nd].sort((a, b) => a - b),
    solver: options.solver ?? createSimplexSolver(),
    ...(options.solver ? {} : { fallback: createExactSolver() }),
  };
}

/** `Input "x"` with column names, else `Input-kolonne 1` (1-based, as the user counts). */
function columnLabel(options: DeaOptions, c: number, m: number): string {
  const name = c < m ? options.columnNames?.inputs?.[c] : options.columnNames?.outputs?.[c - m];
  if (name !== undefined) return `${c < m ? 'Input' : 'Output'} "${name}"`;
  return c < m ? `Input-kolonne ${c + 1}` : `Output-kolonne ${c - m + 1}`;
}

/** Checks the monetary input column: an index of a discretionary input, or undefined. */
export function parseMonetaryInput(value: number | undefined, data: DeaData): number | undefined {
  if (value === undefined) return undefined;
  const i = columnIndex(value, data.m, 'monetaryInput');
  if (data.fixedInput[i] === 1) {
    throw new InvalidInputError(
      'monetaryInput kan ikke være et ikke-diskretionært input (det holdes fast)',
      'monetaryInput',
    );
  }
  return i;
}
