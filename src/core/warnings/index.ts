/**
 * @module Warnings, not silence (DESIGN.md §3.4c): one pure rule per fragility of a potential,
 * each returning a machine-readable warning with a Danish and an English message.
 */
export {
  WARNING_CODES,
  type SmallVolumeReason,
  type SpreadKind,
  type Warning,
  type WarningCode,
  type WarningDetails,
  type WarningOf,
} from './warning.ts';
export {
  DISTANT_PEERS_PERCENTILE,
  distantPeersWarning,
  type DistantPeersInput,
} from './distant-peers.ts';
export {
  MAD_SCALE,
  MEAN_AD_SCALE,
  OUTLIER_MIN_PEERS,
  OUTLIER_THRESHOLD,
  outlierWarning,
  robustDeviation,
  type OutlierInput,
  type RobustDeviation,
} from './outlier.ts';
export {
  SMALL_VOLUME_MINIMUM,
  SMALL_VOLUME_SHARE,
  smallVolumeWarning,
  type SmallVolumeInput,
} from './small-volume.ts';
export {
  BREAK_WINDOW_YEARS,
  budgetYearWarning,
  definitionBreakWarnings,
  type BudgetYearInput,
} from './year.ts';
export {
  LOW_COVERAGE,
  NOT_COMPARABLE_COVERAGE,
  lowCoverageWarning,
  type LowCoverageInput,
} from './low-coverage.ts';
export {
  priceConversionWarning,
  type PriceConversion,
  type PriceConversionInput,
} from './price-conversion.ts';
export { SMALL_GROUP_MINIMUM, smallGroupWarning, type SmallGroupInput } from './small-group.ts';
