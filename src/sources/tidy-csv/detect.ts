import { textHead } from '../text/index.ts';

/** The header with any separator, quotes or case, so that parse can explain what is wrong. */
const HEADER = /^\W*municipality_code\W+year\W+key_figure\W+value(\W+year_kind)?\W*$/i;

/**
 * True when the first line is the tidy header `municipality_code;year;key_figure;value`,
 * optionally with `;year_kind` (with any separator or quoting: parseTidyCsv then says which
 * separators it accepts).
 * @example detectTidyCsv(new TextEncoder().encode('municipality_code;year;key_figure;value\n'), 'x.csv') // true
 */
export function detectTidyCsv(bytes: Uint8Array, _fileName: string): boolean {
  return HEADER.test(textHead(bytes, 1024).split(/\r?\n|\r/, 1)[0] ?? '');
}
