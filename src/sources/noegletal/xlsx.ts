import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { InvalidFileError, type ParsedSource } from '../../core/index.ts';
import { parseNoegletalRows, type SourceRow } from './blocks.ts';
import type { RawCell } from './cell.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True for any XLSX (a ZIP container); whether it is a nøgletal export is for parse to say. */
export function detectXlsx(bytes: Uint8Array, _fileName: string): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Parses a De Kommunale Nøgletal XLSX export: the first sheet has the CSV layout in cells.
 * Refuses workbooks whose rows are tab-separated text split over cells (a known broken export).
 */
export async function parseNoegletalXlsx(
  bytes: Uint8Array,
  fileName: string,
): Promise<ParsedSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InvalidFileError([
      {
        severity: 'error',
        file: fileName,
        line: 1,
        message: `XLSX-filen kunne ikke læses (${e instanceof Error ? e.message : String(e)})`,
      },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new InvalidFileError([
      { severity: 'error', file: fileName, line: 1, message: 'arbejdsbogen har intet ark' },
    ]);
  }
  const rows: SourceRow[] = [];
  const repair = needsMacRomanRepair(sheet);
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
    rows.push({ line: rowNumber, cells: values.map((v) => toCell(v, repair)) });
  });
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
function needsMacRomanRepair(sheet: ExcelJS.Worksheet): boolean {
  let sample = '';
  sheet.eachRow((row, n) => {
    if (n <= 12 || sample.length < 4000) sample += ` ${String((row.values as unknown[])[1] ?? '')}`;
  });
  return /[¯Â][a-zA-Z ]/.test(sample) && !/[æøåÆØÅ]/.test(sample);
}

function fromMacRoman(s: string): string {
  return iconv.decode(iconv.encode(s, 'macintosh'), 'latin1');
}
