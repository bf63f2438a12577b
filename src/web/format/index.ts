/** @module Danish (and English) formats for numbers, kroner, per cent and dates. */
export {
  MISSING,
  formatAuto,
  formatDate,
  formatDateTime,
  formatKr,
  formatMillionKr,
  formatMillionKrRange,
  formatNumber,
  formatPercent,
  formatVolume,
  formatWithUnit,
  unitText,
  withUnit,
} from './number.ts';
export { isMoneyUnit, priceLevelText, unitWithPrices, type PriceLevelLike } from './prices.ts';
