import type { Locale } from './locale.ts';
import { useI18n } from './context.tsx';

/**
 * A text the API gives in Danish and, where it has one, in English (a break's description, a
 * volume, a source note): the English on an English page, else the Danish.
 * @example localized('en', 'Indbyggertal 1. januar', 'Population on 1 January') // 'Population on 1 January'
 */
export function localized(locale: Locale, da: string, en: string | null | undefined): string {
  return locale === 'en' && en ? en : da;
}

/**
 * The same as an element: Danish left on an English page (no translation exists, e.g. a note
 * of an unknown export or a figure only seen in an import) is marked lang="da", so screen
 * readers pronounce it as Danish and nobody takes it for a missing translation of ours.
 */
export function Localized({ da, en }: { readonly da: string; readonly en?: string | null }) {
  const { locale } = useI18n();
  const text = localized(locale, da, en);
  return locale === 'en' && text === da && da !== '' ? <span lang="da">{da}</span> : <>{text}</>;
}
