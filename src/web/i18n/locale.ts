/** The languages of the UI: Danish first, English available. */
export type Locale = 'da' | 'en';
export const LOCALES: readonly Locale[] = ['da', 'en'];
export const DEFAULT_LOCALE: Locale = 'da';

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}
