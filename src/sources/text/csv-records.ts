import { CsvError, parse } from 'csv-parse/sync';
import { InvalidFileError } from '../../core/index.ts';

/** One record of a delimited file: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Splits decoded text into records, honouring quotes (a quoted field may hold the separator
 * and line breaks). Empty lines are skipped; line numbers are those of the file (CRLF, LF or
 * CR). Fields are returned as written, untrimmed. Broken quoting is refused with its line.
 * @example readCsvRecords('a;"b;c"\n1;2', 'x.csv', ';') // [{ line: 1, fields: ['a', 'b;c'] }, { line: 2, fields: ['1', '2'] }]
 */
export function readCsvRecords(
  text: string,
  fileName: string,
  delimiter: ';' | ',',
): readonly CsvRecord[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const endLines: number[] = [];
  let rows: readonly string[][];
  try {
    rows = parse(normalised, {
      delimiter,
      record_delimiter: '\n',
      quote: '"',
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1;
    throw new InvalidFileError([
      {
        severity: 'error',
        file: fileName,
        line,
        value: normalised.split('\n')[line - 1] ?? '',
        message: `ugyldige anførselstegn eller felter (${error.code})`,
      },
    ]);
  }
  // csv-parse counts the line a record ends on; a quoted line break moves the start back.
  return rows.map((fields, i) => ({
    line: (endLines[i] ?? 1) - fields.reduce((n, f) => n + countLineFeeds(f), 0),
    fields,
  }));
}

function countLineFeeds(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
