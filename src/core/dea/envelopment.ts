import type { DeaData } from './dea-data.ts';
import type { BasisStatus, LpBasis, LpProblem, LpRow } from './lp-problem.ts';
import { at, atF64 } from '../arrays/index.ts';

/**
 * Which envelopment programme to build for a unit k over a set of reference columns:
 * - `efficiency`: input min θ s.t. Σλx ≤ θx_k (x_k for fixed inputs), Σλy ≥ y_k; output max φ
 *   s.t. Σλx ≤ x_k, Σλy ≥ φy_k; plus the returns-to-scale row; θ, φ, λ ≥ 0 (λ first, then θ/φ).
 * - `feasibility`: the efficiency rows with an elastic variable per row, min Σ elastic (0 exactly
 *   when the efficiency programme over these columns is feasible). Used for super-efficiency.
 * - `slack`: phase 2, max Σ weight·slack s.t. Σλx + s⁻ = level·x_k (input; x_k for fixed inputs
 *   and in output orientation) and Σλy − s⁺ = y_k (input) or level·y_k (output).
 */
export type EnvelopmentSpec =
  | { readonly kind: 'efficiency' }
  | { readonly kind: 'feasibility' }
  | { readonly kind: 'slack'; readonly level: number; readonly weights: Float64Array };

/** Rows of every envelopment programme: one per input, one per output, one for Σλ unless crs. */
export function envelopmentRows(data: DeaData): number {
  return data.width + (data.rts === 'crs' ? 0 : 1);
}

/**
 * Builds the programme for unit k (0-based) with the given reference units as λ columns, in the
 * scaled units of `data`. Row order: inputs, outputs, Σλ; so a dual vector prices any other unit
 * j as Σ_c dual_c·value_jc + dual_Σλ.
 * @example
 * // Unit 0 against units 0 and 2, vrs input: min θ s.t. λ·x ≤ θ·x₀, λ·y ≥ y₀, λ₀ + λ₂ = 1.
 * buildEnvelopmentLp(data, 0, [0, 2], { kind: 'efficiency' }).rows.length // m + s + 1
 */
export function buildEnvelopmentLp(
  data: DeaData,
  k: number,
  columns: readonly number[],
  spec: EnvelopmentSpec,
): LpProblem {
  const { m, width, values, fixedInput } = data;
  const q = columns.length;
  const rtsRow = data.rts !== 'crs';
  const rowCount = width + (rtsRow ? 1 : 0);
  const input = data.orientation === 'input';
  const extra =
    spec.kind === 'slack'
      ? width
      : 1 + (spec.kind === 'feasibility' ? rowCount + (data.rts === 'vrs' ? 1 : 0) : 0);
  const nv = q + extra;
  const objective = new Float64Array(nv);
  const unit = k * width;
  const rows: LpRow[] = [];
  const coefficientRows: Float64Array[] = [];
  const push = (coefficients: Float64Array, type: LpRow['type'], rhs: number): void => {
    coefficientRows.push(coefficients);
    rows.push({ coefficients, type, rhs });
  };

  for (let c = 0; c < width; c++) {
    const coefficients = new Float64Array(nv);
    for (let t = 0; t < q; t++) coefficients[t] = atF64(values, at(columns, t) * width + c);
    const own = atF64(values, unit + c);
    const isInput = c < m;
    if (spec.kind === 'slack') {
      coefficients[q + c] = isInput ? 1 : -1;
      const scaled = isInput ? input && fixedInput[c] !== 1 : !input;
      push(coefficients, '=', scaled ? spec.level * own : own);
      continue;
    }
    // θ scales the discretionary inputs (input orientation), φ the outputs (output orientation).
    if (isInput && input && fixedInput[c] !== 1) {
      coefficients[q] = -own;
      push(coefficients, '<=', 0);
    } else if (isInput) {
      push(coefficients, '<=', own);
    } else if (!input) {
      coefficients[q] = -own;
      push(coefficients, '>=', 0);
    } else {
      push(coefficients, '>=', own);
    }
  }
  if (rtsRow) {
    const coefficients = new Float64Array(nv);
    for (let t = 0; t < q; t++) coefficients[t] = 1;
    const type = data.rts === 'vrs' ? '=' : data.rts === 'drs' ? '<=' : '>=';
    push(coefficients, type, 1);
  }

  if (spec.kind === 'slack') {
    for (let c = 0; c < width; c++) objective[q + c] = atF64(spec.weights, c);
    return { sense: 'max', objective, rows };
  }
  if (spec.kind === 'efficiency') {
    objective[q] = 1;
    return { sense: input ? 'min' : 'max', objective, rows };
  }
  // Elastic variables: each relaxes its row in the direction that makes it satisfiable.
  let e = q + 1;
  coefficientRows.forEach((coefficients, i) => {
    const type = rows[i]?.type;
    if (type === '=') {
      coefficients[e] = 1;
      coefficients[e + 1] = -1;
      objective[e] = objective[e + 1] = 1;
      e += 2;
    } else {
      coefficients[e] = type === '<=' ? -1 : 1;
      objective[e] = 1;
      e += 1;
    }
  });
  return { sense: 'min', objective, rows };
}

/**
 * A feasible starting basis for unit k's efficiency programme when k is its own first column:
 * λ_k = 1 and θ (or φ) = 1 satisfy every row with equality. Basic: λ_k, θ/φ and the slacks of all
 * rows but two, a radial row where k's value is positive and the Σλ row (or, under crs, a row of
 * the other kind where k's value is positive); the 2 × 2 block of [λ_k, θ] on those rows is then
 * nonsingular. Why: the simplex starts at a vertex instead of running phase 1.
 */
export function selfBasis(data: DeaData, k: number, columnCount: number): LpBasis {
  const { m, width, values, fixedInput } = data;
  const input = data.orientation === 'input';
  const variables: BasisStatus[] = new Array<BasisStatus>(columnCount + 1).fill('lower');
  variables[0] = 'basic';
  variables[columnCount] = 'basic';
  const rows: BasisStatus[] = new Array<BasisStatus>(envelopmentRows(data)).fill('basic');
  const positive = (c: number): boolean => atF64(values, k * width + c) > 0;
  const radialRow = input
    ? firstIndex(m, (c) => fixedInput[c] !== 1 && positive(c))
    : m + firstIndex(width - m, (r) => positive(m + r));
  // A slack at zero: '<=' rows' slacks sit at their lower bound, '>=' rows' at their upper one.
  rows[radialRow] = input ? 'lower' : 'upper';
  if (data.rts !== 'crs') {
    rows[width] = data.rts === 'irs' ? 'upper' : 'lower';
  } else if (input) {
    rows[m + firstIndex(width - m, (r) => positive(m + r))] = 'upper';
  } else {
    rows[firstIndex(m, (c) => positive(c))] = 'lower';
  }
  return { variables, rows };
}

function firstIndex(count: number, test: (i: number) => boolean): number {
  for (let i = 0; i < count; i++) if (test(i)) return i;
  return 0;
}
