import { InvalidInputError } from '../diagnostics/index.ts';

/**
 * Orders municipality codes as numbers when both are digits ("99" before "101"), otherwise as
 * text; used wherever ties are broken "by the lower code".
 * @example ['147', '101'].sort(compareCodes) // ['101', '147']
 */
export function compareCodes(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const d = Number(a) - Number(b);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A map from code to position in `codes`. Throws InvalidInputError for an empty list or a
 * code listed twice: every column is aligned with the codes, so a duplicate would make a
 * position ambiguous.
 * @example indexCodes(['101', '147']).get('147') // 1
 */
export function indexCodes(codes: readonly string[]): ReadonlyMap<string, number> {
  if (codes.length === 0) throw new InvalidInputError('Listen af kommunekoder er tom', 'codes');
  const index = new Map<string, number>();
  for (const [i, code] of codes.entries()) {
    if (index.has(code)) {
      throw new InvalidInputError(`Kommunekoden ${code} står der to gange`, 'codes');
    }
    index.set(code, i);
  }
  return index;
}

/** The position of a code, or InvalidInputError naming it. */
export function positionOf(
  index: ReadonlyMap<string, number>,
  code: string,
  what = 'code',
): number {
  const i = index.get(code);
  if (i === undefined) throw new InvalidInputError(`Ukendt kommunekode ${code}`, what);
  return i;
}
