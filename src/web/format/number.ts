import type { Locale } from '../i18n/index.ts';

// Numbers, kroner and per cent come from the core's one formatter (core/format), shared with
// the CLI and the core's explanations; only dates are the web's own.
export {
  MISSING,
  formatAuto,
  formatKr,
  formatMillionKr,
  formatMillionKrRange,
  formatNumber,
  formatPercent,
  formatVolume,
  formatWithUnit,
  unitText,
  withUnit,
} from '../../core/index.ts';

const tags: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

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
