/** @module Danish (and English) formats for numbers, kroner, per cent and dates. */
export {
  MISSING,
  formatAuto,
  formatDate,
  formatDateTime,
  formatKr,
  formatMillionKr,
  formatNumber,
  formatPercent,
  formatVolume,
  formatWithUnit,
} from './number.ts';
export { isMoneyUnit, priceLevelText, unitWithPrices, type PriceLevelLike } from './prices.ts';
