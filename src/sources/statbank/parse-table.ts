import { InvalidFileError, type Diagnostic } from '../../core/index.ts';

/** One data row of a StatBank CSV or BULK answer. */
export interface StatbankCell {
  /** Value codes by the upper-case variable id of the header (without INDHOLD). */
  readonly codes: Readonly<Record<string, string>>;
  /** The number; null for `..` (or an empty cell, StatBank's marker before December 2017). */
  readonly value: number | null;
  /** The cell as written. */
  readonly raw: string;
}

/** A parsed CSV/BULK answer: the header's variables and the rows. */
export interface StatbankTable {
  readonly variables: readonly string[];
  readonly cells: readonly StatbankCell[];
}

const VALUE_COLUMN = 'INDHOLD';
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function refuse(source: string, message: string, line?: number, value?: string): never {
  const d: Diagnostic = {
    severity: 'error',
    file: source,
    ...(line !== undefined ? { line } : {}),
    ...(value !== undefined ? { value } : {}),
    message,
  };
  throw new InvalidFileError([d]);
}

/**
 * Parses StatBank's CSV or BULK answer (same layout): UTF-8 with or without BOM, CRLF or LF,
 * `;`-separated, a header of upper-case variable ids ending in INDHOLD, values with a decimal
 * comma or point, `..` for missing. An answer that does not end with a line break was cut off
 * and is refused, as is a row with the wrong number of fields or a value that is not a number.
 * @example parseStatbankTable(bytes, 'STRAF42').cells[0] // { codes: { HERKOMST1: 'Total', TID: '2023' }, value: 233454, raw: '233454' }
 */
export function parseStatbankTable(bytes: Uint8Array, source: string): StatbankTable {
  let text: string;
  try {
    const body =
      bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    text = utf8.decode(body);
  } catch {
    return refuse(source, 'svaret er ikke gyldig UTF-8');
  }
  if (text.trim() === '') return refuse(source, 'svaret er tomt', 1);
  if (!text.endsWith('\n')) {
    const lines = text.split('\n');
    return refuse(
      source,
      'svaret er afskåret (sidste linje mangler linjeskift)',
      lines.length,
      lines.at(-1),
    );
  }
  const lines = text.slice(0, -1).split('\n');
  const header = (lines[0] ?? '').replace(/\r$/, '').split(';');
  if (header.at(-1) !== VALUE_COLUMN || header.length < 2 || header.some((h) => h.trim() === '')) {
    return refuse(
      source,
      `ugyldig overskrift; forventede variable efterfulgt af ${VALUE_COLUMN}`,
      1,
      lines[0],
    );
  }
  const variables = header.slice(0, -1).map((h) => h.toUpperCase());
  if (new Set(variables).size !== variables.length) {
    return refuse(source, 'en variabel står to gange i overskriften', 1, lines[0]);
  }
  const cells: StatbankCell[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line === '') continue;
    const fields = line.split(';');
    if (fields.length !== header.length) {
      return refuse(
        source,
        `forkert antal felter: ${fields.length}, forventede ${header.length}`,
        i + 1,
        line,
      );
    }
    const raw = fields.at(-1) ?? '';
    let value: number | null;
    if (raw === '..' || raw === '') value = null;
    else if (NUMBER.test(raw)) value = Number(raw.replace(',', '.'));
    else return refuse(source, 'værdien er ikke et tal eller ".."', i + 1, raw);
    const codes: Record<string, string> = {};
    variables.forEach((v, j) => {
      codes[v] = fields[j] ?? '';
    });
    cells.push({ codes, value, raw });
  }
  return { variables, cells };
}
