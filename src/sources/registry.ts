import type { ParsedSource } from '../core/index.ts';
import { detectBudk32, parseBudk32 } from './budk32/index.ts';
import {
  detectDagiGeojson,
  detectDagiTopojson,
  parseDagiGeojson,
  parseDagiTopojson,
} from './dagi/index.ts';
import { detectDstClassification, parseDstClassification } from './dst-classification/index.ts';
import {
  detectNoegletalCsv,
  detectXlsx,
  parseNoegletalCsv,
  parseNoegletalXlsx,
} from './noegletal/index.ts';
import { detectFolk1aAge, parseFolk1aAge } from './folk1a-age/index.ts';
import { detectPriceIndex, parsePriceIndex } from './price-index/index.ts';
import { detectRegk31, parseRegk31 } from './regk31/index.ts';
import { detectTidyCsv, parseTidyCsv } from './tidy-csv/index.ts';

/** One file format Potentiale can import: how to recognise it and how to read it. */
export interface Importer {
  /** A short name for messages, e.g. "nøgletal (CSV)". */
  readonly label: string;
  /** Recognises the format from the content (the file name is only a hint). */
  detect(bytes: Uint8Array, fileName: string): boolean;
  /** Parses the whole file or throws InvalidFileError naming file, line and value. */
  parse(bytes: Uint8Array, fileName: string): ParsedSource | Promise<ParsedSource>;
}

/** Every importer, most specific first: the first whose detector says yes reads the file. */
export const IMPORTERS: readonly Importer[] = [
  { label: 'De Kommunale Nøgletal (CSV)', detect: detectNoegletalCsv, parse: parseNoegletalCsv },
  { label: 'De Kommunale Nøgletal (XLSX)', detect: detectXlsx, parse: parseNoegletalXlsx },
  {
    label: 'Danmarks Statistiks kommuneinddeling',
    detect: detectDstClassification,
    parse: parseDstClassification,
  },
  { label: 'DAGI-grænser (TopoJSON)', detect: detectDagiTopojson, parse: parseDagiTopojson },
  { label: 'DAGI-grænser (GeoJSON)', detect: detectDagiGeojson, parse: parseDagiGeojson },
  // Before REGK31: a BUDK32 export has the same shape and is told apart by its name.
  { label: 'BUDK32 (budget, Danmarks Statistik)', detect: detectBudk32, parse: parseBudk32 },
  { label: 'REGK31 (Danmarks Statistik)', detect: detectRegk31, parse: parseRegk31 },
  {
    label: 'Folketal efter alder (FOLK1A, Danmarks Statistik)',
    detect: detectFolk1aAge,
    parse: parseFolk1aAge,
  },
  {
    label: 'Pris- og lønindeks (år;indeks;basis)',
    detect: detectPriceIndex,
    parse: parsePriceIndex,
  },
  { label: 'Tidy CSV', detect: detectTidyCsv, parse: parseTidyCsv },
];

/** The importer for a file's content, or undefined when no format is recognised. */
export function detectFormat(bytes: Uint8Array, fileName: string): Importer | undefined {
  return IMPORTERS.find((i) => i.detect(bytes, fileName));
}
