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

// Danish number format as noegletal.dk writes it: "." groups thousands, "," is the decimal mark.
const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

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
  if (GROUPED.test(raw) || PLAIN.test(raw)) {
    const value = Number(raw.replace(/\./g, '').replace(',', '.'));
    // "-0" and "-0,0" are rounded zeros; store them as 0 so that signs never surprise.
    return { ok: true, value: value === 0 ? 0 : value, status: 'value', raw, boolean: false };
  }
  return { ok: false, raw };
}
