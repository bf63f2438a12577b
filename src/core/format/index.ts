/** @module Numbers, kroner and per cent for people, in Danish or English: one formatter. */
export {
  MINUS,
  MISSING,
  autoDecimals,
  formatAuto,
  formatKr,
  formatMillionKr,
  formatMillionKrRange,
  formatNumber,
  formatPercent,
  formatVolume,
  formatWithUnit,
  sharedDecimals,
  withUnit,
  type NumberFormatOptions,
  type NumberLocale,
} from './number.ts';
export { unitEn, unitText } from './units.ts';
