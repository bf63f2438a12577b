import { findMunicipality } from '../municipalities/index.ts';
import { formatNumberDa } from '../stats/index.ts';

const en = new Map<number, Intl.NumberFormat>();

/**
 * A number as English text: "," between thousands, "." before decimals; "–" when missing.
 * @example formatNumberEn(17364.2) // '17,364'
 */
export function formatNumberEn(value: number | null, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return '–';
  let f = en.get(decimals);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-GB', {
      maximumFractionDigits: decimals,
      minimumFractionDigits: decimals,
    });
    en.set(decimals, f);
  }
  return f.format(value);
}

/** Decimals enough for three significant digits of a value of this size, at most 2. */
export function autoDecimals(value: number): number {
  const a = Math.abs(value);
  return a >= 100 || Number.isInteger(value) ? 0 : a >= 10 ? 1 : 2;
}

/** A value in both languages with as many decimals as its size needs, with an optional unit. */
export function amount(value: number, unit?: string): { da: string; en: string } {
  const d = autoDecimals(value);
  const u = unit === undefined || unit === '' ? '' : unit === 'pct.' ? ' %' : ` ${unit}`;
  return { da: `${formatNumberDa(value, d)}${u}`, en: `${formatNumberEn(value, d)}${u}` };
}

/**
 * Two numbers with the fewest decimals (1 to 3) that tell them apart, so a message never says
 * "5,6 is above the limit 5,6".
 */
export function distinctDecimals(a: number, b: number): number {
  for (let d = 1; d < 3; d++) if (formatNumberDa(a, d) !== formatNumberDa(b, d)) return d;
  return 3;
}

/** A share 0–1 as whole per cent, "42 %", in both languages. */
export function percent(share: number): { da: string; en: string } {
  return { da: `${formatNumberDa(share * 100, 0)} %`, en: `${formatNumberEn(share * 100, 0)} %` };
}

/** The text with a full stop, unless it already ends with one ("… kr. pr. indb."). */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The municipality's name, or its code when it is not one of the 98. */
export function municipalityName(code: string): string {
  return findMunicipality(code)?.name ?? code;
}
