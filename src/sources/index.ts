/** @module Importers: every source format parsed at the boundary into core types. */
export { IMPORTERS, detectFormat, type Importer } from './registry.ts';
export * from './noegletal/index.ts';
export { detectDstClassification, parseDstClassification } from './dst-classification/index.ts';
export {
  detectDagiGeojson,
  detectDagiTopojson,
  parseDagiGeojson,
  parseDagiTopojson,
} from './dagi/index.ts';
export { REGK31_UNIT, detectRegk31, parseRegk31, regk31KeyFigure } from './regk31/index.ts';
export { detectBudk32, parseBudk32 } from './budk32/index.ts';
export { detectFolk1aAge, parseFolk1aAge } from './folk1a-age/index.ts';
export { detectTidyCsv, parseTidyCsv } from './tidy-csv/index.ts';
export {
  decodeText,
  detectWideEncoding,
  wideEncodingMessage,
  type DecodedText,
  type WideEncoding,
} from './text/index.ts';
export { IMPORT_LIMITS, formatCount } from './limits.ts';
export { checkUnpackedSize } from './xlsx/index.ts';
export * from './statbank/index.ts';
export { parseDataTable, type DataTable } from './data-table/index.ts';
