import type { Locale } from '../i18n/index.ts';

const tags: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(tags[locale], options)));
  return f;
}

/** Placeholder for a missing number: an en dash, read out as "ingen værdi" by the caller. */
export const MISSING = '–';

/**
 * A number in the locale's format with a fixed number of decimals; null/NaN → "–".
 * @example formatNumber('da', 1234567.8) // "1.234.568"
 */
export function formatNumber(
  locale: Locale,
  value: number | null | undefined,
  decimals = 0,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return formatter(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(value)
    .replace(/^-/, '−');
}

/**
 * As many decimals as a value of this size needs to show three significant digits, at most 2:
 * 31767 → "31.767", 12.34 → "12,3", 0.456 → "0,46".
 */
export function formatAuto(locale: Locale, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const a = Math.abs(value);
  return formatNumber(locale, value, a >= 100 || Number.isInteger(value) ? 0 : a >= 10 ? 1 : 2);
}

/**
 * A volume (persons, pupils) as whole units for people: "8.321", never "8.320,966". Volumes are
 * computed exactly (population × share / 100); only the display rounds.
 * @example formatVolume('da', 8320.966) // "8.321"
 */
export function formatVolume(locale: Locale, value: number | null | undefined): string {
  return formatNumber(locale, value, 0);
}

/** Kroner, whole: "−30.500.501 kr." (da) or "−DKK 30,500,501" style in English ("kr." kept). */
export function formatKr(locale: Locale, value: number | null | undefined): string {
  const n = formatNumber(locale, value);
  return n === MISSING ? n : `${n} kr.`;
}

/** Kroner in millions with one decimal: "−30,5 mio. kr." / "−30.5 m DKK". */
export function formatMillionKr(locale: Locale, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const n = formatNumber(locale, value / 1e6, 1);
  return locale === 'da' ? `${n} mio. kr.` : `DKK ${n} m`;
}

/** A share already in per cent: "12,3 %". */
export function formatPercent(
  locale: Locale,
  value: number | null | undefined,
  decimals = 1,
): string {
  const n = formatNumber(locale, value, decimals);
  return n === MISSING ? n : `${n} %`;
}

/** A value with its unit, as the key figure's unit is written ("31.767 kr. pr. 67+-årig"). */
export function formatWithUnit(
  locale: Locale,
  value: number | null | undefined,
  unit: string,
): string {
  const n = formatAuto(locale, value);
  if (n === MISSING) return n;
  return unit === 'pct.' ? `${n} %` : `${n} ${unit}`;
}

/** A date (ISO string or Date) as "23. november 2026" / "23 November 2026". */
export function formatDate(locale: Locale, value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long' }).format(d);
}

/** A date and time as "23.11.2026 14.27". */
export function formatDateTime(locale: Locale, value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'short', timeStyle: 'short' }).format(
    d,
  );
}
