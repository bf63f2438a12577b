import { textHead } from '../text/index.ts';

/**
 * True when the first line looks like a headerless DST export by account function: `fixed`
 * quoted columns (one of the counts given), then a quoted account function ("5.30.27 Pleje og
 * omsorg …"), a quoted area and an integer amount (or ".."), separated by `,` or `;`.
 * @example looksLikeFunctionExport(bytes, [2]) // true for a REGK31 export
 */
export function looksLikeFunctionExport(bytes: Uint8Array, fixed: readonly number[]): boolean {
  const firstLine = textHead(bytes, 4096).split(/\r?\n|\r/, 1)[0] ?? '';
  return fixed.some((n) => firstLinePattern(n).test(firstLine));
}

function firstLinePattern(fixed: number): RegExp {
  const more = '"[^"]*"\\1'.repeat(Math.max(0, fixed - 1));
  return new RegExp(
    `^"[^"]*"([,;])${more}"\\d\\.\\d\\d\\.\\d\\d [^"]*"\\1"[^"]*"\\1"?(-?\\d+|\\.\\.)"?$`,
  );
}
