/**
 * @module Data envelopment analysis (DEA), matching R's Benchmarking package: efficiency,
 * peers, slacks, targets and potential per unit (`dea`), super-efficiency (`superEfficiency`),
 * and the LP solver interface they run on: a fast dense simplex (the default) and an exact
 * rational one for verification.
 */
export { dea } from './dea.ts';
export { superEfficiency } from './super-efficiency.ts';
export {
  DeaRangeError,
  MAX_COLUMN_SPREAD,
  MAX_VALUE,
  MIN_POSITIVE_VALUE,
  type DeaRangeReason,
} from './numeric-range.ts';
export {
  ORIENTATIONS,
  RETURNS_TO_SCALE,
  type DeaOptions,
  type DeaResult,
  type DeaSlacks,
  type DeaUnitResult,
  type Orientation,
  type PeerWeight,
  type ReturnsToScale,
  type SuperEfficiencyOptions,
  type SuperEfficiencyResult,
  type SuperEfficiencyUnitResult,
} from './types.ts';
export {
  checkLpProblem,
  type BasisStatus,
  type LpBasis,
  type LpInfeasible,
  type LpOptimal,
  type LpProblem,
  type LpResult,
  type LpRow,
  type LpSolver,
  type LpUnbounded,
} from './lp-problem.ts';
export { createSimplexSolver, type SimplexOptions } from './simplex.ts';
export { createExactSolver } from './exact-simplex.ts';
export { luFactor, luSolve } from './dense-lu.ts';
