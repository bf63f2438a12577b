import { textHead } from '../text/index.ts';

/**
 * `"København";"0 år";9481`: a quoted area name, a quoted age "N år" ("år" as Latin-1 or as
 * UTF-8 read byte by byte), then the count. The count is not checked here, so that the parser
 * can say what is wrong with it.
 */
const FIRST_LINE = /^"[^";]+";"\d{1,3} (?:år|Ã¥r)";"?[^;"]*"?$/;

/**
 * True when the bytes look like a headerless DST FOLK1A export of the population by area and
 * single year of age (`"name";"N år";count`, `;`-separated, Latin-1 or UTF-8). The file name
 * is not used.
 * @example detectFolk1aAge(latin1('"Hedensted";"0 år";412\n'), 'x.csv') // true
 */
export function detectFolk1aAge(bytes: Uint8Array, _fileName: string): boolean {
  const firstLine = textHead(bytes, 1024).split(/\r?\n|\r/, 1)[0] ?? '';
  return FIRST_LINE.test(firstLine);
}
