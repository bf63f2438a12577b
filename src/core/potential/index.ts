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
  isSummable,
  OVERLAP_RULE_DA,
  planPackage,
  type PackagePlan,
} from './package-plan.ts';
export {
  buildPackage,
  computePackageTotals,
  type PackageFigure,
  type PackageStatus,
  type PackageTotal,
  type PotentialPackage,
  type ThemePackage,
} from './package.ts';
