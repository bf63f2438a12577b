import { InvalidFileError, type ParsedSource } from '../../core/index.ts';
import { decodeText } from '../text/index.ts';
import { parseNoegletalRows, type SourceRow } from './blocks.ts';

const HEADER = /^[^\n]*?([;,\t])Kom\.nr\1/m;

/** True when the text looks like a nøgletal CSV export (any separator; parse checks it is `;`). */
export function detectNoegletalCsv(bytes: Uint8Array, _fileName: string): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return HEADER.test(head);
}

/**
 * Parses a De Kommunale Nøgletal CSV export (`;`-separated, Danish numbers, UTF-8 or Latin-1).
 * @example parseNoegletalCsv(bytes, 'full_noegletal.csv').observations.length // 476 280
 */
export function parseNoegletalCsv(bytes: Uint8Array, fileName: string): ParsedSource {
  const { text } = decodeText(bytes, fileName);
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const header = HEADER.exec(lines.slice(0, 12).join('\n'));
  if (header && header[1] !== ';') {
    const sep = header[1] === '\t' ? 'tabulator' : `"${header[1]}"`;
    const line = lines.findIndex((l) => l.includes(`${header[1]}Kom.nr${header[1]}`)) + 1;
    throw new InvalidFileError([
      {
        severity: 'error',
        file: fileName,
        line,
        value: sep,
        message: `forkert skilletegn: ${sep}; eksporter fra De Kommunale Nøgletal bruger semikolon`,
      },
    ]);
  }
  const rows: SourceRow[] = lines.map((l, i) => ({ line: i + 1, cells: l.split(';') }));
  return parseNoegletalRows(rows, fileName, 'noegletal-csv');
}
