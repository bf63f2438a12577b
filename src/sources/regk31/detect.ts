import { textHead } from '../text/index.ts';

/** Prisenhed, Art, "d.dd.dd Funktion", Område (all quoted), then the amount. */
const FIRST_LINE = /^"[^"]*"([,;])"[^"]*"\1"\d\.\d\d\.\d\d [^"]*"\1"[^"]*"\1"?(-?\d+|\.\.)"?$/;

/**
 * True when the bytes look like a headerless DST REGK31 export: four quoted fields, the third
 * an account function ("5.30.27 Pleje og omsorg …"), then an integer amount.
 * @example detectRegk31(bytes, '2024.csv') // true
 */
export function detectRegk31(bytes: Uint8Array, _fileName: string): boolean {
  const firstLine = textHead(bytes, 4096).split(/\r?\n|\r/, 1)[0] ?? '';
  return FIRST_LINE.test(firstLine);
}
