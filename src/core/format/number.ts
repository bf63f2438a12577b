import { unitEn } from './units.ts';

/** The languages numbers are written in for people: Danish first, English available. */
export type NumberLocale = 'da' | 'en';

/** The text for a missing number (null, NaN, ±Infinity): an en dash, in both languages. */
export const MISSING = '–';

/** The sign before a negative number: U+2212 MINUS SIGN, as typeset Danish and English use. */
export const MINUS = '−';

/** How many decimals: `decimals` exactly (default 0), or up to `maxDecimals`; `sign` adds "+". */
export interface NumberFormatOptions {
  /** Exactly this many decimals (ignored when maxDecimals is given). Default 0. */
  readonly decimals?: number;
  /** At most this many decimals, trailing zeros dropped (terminal tables, chart ticks). */
  readonly maxDecimals?: number;
  /** A "+" before a positive number (changes); zero never has a sign. */
  readonly sign?: boolean;
}

const TAGS: Readonly<Record<NumberLocale, string>> = { da: 'da-DK', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: NumberLocale, o: NumberFormatOptions): Intl.NumberFormat {
  const max = o.maxDecimals ?? o.decimals ?? 0;
  const min = o.maxDecimals === undefined ? max : 0;
  const sign = o.sign === true;
  const key = `${locale}|${min}|${max}|${sign}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(TAGS[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      // A value that rounds to zero is written "0", never "−0" or "+0".
      signDisplay: sign ? 'exceptZero' : 'negative',
    });
    cache.set(key, f);
  }
  return f;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A number for people, the one rule for the web, the CLI and the core's explanations: Danish
 * "1.234.567,8" or English "1,234,567.8", a true minus sign (MINUS) before negatives, no sign on
 * a value that rounds to zero, and MISSING ("–") for null, NaN or an infinite value. The second
 * argument is the exact number of decimals, or options. Machine formats (CSV, XLSX, JSON) keep
 * their own rules and do not use this.
 * @example formatNumber('da', -1234567.891, 2) // '−1.234.567,89'
 * @example formatNumber('en', 1234.5, { maxDecimals: 2 }) // '1,234.5'
 * @example formatNumber('da', 0.25, { decimals: 2, sign: true }) // '+0,25'
 */
export function formatNumber(
  locale: NumberLocale,
  value: number | null | undefined,
  options: number | NumberFormatOptions = 0,
): string {
  if (!isNumber(value)) return MISSING;
  const o = typeof options === 'number' ? { decimals: options } : options;
  return formatter(locale, o).format(value).replace('-', MINUS);
}

/**
 * Decimals enough for about three significant digits of a value of this size, at most 2:
 * none from 100 or for a whole number, 1 from 10, else 2.
 * @example autoDecimals(12.34) // 1
 */
export function autoDecimals(value: number): number {
  const a = Math.abs(value);
  return a >= 100 || Number.isInteger(value) ? 0 : a >= 10 ? 1 : 2;
}

/**
 * How many decimals a set of values shares, so that they read evenly ("52,0" next to "29,1"):
 * autoDecimals of the largest magnitude; none when all are whole or none is a number.
 * @example sharedDecimals([52, 29.1, 39.2]) // 1
 */
export function sharedDecimals(values: readonly (number | null | undefined)[]): number {
  const xs = values.filter(isNumber);
  if (xs.length === 0 || xs.every((v) => Number.isInteger(v))) return 0;
  const top = Math.max(...xs.map((v) => Math.abs(v)));
  return top >= 100 ? 0 : top >= 10 ? 1 : 2;
}

/**
 * A number with as many decimals as its size needs (autoDecimals): 31767 → "31.767",
 * 12.34 → "12,3", 0.456 → "0,46".
 * @example formatAuto('da', 0.456) // '0,46'
 */
export function formatAuto(locale: NumberLocale, value: number | null | undefined): string {
  return isNumber(value) ? formatNumber(locale, value, autoDecimals(value)) : MISSING;
}

/**
 * A volume (persons, pupils) as whole units for people: "8.321", never "8.320,966". Volumes are
 * computed exactly; only the display rounds.
 * @example formatVolume('da', 8320.966) // '8.321'
 */
export function formatVolume(locale: NumberLocale, value: number | null | undefined): string {
  return formatNumber(locale, value, 0);
}

/**
 * Kroner, whole: Danish "−30.500.501 kr." (DESIGN.md §6: "1.234.567 kr."), English with the
 * currency code first, "DKK −30,500,501".
 * @example formatKr('da', 1234567.4) // '1.234.567 kr.'
 * @example formatKr('en', 1234567.4) // 'DKK 1,234,567'
 */
export function formatKr(locale: NumberLocale, value: number | null | undefined): string {
  if (!isNumber(value)) return MISSING;
  const n = formatNumber(locale, value);
  return locale === 'da' ? `${n} kr.` : `DKK ${n}`;
}

/**
 * Kroner in millions with one decimal: "−30,5 mio. kr." (da) or "DKK −30.5m" (en).
 * @example formatMillionKr('da', -30512345) // '−30,5 mio. kr.'
 * @example formatMillionKr('en', -30512345) // 'DKK −30.5m'
 */
export function formatMillionKr(locale: NumberLocale, value: number | null | undefined): string {
  if (!isNumber(value)) return MISSING;
  const n = formatNumber(locale, value / 1e6, 1);
  return locale === 'da' ? `${n} mio. kr.` : `DKK ${n}m`;
}

/**
 * A range of kroner in millions, the unit written once: "−39,5 til 13,9 mio. kr." (da) or
 * "DKK −39.5m to 13.9m" (en).
 * @example formatMillionKrRange('en', -39.5e6, 13.9e6) // 'DKK −39.5m to 13.9m'
 */
export function formatMillionKrRange(
  locale: NumberLocale,
  from: number | null | undefined,
  to: number | null | undefined,
): string {
  if (!isNumber(from) || !isNumber(to)) return MISSING;
  const a = formatNumber(locale, from / 1e6, 1);
  const b = formatNumber(locale, to / 1e6, 1);
  return locale === 'da' ? `${a} til ${b} mio. kr.` : `DKK ${a}m to ${b}m`;
}

/**
 * A share already in per cent: Danish with a space before the sign (DESIGN.md §6: "12,3 %"),
 * English without ("12.3%"); one decimal unless told.
 * @example formatPercent('da', 12.34) // '12,3 %'
 * @example formatPercent('en', 12.34) // '12.3%'
 */
export function formatPercent(
  locale: NumberLocale,
  value: number | null | undefined,
  decimals: number | NumberFormatOptions = 1,
): string {
  if (!isNumber(value)) return MISSING;
  const n = formatNumber(locale, value, decimals);
  return locale === 'da' ? `${n} %` : `${n}%`;
}

/**
 * A value with its unit as the key figure writes it (formatAuto), in the locale's words and
 * order (withUnit).
 * @example formatWithUnit('da', 31767, 'kr. pr. 67+-årig') // '31.767 kr. pr. 67+-årig'
 * @example formatWithUnit('en', 31767, 'kr. pr. 67+-årig') // 'DKK 31,767 per person aged 67+'
 */
export function formatWithUnit(
  locale: NumberLocale,
  value: number | null | undefined,
  unit: string,
): string {
  return withUnit(formatAuto(locale, value), unit, locale);
}

/**
 * An already formatted number with a key figure's unit, in the language it was formatted in
 * (Danish unless told). Danish writes the unit after the number, "pct." as "%"
 * ("12,3 %", "31.767 kr. pr. 67+-årig"); English translates the unit (unitEn) and puts the
 * currency code first ("DKK 31,767 per person aged 67+", "12.3%", "46,747 inhabitants"). No
 * unit adds nothing, and MISSING stays alone.
 * @example withUnit('12,3', 'pct.') // '12,3 %'
 * @example withUnit('46,747', 'indb.', 'en') // '46,747 inhabitants'
 */
export function withUnit(formatted: string, unit: string, locale: NumberLocale = 'da'): string {
  if (formatted === MISSING || unit === '') return formatted;
  if (locale === 'da') return unit === 'pct.' ? `${formatted} %` : `${formatted} ${unit}`;
  const en = unitEn(unit);
  if (en === '%' || en === '‰') return `${formatted}${en}`;
  if (en === 'DKK' || en.startsWith('DKK ')) return `DKK ${formatted}${en.slice(3)}`;
  return `${formatted} ${en}`;
}
