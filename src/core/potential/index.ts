/** @module Potentials: (c − c*) × Q per figure, corridors across levels, and packages. */
export {
  computePotential,
  computePotentials,
  potentialOf,
  type Potential,
  type PotentialUnavailableReason,
} from './potential.ts';
export {
  computeCorridor,
  summariseCorridor,
  type CorridorEnd,
  type PotentialCorridor,
} from './corridor.ts';
export {
  figuresOverlap,
  isAggregate,
  isSummable,
  OVERLAP_RULE_DA,
  OVERLAP_RULE_EN,
  planPackage,
  type PackagePlan,
} from './package-plan.ts';
export {
  chooseFamilies,
  MAX_EXHAUSTIVE_FAMILY,
  overlapFamilies,
  type FamilyChoice,
  type FamilyMethod,
} from './package-choice.ts';
export {
  buildPackage,
  type PackageFamily,
  type PackageFigure,
  type PackageStatus,
  type PackageTotal,
  type PotentialPackage,
  type ThemePackage,
} from './package.ts';
export {
  computePackageTotals,
  type PackageColumns,
  type PackageTotalColumns,
  type PackageTotalsBatch,
} from './package-batch.ts';
export { topPotentials, type RankableFigure, type RankedPotential } from './top-potentials.ts';
