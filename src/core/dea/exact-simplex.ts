import { checkLpProblem, type LpProblem, type LpResult, type LpSolver } from './lp-problem.ts';
import {
  ONE,
  ZERO,
  add,
  compare,
  div,
  fromNumber,
  mul,
  neg,
  sign,
  sub,
  toNumber,
  type Rational,
} from './rational.ts';
import { at } from '../arrays/index.ts';

/**
 * A textbook simplex in exact rational arithmetic (BigInt): standard form with shifted, mirrored
 * or split variables and upper-bound rows, two phases with one artificial per row, Bland's rule
 * (which cannot cycle), so every answer is exact until it is rounded to a double at the end.
 * Slow (the numbers grow) and meant for verification: as a second, independent implementation
 * for the conformance suite and to check small DEA cases to the last bit. Ignores warm starts.
 * @example
 * createExactSolver().solve({
 *   sense: 'min', objective: [0, 1],
 *   rows: [{ coefficients: [3, -2], type: '<=', rhs: 0 }, { coefficients: [1, 0], type: '>=', rhs: 1 }],
 * }) // { status: 'optimal', objective: 1.5 (exactly 3/2 rounded), x: [1, 1.5], … }
 */
export function createExactSolver(): LpSolver {
  return { name: 'exact rational simplex', solve: solveExact };
}

/** How an original variable is expressed in nonnegative standard-form columns. */
type Substitution =
  | { readonly kind: 'shift'; readonly col: number; readonly offset: Rational } // x = l + x'
  | { readonly kind: 'mirror'; readonly col: number; readonly offset: Rational } // x = u − x'
  | { readonly kind: 'split'; readonly col: number; readonly negCol: number }; // x = x⁺ − x⁻

interface StandardRow {
  coefficients: Rational[];
  rhs: Rational;
  type: '<=' | '>=' | '=';
}

function solveExact(problem: LpProblem): LpResult {
  const nv = checkLpProblem(problem);
  const subs: Substitution[] = [];
  let cols = 0;
  const boundRows: { col: number; rhs: Rational }[] = [];
  for (let j = 0; j < nv; j++) {
    // Without lower bounds every variable is ≥ 0 (LpProblem.lower).
    const lo = problem.lower === undefined ? 0 : at(problem.lower, j);
    const up = problem.upper?.[j] ?? Infinity;
    if (lo > -Infinity) {
      subs.push({ kind: 'shift', col: cols, offset: fromNumber(lo) });
      if (up < Infinity) boundRows.push({ col: cols, rhs: sub(fromNumber(up), fromNumber(lo)) });
      cols++;
    } else if (up < Infinity) {
      subs.push({ kind: 'mirror', col: cols++, offset: fromNumber(up) });
    } else {
      subs.push({ kind: 'split', col: cols, negCol: cols + 1 });
      cols += 2;
    }
  }
  const rows: StandardRow[] = problem.rows.map((r) => {
    const coefficients = new Array<Rational>(cols).fill(ZERO);
    let rhs = fromNumber(r.rhs);
    subs.forEach((s, j) => {
      const a = fromNumber(at(r.coefficients, j));
      if (s.kind === 'shift') {
        coefficients[s.col] = a;
        rhs = sub(rhs, mul(a, s.offset));
      } else if (s.kind === 'mirror') {
        coefficients[s.col] = neg(a);
        rhs = sub(rhs, mul(a, s.offset));
      } else {
        coefficients[s.col] = a;
        coefficients[s.negCol] = neg(a);
      }
    });
    return { coefficients, rhs, type: r.type };
  });
  for (const b of boundRows) {
    const coefficients = new Array<Rational>(cols).fill(ZERO);
    coefficients[b.col] = ONE;
    rows.push({ coefficients, rhs: b.rhs, type: '<=' });
  }
  const cost = new Array<Rational>(cols).fill(ZERO);
  const sense = problem.sense === 'max' ? -1 : 1;
  subs.forEach((s, j) => {
    const c = fromNumber(sense * at(problem.objective, j));
    cost[s.col] = s.kind === 'mirror' ? neg(c) : c;
    if (s.kind === 'split') cost[s.negCol] = neg(c);
  });
  const result = runTwoPhases(rows, cost, cols);
  if (result.status !== 'optimal') return { status: result.status, iterations: result.iterations };

  const value = (col: number): Rational => result.values[col] ?? ZERO;
  const exact = subs.map((s): Rational => {
    if (s.kind === 'shift') return add(s.offset, value(s.col));
    if (s.kind === 'mirror') return sub(s.offset, value(s.col));
    return sub(value(s.col), value(s.negCol));
  });
  let objective = ZERO;
  exact.forEach(
    (v, j) => (objective = add(objective, mul(fromNumber(at(problem.objective, j)), v))),
  );
  return {
    status: 'optimal',
    objective: toNumber(objective),
    x: exact.map(toNumber),
    // ∂(min sense·c·x)/∂b for the standard rows; the sign flips back to the problem's sense.
    duals: problem.rows.map((_, i) => sense * toNumber(result.duals[i] ?? ZERO) || 0),
    iterations: result.iterations,
  };
}

type PhaseResult =
  | { status: 'optimal'; values: Rational[]; duals: Rational[]; iterations: number }
  | { status: 'infeasible' | 'unbounded'; iterations: number };

