/** @module Benchmark levels: the unit cost a municipality is compared with, over its peers. */
export {
  checkLevel,
  describeLevelDa,
  describeLevelEn,
  levelKey,
  standardLevels,
  type BenchmarkLevel,
  type BenchmarkLevelKind,
  type DeaLevel,
  type PackageLevel,
} from './level.ts';
export { type BenchmarkInput } from './kernel.ts';
export {
  computeBenchmark,
  computeBenchmarks,
  type BenchmarkResult,
  type LeftOutReason,
  type UnavailableReason,
  type UsedValue,
} from './compute.ts';
export {
  fitUnitCostModel,
  type ModelCoefficient,
  type UnitCostModel,
  type UnitCostModelInput,
} from './regression.ts';
