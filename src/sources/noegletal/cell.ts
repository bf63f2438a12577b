import type { ObservationStatus } from '../../core/index.ts';

/** A cell as a source holds it: text from a CSV, a number or text from a spreadsheet. */
export type RawCell = string | number | null | undefined;

export type ParsedCell =
  | {
      readonly ok: true;
      readonly value: number | null;
      readonly status: ObservationStatus;
      readonly raw: string;
      readonly boolean: boolean;
    }
  | { readonly ok: false; readonly raw: string };

// Danish number format as noegletal.dk writes it: "." groups thousands, "," is the decimal mark:
// -?\d+(,\d+)? or -?\d{1,3}(\.\d{3})+(,\d+)?
const ZERO = 48;
const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const EXACT_TENS = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * The value of a cell in Danish number format, or undefined when it is not one. Read digit by
 * digit (a cell is read 476 280 times in a full export): up to 15 digits the integer of all
 * digits divided by a power of ten is exactly Number() of the decimal, both being correctly
 * rounded (IEEE division); longer numbers go through Number().
 */
function danishNumber(raw: string): number | undefined {
  const n = raw.length;
  const first = raw.charCodeAt(0) === MINUS ? 1 : 0;
  let digits = 0;
  let fraction = 0;
  let mantissa = 0;
  let group = 0; // digits since the start, the last thousands dot or the comma
  let grouped = false;
  let inFraction = false;
  for (let i = first; i < n; i++) {
    const c = raw.charCodeAt(i);
    const d = c - ZERO;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      group++;
      if (inFraction) fraction++;
    } else if (c === DOT && !inFraction && i > first && (grouped ? group === 3 : group <= 3)) {
      grouped = true;
      group = 0;
    } else if (c === COMMA && !inFraction && i > first && (!grouped || group === 3)) {
      inFraction = true;
      group = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || (inFraction && fraction === 0) || (grouped && !inFraction && group !== 3))
    return undefined;
  if (digits > 15) return Number(raw.replace(/\./g, '').replace(',', '.'));
  const value = mantissa / (EXACT_TENS[fraction] as number);
  return first === 1 ? -value : value;
}

/**
 * Reads one value cell of a De Kommunale Nøgletal export. `-` is an exact zero ("et 'rent'
 * nul"), `M` missing, `U` undefined, `JA`/`NEJ` a yes/no figure stored as 1/0.
 * @example parseNoegletalCell('623.404') // { ok: true, value: 623404, status: 'value', … }
 */
export function parseNoegletalCell(cell: RawCell): ParsedCell {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, raw: String(cell) };
    return { ok: true, value: cell, status: 'value', raw: String(cell), boolean: false };
  }
  const raw = (cell ?? '').trim();
  switch (raw) {
    case '-':
      return { ok: true, value: 0, status: 'value', raw, boolean: false };
    case 'M':
      return { ok: true, value: null, status: 'missing', raw, boolean: false };
    case 'U':
      return { ok: true, value: null, status: 'undefined', raw, boolean: false };
    case 'JA':
      return { ok: true, value: 1, status: 'value', raw, boolean: true };
    case 'NEJ':
      return { ok: true, value: 0, status: 'value', raw, boolean: true };
  }
  const value = danishNumber(raw);
  if (value !== undefined) {
    // "-0" and "-0,0" are rounded zeros; store them as 0 so that signs never surprise.
    return { ok: true, value: value === 0 ? 0 : value, status: 'value', raw, boolean: false };
  }
  return { ok: false, raw };
}
