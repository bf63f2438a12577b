import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { InvalidFileError } from '../../core/index.ts';
import { IMPORT_LIMITS, formatCount } from '../limits.ts';
import { countCells, limitRuns, limitStrings } from './xml-limits.ts';
import {
  inflateEntry,
  readZipDirectory,
  tooLarge,
  type InflateBudget,
  type ZipEntry,
} from './zip.ts';

/** One row of a sheet: its 1-based number and exceljs's `row.values` (1-based, sparse). */
export interface SheetRow {
  readonly number: number;
  readonly values: readonly unknown[];
}

/** The limits a workbook is read within; see IMPORT_LIMITS. */
export interface XlsxLimits {
  readonly inflatedBytes: number;
  readonly cells: number;
  readonly sharedStrings: number;
  readonly textChars: number;
}

const DEFAULT_LIMITS: XlsxLimits = {
  inflatedBytes: IMPORT_LIMITS.xlsxInflatedBytes,
  cells: IMPORT_LIMITS.xlsxCells,
  sharedStrings: IMPORT_LIMITS.xlsxSharedStrings,
  textChars: IMPORT_LIMITS.xlsxTextChars,
};

/** Excel's own bounds: a row or column past them cannot come from a spreadsheet program. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * The parts of exceljs's streaming WorkbookReader (4.4) used here. Its own `read()` unzips
 * with unzipper, which inflates without any limit and spills sheets to temporary files; so
 * the archive is opened here, each part inflated under a byte budget, and exceljs's streaming
 * parsers are handed the text. Untyped in exceljs, hence declared.
 */
