import { textHead } from '../text/index.ts';

const HEADER = /^"?SEKVENS"?;"?KODE"?;"?NIVEAU"?;"?TITEL"?(;|\r?\n|$)/;

/**
 * True when the bytes look like Statistics Denmark's classification export ("Kommuneinddeling",
 * csv_da.csv): a `;`-separated header starting `SEKVENS;KODE;NIVEAU;TITEL`.
 * @example detectDstClassification(bytes, 'csv_da.csv') // true
 */
export function detectDstClassification(bytes: Uint8Array, _fileName: string): boolean {
  return HEADER.test(textHead(bytes, 512));
}
