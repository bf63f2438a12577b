import type ExcelJS from 'exceljs';
import { checkUnpackedSize } from '../../sources/index.ts';
import { columnLetter } from './columns.ts';
import { quoted, type CellFault } from './faults.ts';

// Reading an uploaded workbook's sheets cell by cell: the structure checks (the sheet is
// there, the headers are the template's, no merged cells, no formulas) and each cell's value
// as text or number.

/** What a template unpacks to is ~30 KB; a workbook of a few thousand rows stays far below. */
export const MAX_UNPACKED_BYTES = 50_000_000;

/** A cell's value as the import reads it: empty, a number, or text (trimmed). */
export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string };

const EMPTY: CellValue = { kind: 'empty' };

/**
 * Opens a workbook: refuses what is no XLSX, or unpacks to more than MAX_UNPACKED_BYTES (a zip
 * bomb), before exceljs unpacks it in memory. Throws the fault.
 */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const refuse = (message: string): CellFault => ({
    sheet: fileName,
    cell: null,
    row: null,
    column: null,
    message,
  });
  try {
    await checkUnpackedSize(bytes, fileName, MAX_UNPACKED_BYTES);
  } catch (e) {
    throw refuse(`filen kan ikke læses som XLSX: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { default: excel } = await import('exceljs');
  const wb = new excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw refuse(`filen kan ikke læses som XLSX (${e instanceof Error ? e.message : String(e)})`);
  }
  return wb;
}

/** True when `e` is a fault thrown by loadWorkbook. */
export const isFault = (e: unknown): e is CellFault =>
  typeof e === 'object' && e !== null && 'sheet' in e && 'message' in e && !(e instanceof Error);

/**
 * A sheet's structure faults: merged cells anywhere, and row 1 that is not exactly `headers`
 * (a missing, renamed or moved column, or a column the template does not have).
 */
export function structureFaults(ws: ExcelJS.Worksheet, headers: readonly string[]): CellFault[] {
  const faults: CellFault[] = [];
  const merges = (ws.model as { merges?: readonly string[] }).merges ?? [];
  for (const range of merges) {
    const top = range.split(':')[0] ?? range;
    const row = Number(/\d+$/.exec(top)?.[0] ?? 0);
    faults.push({
      sheet: ws.name,
      cell: top,
      row,
      column: null,
      message: `cellerne ${range} er flettet; fjern fletningen (en flettet celle kan ikke læses som én værdi pr. kolonne)`,
    });
  }
  const width = Math.max(headers.length, ws.actualColumnCount, ws.columnCount);
  for (let k = 1; k <= width; k++) {
    const expected = headers[k - 1];
    const cell = ws.getCell(1, k);
    const got = textOf(cellValue(cell));
    const at = { sheet: ws.name, cell: `${columnLetter(k)}1`, row: 1 };
    if (expected === undefined) {
      if (got !== '')
        faults.push({
          ...at,
          column: got,
          message: `kolonnen ${quoted(got)} findes ikke i skabelonen; slet den (kolonnerne er: ${headers.join(', ')})`,
        });
      continue;
    }
    if (got.toLowerCase() !== expected.toLowerCase())
      faults.push({
        ...at,
        column: expected,
        message:
          got === ''
            ? `overskriften mangler; her skal stå ${quoted(expected)}`
            : `overskriften er ${quoted(got)}, men her skal stå ${quoted(expected)} (ret ikke, flyt ikke og slet ikke skabelonens kolonner)`,
      });
  }
  return faults;
}

/** A formula cell's fault, or undefined for a cell with a plain value. */
export function formulaFault(
  ws: ExcelJS.Worksheet,
  cell: ExcelJS.Cell,
  header: string,
): CellFault | undefined {
  const v = cell.value as unknown;
  const isFormula = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
  if (!isFormula) return undefined;
  const text =
    (v as { formula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula;
  return {
    sheet: ws.name,
    cell: cell.address,
    row: Number(cell.row),
    column: header,
    message: `cellen har en formel (${quoted(`=${text ?? ''}`)}); skriv værdien i stedet (kopiér, indsæt som værdier)`,
  };
}

/**
 * A cell's value: numbers as numbers, text trimmed (rich text and links as their text), a
 * date as its year-month-day text; formulas are refused before this (formulaFault).
 */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : EMPTY;
  if (typeof v === 'string') return v.trim() === '' ? EMPTY : { kind: 'text', value: v.trim() };
  if (typeof v === 'boolean') return { kind: 'text', value: v ? 'Ja' : 'Nej' };
  if (v instanceof Date) return { kind: 'text', value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object' && 'richText' in v) {
    const text = (v as { richText: readonly { text: string }[] }).richText
      .map((r) => r.text)
      .join('');
    return text.trim() === '' ? EMPTY : { kind: 'text', value: text.trim() };
  }
  if (typeof v === 'object' && 'text' in v) {
    const text = String((v as { text: unknown }).text);
    return text.trim() === '' ? EMPTY : { kind: 'text', value: text.trim() };
  }
  if (typeof v === 'object' && 'error' in v)
    return { kind: 'text', value: String((v as { error: unknown }).error) };
  return { kind: 'text', value: String(v) };
}

/** A cell's value as text ('' when empty; numbers as JavaScript writes them). */
export function textOf(v: CellValue): string {
  return v.kind === 'empty' ? '' : String(v.value);
}