interface StreamingParsers {
  workbookRels?: readonly { readonly Id?: string; readonly Target?: string }[];
  model?: { readonly sheets?: readonly { readonly rId?: string }[] };
  sharedStrings?: unknown[] | undefined;
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
  _parseWorksheet(
    chunks: AsyncIterable<string>,
    sheetNo: string,
  ): Iterable<{ readonly value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

/**
 * Reads the first sheet of an XLSX workbook (the first in the workbook's order, as exceljs's
 * `workbook.worksheets[0]`) as rows 1..last, with empty rows where the sheet has none, as
 * `eachRow({ includeEmpty: true })` gives them. Streams: memory is bounded by the limits,
 * and any limit passed refuses the file with InvalidFileError naming file, place and limit:
 * the bytes the parts unpack to (declared sizes are checked first, actual bytes counted while
 * unpacking), cell positions, shared strings and the text between two XML tags.
 */
export async function readFirstSheet(
  bytes: Uint8Array,
  fileName: string,
  limits: XlsxLimits = DEFAULT_LIMITS,
): Promise<readonly SheetRow[]> {
  const entries = new Map(readZipDirectory(bytes, fileName).map((e) => [e.name, e]));
  const budget: InflateBudget = { limit: limits.inflatedBytes, used: 0 };
  // exceljs takes ~0,5 s to load: only a command that reads a workbook pays for it.
  const { default: excel } = await import('exceljs');
  const parsers = new excel.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as StreamingParsers;
  const text = (entry: ZipEntry, spent = budget) =>
    limitRuns(inflateEntry(bytes, entry, spent, fileName), limits.textChars, fileName, entry.name);
  try {
    const rels = entries.get('xl/_rels/workbook.xml.rels');
    const book = entries.get('xl/workbook.xml');
    checkDeclared([rels, book], limits, fileName);
    if (rels) await parsers._parseRels(Readable.from(text(rels)));
    if (book) await parsers._parseWorkbook(Readable.from(text(book)));
    const sheet = firstSheet(parsers, entries);
    if (!sheet) {
      throw new InvalidFileError([
        {
          severity: 'error',
          file: fileName,
          line: 1,
          message: 'arbejdsbogen har intet ark, der kan læses (xl/workbook.xml nævner intet)',
        },
      ]);
    }
    const strings = entries.get('xl/sharedStrings.xml');
    checkDeclared([rels, book, strings, sheet], limits, fileName);
    // A quick first pass counts the sheet's cells, so that a sheet of millions is refused in
    // a second, before exceljs builds an object for every cell of it.
    const firstPass: InflateBudget = { limit: limits.inflatedBytes - budget.used, used: 0 };
    await countCells(text(sheet, firstPass), limits.cells, fileName, sheet.name);
    if (strings) {
      const read = () => parsers.sharedStrings?.length ?? 0;
      const guarded = limitStrings(text(strings), read, limits.sharedStrings, fileName);
      // With sharedStrings: 'cache' the parser yields nothing; it fills parsers.sharedStrings.
      for await (const nothing of parsers._parseSharedStrings(Readable.from(guarded))) void nothing;
      // The streaming parser caches an empty string as null, which would make its cells
      // empty; the loader reads them as "".
      parsers.sharedStrings = parsers.sharedStrings?.map((s) => s ?? '');
    }
    return await readRows(parsers, text(sheet), sheet.name, limits.cells, fileName);
  } catch (e) {
    if (e instanceof InvalidFileError) throw e;
    throw new InvalidFileError([
      {
        severity: 'error',
        file: fileName,
        line: 1,
        message: `XLSX-filen kunne ikke læses (${e instanceof Error ? e.message : String(e)})`,
      },
    ]);
  }
}

/** The entry of the workbook's first sheet that the archive holds. */
function firstSheet(
  parsers: StreamingParsers,
  entries: ReadonlyMap<string, ZipEntry>,
): ZipEntry | undefined {
  for (const sheet of parsers.model?.sheets ?? []) {
    const rel = parsers.workbookRels?.find((r) => r.Id === sheet.rId);
    // As exceljs resolves it: "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml".
    const target = rel?.Target ?? '';
    const entry =
      target === '' ? undefined : entries.get(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
    if (entry) return entry;
  }
  return undefined;
}

/** Refuses an archive whose parts say up front that they unpack to more than the budget. */
function checkDeclared(
  parts: readonly (ZipEntry | undefined)[],
  limits: XlsxLimits,
  fileName: string,
): void {
  const declared = [...new Set(parts)].reduce((n, e) => n + (e?.declaredSize ?? 0), 0);
  if (declared > limits.inflatedBytes) throw tooLarge(fileName, limits.inflatedBytes);
}

async function readRows(
  parsers: StreamingParsers,
  chunks: AsyncIterable<string>,
  entryName: string,
  maxCells: number,
  fileName: string,
): Promise<readonly SheetRow[]> {
  const sheetNo = /(\d+)\.xml$/.exec(entryName)?.[1] ?? '1';
  const [emitted] = parsers._parseWorksheet(chunks, sheetNo);
  if (!emitted) return [];
  const rows: SheetRow[] = [];
  let cells = 0;
  const refuse = (line: number, message: string): never => {
    throw new InvalidFileError([{ severity: 'error', file: fileName, line, message }]);
  };
  for await (const row of emitted.value) {
    const number = row.number;
    const last = rows.length;
    if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS) {
      refuse(last + 1, `ugyldigt rækkenummer (${String(number)}); Excel har rækkerne 1-1.048.576`);
    }
    if (number <= last)
      refuse(number, `rækkerne står ikke i orden (række ${number} efter ${last})`);
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
    if (values.length - 1 > MAX_COLUMNS) {
      refuse(number, `rækken går ud over Excels sidste kolonne (${formatCount(MAX_COLUMNS)})`);
    }
    // Empty rows before this one count as one cell each; a row as wide as its last cell.
    cells += number - last - 1 + Math.max(1, values.length - 1);
    if (cells > maxCells) {
      refuse(
        number,
        `arket har over ${formatCount(maxCells)} celler (grænsen for import); del det op eller gem det som CSV`,
      );
    }
    for (let n = last + 1; n < number; n++) rows.push({ number: n, values: [] });
    rows.push({ number, values });
  }
  return rows;
}
