import iconv from 'iconv-lite';
import { InvalidFileError, type ParsedSource } from '../../core/index.ts';
import { readFirstSheet, type SheetRow } from '../xlsx/index.ts';
import { parseNoegletalRows, type SourceRow } from './blocks.ts';
import type { RawCell } from './cell.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True for any XLSX (a ZIP container); whether it is a nøgletal export is for parse to say. */
export function detectXlsx(bytes: Uint8Array, _fileName: string): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Parses a De Kommunale Nøgletal XLSX export: the first sheet has the CSV layout in cells.
 * The sheet is streamed within the import limits (see readFirstSheet: a zip bomb or millions
 * of cells are refused, not loaded). Refuses workbooks whose rows are tab-separated text
 * split over cells (a known broken export).
 */
export async function parseNoegletalXlsx(
  bytes: Uint8Array,
  fileName: string,
): Promise<ParsedSource> {
  const sheet = await readFirstSheet(bytes, fileName);
  const repair = needsMacRomanRepair(sheet);
  const rows: SourceRow[] = sheet.map((row) => ({
    line: row.number,
    cells: row.values.slice(1).map((v) => toCell(v, repair)),
  }));
  const tabbed = rows
    .slice(0, 12)
    .find((r) => typeof r.cells[0] === 'string' && /\tKom\.nr\t/.test(r.cells[0]));
  if (tabbed) {
    throw new InvalidFileError([
      {
        severity: 'error',
        file: fileName,
        line: tabbed.line,
        value: String(tabbed.cells[0]).slice(0, 40),
        message:
          'arket er beskadiget: hver række er tabulatorsepareret tekst, delt over cellerne ved decimalkommaerne, så tallene kan ikke læses sikkert',
      },
    ]);
  }
  return parseNoegletalRows(rows, `${fileName}`, 'noegletal-xlsx');
}

function toCell(v: unknown, repair: boolean): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return repair ? fromMacRoman(v) : v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) {
      const s = v.richText.map((p: { text?: unknown }) => String(p.text ?? '')).join('');
      return repair ? fromMacRoman(s) : s;
    }
    if ('result' in v) return toCell(v.result, repair);
    if ('text' in v) return toCell(v.text, repair);
  }
  return String(v);
}

// Some exports store Latin-1 bytes that were read as Mac Roman ("N¯gletal" for "Nøgletal").
function needsMacRomanRepair(sheet: readonly SheetRow[]): boolean {
  let sample = '';
  for (const { number, values } of sheet) {
    // As exceljs's eachRow without includeEmpty: rows that hold a value.
    if (values.length > 0 && (number <= 12 || sample.length < 4000))
      sample += ` ${String(values[1] ?? '')}`;
  }
  return /[¯Â][a-zA-Z ]/.test(sample) && !/[æøåÆØÅ]/.test(sample);
}

function fromMacRoman(s: string): string {
  return iconv.decode(iconv.encode(s, 'macintosh'), 'latin1');
}
