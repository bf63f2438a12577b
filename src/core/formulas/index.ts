/** @module Formulas: derived key figures evaluated from StatBank series (pure). */
export { indexSeries, timeCode, type SeriesIndex, type SeriesRow } from './series.ts';
export {
  evaluateCatalogue,
  evaluateFormula,
  type EvaluationScope,
  type FormulaResult,
} from './evaluate.ts';
