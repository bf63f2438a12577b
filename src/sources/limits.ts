/**
 * The limits every importer holds a file to, so that no file can exhaust memory or the stack
 * (a zip bomb, millions of cells, a line of 100 MB, JSON nested 200 000 deep). Each is far
 * above what the real sources need; a file past one is refused naming the file, the place and
 * the limit. docs/security.md lists them.
 */

import { formatNumber } from '../core/index.ts';

export const IMPORT_LIMITS = {
  /** Bytes of one file. A larger text file could not be decoded into one string anyway. */
  fileBytes: 500_000_000,
  /** Bytes of one line of a delimited text file (real exports: under 400). */
  lineBytes: 1_048_576,
  /** Characters of a key figure's name (real names: under 120; PostgreSQL indexes the name). */
  keyFigureNameChars: 500,
  /** Levels of nesting in a JSON file (GeoJSON: 7 with Polygons, 8 with MultiPolygons; TopoJSON: 7). */
  jsonDepth: 64,
  /** Bytes the parts of an XLSX that are read unpack to, together (real exports: 150 KB). */
  xlsxInflatedBytes: 200_000_000,
  /** Cell positions of the sheet that is read, counted row by row up to its last cell. */
  xlsxCells: 2_000_000,
  /** Entries of the workbook's shared-string table. */
  xlsxSharedStrings: 2_000_000,
  /** Characters between two XML tags of an XLSX (Excel holds at most 32 767 in a cell). */
  xlsxTextChars: 1_048_576,
} as const;

/** A count in Danish notation, for messages (core formatNumber): 1048576 → "1.048.576". */
export function formatCount(n: number): string {
  return formatNumber('da', n);
}

/**
 * The problem with a key figure's name when it is longer than the limit, for a diagnostic;
 * undefined when the name is fine.
 * @example keyFigureNameProblem('x'.repeat(501)) // 'navnet på nøgletallet er 501 tegn; højst 500 er tilladt'
 */
export function keyFigureNameProblem(name: string): string | undefined {
  const max = IMPORT_LIMITS.keyFigureNameChars;
  return name.length > max
    ? `navnet på nøgletallet er ${formatCount(name.length)} tegn; højst ${formatCount(max)} er tilladt`
    : undefined;
}
