import iconv from 'iconv-lite';
import { InvalidFileError, type Diagnostic } from '../../core/index.ts';
import { IMPORT_LIMITS, formatCount } from '../limits.ts';
import { detectWideEncoding, wideEncodingMessage } from './wide-encoding.ts';

/** Text decoded from a file's bytes, with the encoding it was found to be in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'latin1';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// "Latin-1" as Danish Windows programs write it (Excel's "CSV (semikolonsepareret)") is
// windows-1252: ISO-8859-1 plus € and typographic quotes at 0x80-0x9F. Node's TextDecoder
// reads that range as C1 controls, so iconv-lite decodes it.
const decodeLatin1 = (bytes: Uint8Array): string => iconv.decode(bytes, 'win1252');

/** A UTF-8 continuation byte (0x80-0xBF) as it looks when read as Latin-1. */
const continuationChars = decodeLatin1(Uint8Array.from({ length: 64 }, (_, i) => 0x80 + i));
/** "Ã¸" for "ø": UTF-8 read as Latin-1, i.e. a file that is partly UTF-8 and partly Latin-1. */
const mojibake = new RegExp(`[ÂÃ][${escapeClass(continuationChars)}]`);

/** How decodeText checks the text. */
export interface DecodeOptions {
  /**
   * The longest line allowed, in bytes; a longer one refuses the file. Default
   * `IMPORT_LIMITS.lineBytes`; JSON, often written on one line, passes Infinity.
   */
  readonly maxLineBytes?: number;
}

/**
 * Decodes a text file: UTF-8 (a BOM is dropped) or, when the bytes are not valid UTF-8,
 * Latin-1 (windows-1252). Refuses binary content (spreadsheets, zip files, random bytes),
 * UTF-16 and UTF-32 (named, with or without a BOM), lines longer than 1 MB and files that
 * mix UTF-8 and Latin-1, naming the line and the offending bytes.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.csv') // { text: 'A', encoding: 'utf-8' }
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
  options: DecodeOptions = {},
): DecodedText {
  refuseBinary(bytes, fileName, options.maxLineBytes ?? IMPORT_LIMITS.lineBytes);
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall back to Latin-1, which decodes any byte.
  }
  const text = decodeLatin1(body);
  const mixed = mojibake.exec(text);
  if (mixed) {
    throw refusal(
      fileName,
      lineAt(text, mixed.index),
      snippet(text, mixed.index),
      'blandet tegnsæt: filen er delvis UTF-8 og delvis Latin-1; gem den igen som UTF-8',
    );
  }
  return { text, encoding: 'latin1' };
}

function refuseBinary(bytes: Uint8Array, fileName: string, maxLineBytes: number): void {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw refusal(
      fileName,
      1,
      'PK',
      'filen er ikke tekst (det er en zip-fil, fx et Excel-regneark)',
    );
  }
  const wide = detectWideEncoding(bytes);
  if (wide) throw refusal(fileName, 1, hex(bytes, 0, 4), wideEncodingMessage(wide));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a || b === 0x0d) {
      if (i - lineStart > maxLineBytes)
        throw tooLong(bytes, fileName, line, lineStart, i, maxLineBytes);
      // CRLF, LF and CR each end one line.
      if (b === 0x0a || bytes[i + 1] !== 0x0a) line++;
      lineStart = i + 1;
    } else if (b < 0x20 && (b < 0x09 || b > 0x0d)) {
      // Tab, line feed, vertical tab, form feed and carriage return are the only controls in text.
      throw refusal(fileName, line, hex(bytes, i, 1), 'filen er ikke tekst (binært indhold)');
    }
  }
  if (bytes.length - lineStart > maxLineBytes)
    throw tooLong(bytes, fileName, line, lineStart, bytes.length, maxLineBytes);
}

function tooLong(
  bytes: Uint8Array,
  fileName: string,
  line: number,
  start: number,
  end: number,
  max: number,
): InvalidFileError {
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 40));
  return refusal(
    fileName,
    line,
    head,
    `linjen er ${formatCount(end - start)} byte lang; højst ${formatCount(max)} byte pr. linje er tilladt`,
  );
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function refusal(file: string, line: number, value: string, message: string): InvalidFileError {
  const d: Diagnostic = { severity: 'error', file, line, value, message };
  return new InvalidFileError([d]);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function snippet(text: string, index: number): string {
  return text.slice(Math.max(0, index - 10), index + 10).replace(/\s+/g, ' ');
}

function hex(bytes: Uint8Array, start: number, length: number): string {
  return Array.from(
    bytes.subarray(start, start + length),
    (b) => `0x${b.toString(16).padStart(2, '0')}`,
  ).join(' ');
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
