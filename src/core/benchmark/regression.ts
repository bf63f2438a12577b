import { InvalidInputError } from '../diagnostics/index.ts';
import {
  DEFAULT_PEER_VARIABLES,
  indexCodes,
  transformValue,
  type PeerVariable,
} from '../peers/index.ts';
import { checkColumnLength, fitOls, toFloat64Column, type ValueColumn } from '../stats/index.ts';

/** What the regression of a unit cost on the structural conditions is fitted from. */
export interface UnitCostModelInput {
  readonly keyFigureId: string;
  readonly year: number;
  readonly codes: readonly string[];
  /** c, aligned with codes. */
  readonly unitCost: ValueColumn;
  /** Structural values by key-figure id, aligned with codes. */
  readonly structure: Readonly<Record<string, ValueColumn>>;
  /** The regressors (weights are ignored); default DEFAULT_PEER_VARIABLES. */
  readonly variables?: readonly PeerVariable[];
}

/** One regressor's estimated effect on the unit cost. */
export interface ModelCoefficient {
  readonly variable: string;
  readonly keyFigureId: string;
  readonly transform: PeerVariable['transform'];
  /** Change of the unit cost per unit of the (transformed) variable. */
  readonly coefficient: number;
}

/** The expected unit cost of every municipality given its structural conditions. */
export interface UnitCostModel {
  readonly keyFigureId: string;
  readonly year: number;
  readonly codes: readonly string[];
  readonly intercept: number;
  readonly coefficients: readonly ModelCoefficient[];
  /** ŷ_i, aligned with codes; NaN where a regressor is missing. */
  readonly predicted: Float64Array;
  /** c_i − ŷ_i for the municipalities in the fit; NaN for the others. */
  readonly residual: Float64Array;
  /** Number of municipalities in the fit. */
  readonly observations: number;
  readonly rSquared: number;
  /** Municipalities left out of the fit and why. */
  readonly excluded: readonly {
    readonly code: string;
    readonly reason: 'missing-unit-cost' | 'incomplete-structure';
  }[];
}

/**
 * Fits c = β₀ + Σ β_k x_k by OLS over every municipality that has the unit cost and all
 * regressors (log where the variable says so), once per key figure and year; the
 * regression-adjusted benchmark then reads ŷ_i and the peers' residuals. A municipality with
 * all regressors but no unit cost still gets a prediction. Throws InvalidInputError for an
 * unknown variable, mismatched lengths, too few complete municipalities, or collinear or
 * constant regressors.
 * @example fitUnitCostModel({ keyFigureId, year: 2023, codes, unitCost, structure }).predicted
 */
export function fitUnitCostModel(input: UnitCostModelInput): UnitCostModel {
  const { codes } = input;
  indexCodes(codes);
  const n = codes.length;
  const variables = input.variables ?? DEFAULT_PEER_VARIABLES;
  checkColumnLength(input.unitCost, n, input.keyFigureId);
  const c = toFloat64Column(input.unitCost);
  const x = variables.map((v) => {
    const column = Object.hasOwn(input.structure, v.keyFigureId)
      ? input.structure[v.keyFigureId]
      : undefined;
    if (column === undefined) {
      throw new InvalidInputError(
        `Ukendt variabel "${v.name}": der er ingen værdier for "${v.keyFigureId}"`,
        'variables',
      );
    }
    checkColumnLength(column, n, v.keyFigureId);
    return Float64Array.from({ length: n }, (_, i) => transformValue(v, column[i]));
  });

  const hasX = (i: number): boolean => x.every((col) => !Number.isNaN(col[i] ?? NaN));
  const rows: number[] = [];
  const excluded: UnitCostModel['excluded'][number][] = [];
  for (let i = 0; i < n; i++) {
    const code = codes[i] ?? '';
    if (!hasX(i)) excluded.push({ code, reason: 'incomplete-structure' });
    else if (Number.isNaN(c[i] ?? NaN)) excluded.push({ code, reason: 'missing-unit-cost' });
    else rows.push(i);
  }

  const fit = fitOls(
    x.map((col) => Float64Array.from(rows, (i) => col[i] ?? NaN)),
    Float64Array.from(rows, (i) => c[i] ?? NaN),
  );

  const predicted = new Float64Array(n).fill(NaN);
  const residual = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (!hasX(i)) continue;
    let f = fit.intercept;
    for (const [k, col] of x.entries()) f += (fit.coefficients[k] ?? NaN) * (col[i] ?? NaN);
    predicted[i] = f;
  }
  // Rows in the fit take the fitted value and residual from the fit itself, computed on the
  // standardised columns where they are most accurate.
  for (const [r, i] of rows.entries()) {
    predicted[i] = fit.fitted[r] ?? NaN;
    residual[i] = fit.residuals[r] ?? NaN;
  }

  return {
    keyFigureId: input.keyFigureId,
    year: input.year,
    codes,
    intercept: fit.intercept,
    coefficients: variables.map((v, k) => ({
      variable: v.name,
      keyFigureId: v.keyFigureId,
      transform: v.transform,
      coefficient: fit.coefficients[k] ?? NaN,
    })),
    predicted,
    residual,
    observations: rows.length,
    rSquared: fit.rSquared,
    excluded,
  };
}
