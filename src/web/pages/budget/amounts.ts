import type { DeviationYear } from '../../api/index.ts';
import { priceLevelText } from '../../format/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { formatNumber } from '../../../core/index.ts';

/**
 * A deviation in kroner with its sign ("+321 kr.", "−12 kr."): plus is spending above the
 * budget (merforbrug), so the sign is always written.
 * @example signedKr('da', 321.4) // '+321 kr.'
 */
export function signedKr(locale: Locale, value: number | null): string {
  const n = formatNumber(locale, value, { sign: true });
  if (value === null) return n;
  return locale === 'da' ? `${n} kr.` : `DKK ${n}`;
}

/**
 * A total deviation in kroner with its sign, in millions from one million up.
 * @example signedAmount('da', 15014133) // '+15,0 mio. kr.'
 */
export function signedAmount(locale: Locale, value: number | null): string {
  if (value === null || Math.abs(value) < 1e6) return signedKr(locale, value);
  const n = formatNumber(locale, value / 1e6, { decimals: 1, sign: true });
  return locale === 'da' ? `${n} mio. kr.` : `DKK ${n}m`;
}

/** A deviation as per cent of the budget with its sign: "+11,1 %". */
export function signedPercent(locale: Locale, value: number | null): string {
  const n = formatNumber(locale, value, { decimals: 1, sign: true });
  if (value === null) return n;
  return locale === 'da' ? `${n} %` : `${n}%`;
}

/**
 * The price level of the deviations in words: each year's own current prices ("løbende
 * priser") or one base year's ("2024-priser"); several levels are named each.
 */
export function deviationLevel(locale: Locale, years: readonly DeviationYear[]): string {
  const levels = [...new Set(years.map((y) => priceLevelText(locale, y.prices)))];
  return levels.length === 0
    ? priceLevelText(locale, { basis: 'current', year: null })
    : levels.join(', ');
}
