import { looksLikeFunctionExport } from '../function-export/index.ts';

/**
 * True when the bytes look like a headerless DST REGK31 export: four quoted fields, the third
 * an account function ("5.30.27 Pleje og omsorg …"), then an integer amount. A BUDK32 export
 * has the same shape; the registry asks the BUDK32 detector (which needs "BUDK32" in the
 * file's name or folder) first.
 * @example detectRegk31(bytes, '2024.csv') // true
 */
export function detectRegk31(bytes: Uint8Array, _fileName: string): boolean {
  return looksLikeFunctionExport(bytes, [2]);
}
