import type { DiagnosticLog } from '../diagnostic-log/index.ts';

/** The required columns, in order. */
export const TIDY_COLUMNS = ['municipality_code', 'year', 'key_figure', 'value'] as const;
/** The optional last column: accounts or budget (`regnskab`/`accounts`, `budget`). */
export const YEAR_KIND_COLUMN = 'year_kind';

const EXPECTED = TIDY_COLUMNS.join(';');
const COLUMN_LISTS: readonly (readonly string[])[] = [
  TIDY_COLUMNS,
  [...TIDY_COLUMNS, YEAR_KIND_COLUMN],
];

/** What the header line says: the separator and whether the year_kind column stands. */
export interface TidyHeader {
  readonly separator: ';' | ',';
  readonly columns: readonly string[];
}

/**
 * The separator and columns of a tidy file, read from its header line: `;`, or `,` when the
 * header uses commas throughout; the four columns, optionally followed by `year_kind`.
 * Refuses a missing header, other columns and other separators.
 */
export function tidyHeader(firstLine: string, log: DiagnosticLog): TidyHeader {
  const at = { line: 1, value: firstLine };
  for (const separator of [';', ','] as const) {
    const columns = sameColumns(firstLine.split(separator));
    if (columns) return { separator, columns };
  }
  if (sameColumns(firstLine.split('\t'))) {
    return log.refuse('forkert skilletegn: tabulator; brug semikolon (eller komma)', at);
  }
  if (/^\s*"?\d/.test(firstLine)) {
    return log.refuse(`overskriften mangler; første linje skal være ${EXPECTED}`, at);
  }
  return log.refuse(
    `forkerte kolonner; overskriften skal være ${EXPECTED} (eventuelt med ;${YEAR_KIND_COLUMN} til sidst)`,
    at,
  );
}

function sameColumns(cells: readonly string[]): readonly string[] | undefined {
  const names = cells.map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return COLUMN_LISTS.find((l) => names.length === l.length && names.every((n, i) => n === l[i]));
}
