import { findMunicipality } from '../municipalities/index.ts';
import { formatNumber, formatWithUnit } from '../format/index.ts';

/** A value in both languages with as many decimals as its size needs, with an optional unit. */
export function amount(value: number, unit = ''): { da: string; en: string } {
  return { da: formatWithUnit('da', value, unit), en: formatWithUnit('en', value, unit) };
}

/**
 * Two numbers with the fewest decimals (1 to 3) that tell them apart, so a message never says
 * "5,6 is above the limit 5,6".
 */
export function distinctDecimals(a: number, b: number): number {
  for (let d = 1; d < 3; d++) if (formatNumber('da', a, d) !== formatNumber('da', b, d)) return d;
  return 3;
}

/** A share 0–1 as whole per cent, "42 %", in both languages. */
export function percent(share: number): { da: string; en: string } {
  return {
    da: `${formatNumber('da', share * 100, 0)} %`,
    en: `${formatNumber('en', share * 100, 0)} %`,
  };
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
