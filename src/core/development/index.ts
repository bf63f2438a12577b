/** @module Development over time relative to the peer group, and who moved differently. */
export {
  compareDevelopment,
  computeCagr,
  type DevelopmentComparison,
  type DevelopmentInput,
  type DevelopmentOptions,
  type DifferentDevelopment,
  type IndexChange,
  type RelativeIndexPoint,
} from './development.ts';
