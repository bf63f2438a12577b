/** @module Shared statistics of the engine: columns of values, mean, percentiles, OLS. */
export { checkColumnLength, isPresent, toFloat64Column, type ValueColumn } from './value-column.ts';
export { mean, sampleStandardDeviation } from './summary.ts';
export {
  checkPercentile,
  lowerBound,
  median,
  percentile,
  percentileOfSorted,
  percentileOfSortedWithout,
} from './quantile.ts';
export { fitOls, type OlsFit } from './ols.ts';
