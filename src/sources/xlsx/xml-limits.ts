import { InvalidFileError } from '../../core/index.ts';
import { formatCount } from '../limits.ts';

// Checks on the XML text of a workbook's parts as it streams past, before exceljs parses it.

/** A cell element, `<c r="A1">`, `<c/>` or with a namespace prefix, `<x:c>`. */
const CELL = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
const CELL_START = /^<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/;

/** The end of a sheet's XML: `</worksheet>`, perhaps with a namespace prefix. */
const SHEET_END = /<\/(?:[A-Za-z_][\w.-]*:)?worksheet>\s*$/;

/**
 * Counts the cell elements of a sheet's XML and refuses it past `max`, or when the XML stops
 * before its end (exceljs's streaming parser would take the rows read so far as the sheet).
 */
export async function countCells(
  chunks: AsyncIterable<string>,
  max: number,
  fileName: string,
  entryName: string,
): Promise<void> {
  let cells = 0;
  let carry = '';
  let end = '';
  for await (const chunk of chunks) {
    const text = carry + chunk;
    end = (end + chunk).slice(-64);
    cells += text.match(CELL)?.length ?? 0;
    if (cells > max) {
      throw new InvalidFileError([
        {
          severity: 'error',
          file: fileName,
          line: 1,
          field: entryName,
          message: `arket har over ${formatCount(max)} celler (grænsen for import); del det op eller gem det som CSV`,
        },
      ]);
    }
    // A tag cut at the end of the chunk is counted with the next one, once.
    const tail = text.slice(Math.max(0, text.lastIndexOf('<')));
    carry = tail.startsWith('<') && tail.length < 40 && !CELL_START.test(tail) ? tail : '';
  }
  if (!SHEET_END.test(end)) {
    throw new InvalidFileError([
      {
        severity: 'error',
        file: fileName,
        line: 1,
        field: entryName,
        message: 'arket er afkortet: det slutter ikke med </worksheet>',
      },
    ]);
  }
}

/** Passes text on, refusing a run of more than `max` characters without an XML tag. */
export async function* limitRuns(
  chunks: AsyncIterable<string>,
  max: number,
  fileName: string,
  entryName: string,
): AsyncGenerator<string> {
  let run = 0;
  for await (const chunk of chunks) {
    const first = firstMarkup(chunk);
    // A gap inside a chunk can only pass the limit when the chunk is longer than it.
    const inside = chunk.length > max ? longestGap(chunk, first) : 0;
    run = first < 0 ? run + chunk.length : Math.max(run + first, inside);
    if (run > max) {
      throw new InvalidFileError([
        {
          severity: 'error',
          file: fileName,
          line: 1,
          field: entryName,
          message: `en tekst i regnearket er over ${formatCount(max)} tegn lang (grænsen for import)`,
        },
      ]);
    }
    if (first >= 0)
      run = chunk.length - 1 - Math.max(chunk.lastIndexOf('<'), chunk.lastIndexOf('>'));
    yield chunk;
  }
}

function firstMarkup(chunk: string): number {
  const lt = chunk.indexOf('<');
  const gt = chunk.indexOf('>');
  return lt < 0 ? gt : gt < 0 ? lt : Math.min(lt, gt);
}

/** The longest stretch without '<' or '>' inside a chunk, from its first markup on. */
function longestGap(chunk: string, from: number): number {
  let longest = 0;
  let previous = from;
  for (let i = from + 1; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 0x3c || c === 0x3e) {
      longest = Math.max(longest, i - previous - 1);
      previous = i;
    }
  }
  return longest;
}

/**
 * Passes the shared-string table on while its parser has read no more than `max` strings
 * (`read` says how many): the parser pulls the next chunk only when it is done with one.
 */
export async function* limitStrings(
  chunks: AsyncIterable<string>,
  read: () => number,
  max: number,
  fileName: string,
): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    if (read() > max) {
      throw new InvalidFileError([
        {
          severity: 'error',
          file: fileName,
          line: 1,
          field: 'xl/sharedStrings.xml',
          message: `regnearket har over ${formatCount(max)} forskellige tekster (grænsen for import)`,
        },
      ]);
    }
    yield chunk;
  }
}
