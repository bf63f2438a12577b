/** @module The UI's languages: one catalogue per language, and formats bound to the locale. */
export {
  I18nProvider,
  initialLocale,
  loadCatalogue,
  useI18n,
  type Formats,
  type I18n,
} from './context.tsx';
export type { Catalogue } from './catalogue.ts';
export { Localized, localized } from './localized.tsx';
export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locale.ts';
