import { looksLikeFunctionExport } from '../function-export/index.ts';

/** "BUDK32" as a word of a file name: `BUDK32-2025.csv`, `budk32_2025.csv`, `2025 BUDK32.csv`. */
const NAMED_BUDK32 = /(?<![a-z0-9])budk32(?![a-z0-9])/i;

/**
 * True when the file is named as a BUDK32 export — the word "BUDK32" in its file name, or a
 * folder named exactly "BUDK32" (any case) in the path it was given by — and its first line
 * has the shape of DST's export by account function:
 * `"Prisenhed","Art" or "Dranst"[,"Art"],"Funktion","Kommune",Beløb`. The content alone
 * cannot tell a budget from accounts (REGK31 exports look the same), so the name decides;
 * without it the file is read as REGK31 accounts. See
 * docs/decisions/0015-budk32-told-by-name.md.
 * @example detectBudk32(bytes, 'eksport/BUDK32-2025.csv') // true
 * @example detectBudk32(bytes, 'budk32/2025.csv') // true
 * @example detectBudk32(bytes, 'budk32-arkiv/2025.csv') // false: read as REGK31
 */
export function detectBudk32(bytes: Uint8Array, fileName: string): boolean {
  const parts = fileName.split(/[\\/]/);
  const base = parts.pop() ?? '';
  const named = NAMED_BUDK32.test(base) || parts.some((p) => p.toLowerCase() === 'budk32');
  return named && looksLikeFunctionExport(bytes, [2, 3]);
}
