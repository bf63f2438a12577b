import {
  MUNICIPALITIES,
  formatKr,
  formatNumber,
  type Block,
  type ReportLang,
  type Text,
} from '../../core/index.ts';

/** The Danish or the English text. */
export const say = (lang: ReportLang, da: string, en: string): string => (lang === 'da' ? da : en);

/** A municipality's name from its code (the code itself when unknown). */
export function nameOf(code: string): string {
  return MUNICIPALITIES.find((m) => m.code === code)?.name ?? code;
}

export { absent } from './text.ts';

export const paragraph = (text: Text, tone?: 'note' | 'warning'): Block =>
  tone === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, tone };

/** Kroner in whole kroner: "1.234 kr." / "DKK 1,234"; "–" for none. */
export const kr = (lang: ReportLang, v: number | null | undefined): string => formatKr(lang, v);

/** A unit cost with up to one decimal. */
export const num = (lang: ReportLang, v: number | null | undefined, decimals = 0): string =>
  formatNumber(lang, v, decimals);
