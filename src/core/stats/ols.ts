import { InvalidInputError } from '../diagnostics/index.ts';
import { mean, sampleStandardDeviation } from './summary.ts';
import { atF64 } from '../arrays/index.ts';

/** The least-squares fit y ≈ intercept + Σ_k coefficients[k]·x_k. */
export interface OlsFit {
  readonly intercept: number;
  /** One coefficient per column, on the columns' own scale. */
  readonly coefficients: Float64Array;
  readonly fitted: Float64Array;
  /** y − fitted. */
  readonly residuals: Float64Array;
  /** 1 − SSR/SST; NaN when y is constant. */
  readonly rSquared: number;
}

// A column whose remaining norm after the earlier reflections is below this share of its
// standardised norm √(n − 1) is (numerically) a combination of the earlier columns.
const COLLINEARITY_TOLERANCE = 1e-9;

/**
 * Ordinary least squares with an intercept, by Householder QR on centred and standardised
 * columns: standardising keeps kr. per inhabitant and shares in per cent on one scale, and QR
 * avoids squaring the condition number as the normal equations would. All values must be
 * present (drop incomplete rows before). Throws InvalidInputError when the columns and y
 * differ in length, when there are fewer than p + 1 rows, or when a column is constant or a
 * linear combination of others (the variable is named by its position).
 * @example fitOls([[1, 2, 3, 4]], [3, 5, 7, 9]) // intercept 1, coefficients [2]
 */
export function fitOls(columns: readonly ArrayLike<number>[], y: ArrayLike<number>): OlsFit {
  const n = y.length;
  const p = columns.length;
  for (const [k, col] of columns.entries()) {
    if (col.length !== n) {
      throw new InvalidInputError(
        `Regressionsvariabel ${k + 1} har ${col.length} værdier, men y har ${n}`,
        'columns',
      );
    }
  }
  if (n < p + 1) {
    throw new InvalidInputError(
      `Regressionen har ${p} variable og skæringspunkt, men kun ${n} observationer`,
      'columns',
    );
  }

  const yMean = mean(y);
  const xMean = new Float64Array(p);
  const xSd = new Float64Array(p);
  // Column-major n × p: column k occupies a[k·n … k·n + n − 1].
  const a = new Float64Array(n * p);
  for (const [k, col] of columns.entries()) {
    const m = mean(col);
    const s = sampleStandardDeviation(col);
    if (!(s > 0)) {
      throw new InvalidInputError(
        `Regressionsvariabel ${k + 1} er konstant og kan ikke estimeres`,
        'columns',
      );
    }
    xMean[k] = m;
    xSd[k] = s;
    for (let i = 0; i < n; i++) a[k * n + i] = ((col[i] ?? NaN) - m) / s;
  }
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) b[i] = (y[i] ?? NaN) - yMean;

  const rDiag = householderQr(a, b, n, p);
  const beta = solveUpper(a, rDiag, b, n, p);

  const coefficients = new Float64Array(p);
  let intercept = yMean;
  for (let k = 0; k < p; k++) {
    const c = (beta[k] ?? NaN) / (xSd[k] ?? NaN);
    coefficients[k] = c;
    intercept -= c * (xMean[k] ?? NaN);
  }

  // Fitted values from the standardised columns, which is where the solution is accurate.
  const fitted = new Float64Array(n);
  const residuals = new Float64Array(n);
  let ssr = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    let f = yMean;
    for (let k = 0; k < p; k++) {
      f += ((beta[k] ?? NaN) * ((columns[k]?.[i] ?? NaN) - (xMean[k] ?? NaN))) / (xSd[k] ?? NaN);
    }
    const yi = y[i] ?? NaN;
    fitted[i] = f;
    residuals[i] = yi - f;
    ssr += (yi - f) * (yi - f);
    sst += (yi - yMean) * (yi - yMean);
  }
  return { intercept, coefficients, fitted, residuals, rSquared: sst > 0 ? 1 - ssr / sst : NaN };
}

/**
 * Householder QR in place: on return the strict upper triangle of R is in `a` (row i, column
 * j > i at a[j·n + i]), its diagonal is returned, and b holds Qᵀb.
 */
function householderQr(a: Float64Array, b: Float64Array, n: number, p: number): Float64Array {
  const rDiag = new Float64Array(p);
  const tolerance = COLLINEARITY_TOLERANCE * Math.sqrt(Math.max(n - 1, 1));
  for (let k = 0; k < p; k++) {
    const off = k * n;
    let normSq = 0;
    for (let i = k; i < n; i++) normSq += atF64(a, off + i) ** 2;
    const norm = Math.sqrt(normSq);
    if (norm <= tolerance) {
      throw new InvalidInputError(
        `Regressionsvariabel ${k + 1} er (næsten) en linearkombination af de andre`,
        'columns',
      );
    }
    const akk = atF64(a, off + k);
    // The sign opposite to a_kk avoids cancellation in v = x − αe₁.
    const alpha = akk > 0 ? -norm : norm;
    const v0 = akk - alpha;
    a[off + k] = v0;
    const vNormSq = normSq - akk * akk + v0 * v0;
    for (let j = k + 1; j < p; j++) reflect(a, a, off, j * n, k, n, vNormSq);
    reflect(a, b, off, 0, k, n, vNormSq);
    rDiag[k] = alpha;
  }
  return rDiag;
}

/** Applies H = I − 2vvᵀ/‖v‖² (v in a[vOff + k …]) to target[tOff + k …]. */
function reflect(
  a: Float64Array,
  target: Float64Array,
  vOff: number,
  tOff: number,
  k: number,
  n: number,
  vNormSq: number,
): void {
  let dot = 0;
  for (let i = k; i < n; i++) dot += atF64(a, vOff + i) * atF64(target, tOff + i);
  const f = (2 * dot) / vNormSq;
  for (let i = k; i < n; i++) target[tOff + i] = atF64(target, tOff + i) - f * atF64(a, vOff + i);
}

/** Back substitution R·β = (Qᵀb)[0 … p − 1]. */
function solveUpper(
  a: Float64Array,
  rDiag: Float64Array,
  qtb: Float64Array,
  n: number,
  p: number,
): Float64Array {
  const beta = new Float64Array(p);
  for (let k = p - 1; k >= 0; k--) {
    let s = atF64(qtb, k);
    for (let j = k + 1; j < p; j++) s -= atF64(a, j * n + k) * atF64(beta, j);
    beta[k] = s / (rDiag[k] ?? NaN);
  }
  return beta;
}
