import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
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
} from '../format/index.ts';
import type { Catalogue } from './catalogue.ts';
import { da } from './da/index.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.ts';

/**
 * The catalogues loaded so far. Danish is in the app's first chunk; English is a chunk of its
 * own, loaded when a reader asks for it (bench/web.bench.ts: the first chunk's size is what a
 * page waits for before it can render).
 */
const catalogues: Partial<Record<Locale, Catalogue>> = { da };
const STORAGE_KEY = 'potentiale.locale';

/** The locale's catalogue, loaded once. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const have = catalogues[locale];
  if (have) return Promise.resolve(have);
  return import('./en/index.ts').then((m) => (catalogues.en = m.en));
}

/** The formats bound to the current locale, so pages never pass the locale around. */
export function formatsFor(locale: Locale) {
  return {
    number: (v: number | null | undefined, decimals?: number) => formatNumber(locale, v, decimals),
    auto: (v: number | null | undefined) => formatAuto(locale, v),
    kr: (v: number | null | undefined) => formatKr(locale, v),
    mkr: (v: number | null | undefined) => formatMillionKr(locale, v),
    /** A volume in whole units (persons): "8.321". */
    volume: (v: number | null | undefined) => formatVolume(locale, v),
    percent: (v: number | null | undefined, decimals?: number) =>
      formatPercent(locale, v, decimals),
    withUnit: (v: number | null | undefined, unit: string) => formatWithUnit(locale, v, unit),
    /** An already formatted number with a unit, in the locale's words and order. */
    attachUnit: (formatted: string, unit: string) => withUnit(formatted, unit, locale),
    /** A key figure's unit in the current language: "kr. pr. indb." / "DKK per inhabitant". */
    unit: (unit: string) => unitText(locale, unit),
    /** A range of millions of kroner, the unit once: "DKK −39.5m to 13.9m". */
    mkrRange: (from: number | null | undefined, to: number | null | undefined) =>
      formatMillionKrRange(locale, from, to),
    date: (v: string | Date) => formatDate(locale, v),
    dateTime: (v: string | Date) => formatDateTime(locale, v),
  };
}

export type Formats = ReturnType<typeof formatsFor>;

export interface I18n {
  readonly locale: Locale;
  readonly t: Catalogue;
  readonly f: Formats;
  /** The name of a key figure in the current language (English falls back to Danish). */
  readonly name: (k: { readonly nameDa: string; readonly nameEn?: string | null }) => string;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);

/** The language the page opens in: ?lang=, else the one remembered, else Danish. */
export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be blocked; Danish is the default.
  }
  return DEFAULT_LOCALE;
}

/**
 * The language context. The page opens in `initialLocale()`, whose catalogue main.tsx has
 * loaded before the first render; a switch shows the new language once its catalogue is in.
 */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const asked = initialLocale();
    return catalogues[asked] ? asked : DEFAULT_LOCALE;
  });
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits; the switch still works.
    }
    void loadCatalogue(next).then(() => setLocaleState(next));
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: catalogues[locale] ?? da,
      f: formatsFor(locale),
      name: (k) => (locale === 'en' && k.nameEn ? k.nameEn : k.nameDa),
      setLocale,
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its catalogue (`t`) and formats (`f`). */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