/** min cost·x s.t. rows, x ≥ 0, with slacks and artificials added here. */
function runTwoPhases(rows: StandardRow[], cost: Rational[], cols: number): PhaseResult {
  const m = rows.length;
  const slackCols = rows.filter((r) => r.type !== '=').length;
  const firstArtificial = cols + slackCols;
  const width = firstArtificial + m;
  const t: Rational[][] = [];
  const beta: Rational[] = [];
  const flip: number[] = [];
  let slack = cols;
  rows.forEach((r, i) => {
    const line = new Array<Rational>(width).fill(ZERO);
    r.coefficients.forEach((a, j) => (line[j] = a));
    if (r.type !== '=') line[slack++] = r.type === '<=' ? ONE : neg(ONE);
    const f = sign(r.rhs) < 0 ? -1 : 1;
    flip.push(f);
    const oriented = f < 0 ? line.map(neg) : line;
    oriented[firstArtificial + i] = ONE;
    t.push(oriented);
    beta.push(f < 0 ? neg(r.rhs) : r.rhs);
  });
  const basis = Array.from({ length: m }, (_, i) => firstArtificial + i);
  const counter = { iterations: 0 };
  const phase1 = new Array<Rational>(width).fill(ZERO);
  for (let i = 0; i < m; i++) phase1[firstArtificial + i] = ONE;
  runBland(t, beta, basis, phase1, width, counter);
  let infeasibility = ZERO;
  basis.forEach((b, i) => {
    if (b >= firstArtificial) infeasibility = add(infeasibility, beta[i] ?? ZERO);
  });
  if (sign(infeasibility) > 0) return { status: 'infeasible', iterations: counter.iterations };
  // Drive basic artificials (at zero) out where their row has another nonzero; a row without one
  // is redundant and its artificial stays basic at zero, never to move.
  basis.forEach((b, r) => {
    if (b < firstArtificial) return;
    const q = (t[r] ?? []).findIndex((v, j) => j < firstArtificial && sign(v) !== 0);
    if (q >= 0) pivot(t, beta, basis, r, q);
  });
  const phase2 = new Array<Rational>(width).fill(ZERO);
  cost.forEach((c, j) => (phase2[j] = c));
  if (runBland(t, beta, basis, phase2, firstArtificial, counter) === 'unbounded') {
    return { status: 'unbounded', iterations: counter.iterations };
  }
  const values = new Array<Rational>(firstArtificial).fill(ZERO);
  basis.forEach((b, i) => {
    if (b < firstArtificial) values[b] = beta[i] ?? ZERO;
  });
  // y = c_B·B⁻¹, and B⁻¹ sits in the artificial columns (they started as the identity).
  const duals = rows.map((_, i) => {
    let y = ZERO;
    basis.forEach(
      (b, k) => (y = add(y, mul(phase2[b] ?? ZERO, t[k]?.[firstArtificial + i] ?? ZERO))),
    );
    return (flip[i] ?? 1) < 0 ? neg(y) : y;
  });
  return { status: 'optimal', values, duals, iterations: counter.iterations };
}

/** Bland's rule: lowest-index improving column, lowest-index leaving variable among ties. */
function runBland(
  t: Rational[][],
  beta: Rational[],
  basis: number[],
  cost: Rational[],
  enterable: number,
  counter: { iterations: number },
): 'optimal' | 'unbounded' {
  const m = basis.length;
  for (;;) {
    const inBasis = new Set(basis);
    let q = -1;
    for (let j = 0; j < enterable && q < 0; j++) {
      if (inBasis.has(j)) continue;
      let d = cost[j] ?? ZERO;
      for (let i = 0; i < m; i++) d = sub(d, mul(cost[at(basis, i)] ?? ZERO, t[i]?.[j] ?? ZERO));
      if (sign(d) < 0) q = j;
    }
    if (q < 0) return 'optimal';
    let r = -1;
    let best = ZERO;
    for (let i = 0; i < m; i++) {
      const a = t[i]?.[q] ?? ZERO;
      if (sign(a) <= 0) continue;
      const ratio = div(beta[i] ?? ZERO, a);
      const c = r < 0 ? -1 : compare(ratio, best);
      if (c < 0 || (c === 0 && at(basis, i) < at(basis, r))) {
        r = i;
        best = ratio;
      }
    }
    if (r < 0) return 'unbounded';
    counter.iterations++;
    pivot(t, beta, basis, r, q);
  }
}

function pivot(t: Rational[][], beta: Rational[], basis: number[], r: number, q: number): void {
  const rowR = t[r] ?? [];
  const p = rowR[q] ?? ONE;
  for (let j = 0; j < rowR.length; j++) rowR[j] = div(rowR[j] ?? ZERO, p);
  beta[r] = div(beta[r] ?? ZERO, p);
  t.forEach((row, i) => {
    if (i === r) return;
    const f = row[q] ?? ZERO;
    if (sign(f) === 0) return;
    for (let j = 0; j < row.length; j++) row[j] = sub(row[j] ?? ZERO, mul(f, rowR[j] ?? ZERO));
    beta[i] = sub(beta[i] ?? ZERO, mul(f, beta[r] ?? ZERO));
  });
  basis[r] = q;
}
