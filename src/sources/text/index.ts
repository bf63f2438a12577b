/** @module Text at the boundary: decoding file bytes and reading delimited records with line numbers. */
export { decodeText, type DecodedText } from './decode-text.ts';
export { readCsvRecords, type CsvRecord } from './csv-records.ts';
export { textHead } from './head.ts';
export { detectWideEncoding, wideEncodingMessage, type WideEncoding } from './wide-encoding.ts';
