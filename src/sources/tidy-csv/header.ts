import type { DiagnosticLog } from '../diagnostic-log/index.ts';

/** The required columns, in order. */
export const TIDY_COLUMNS = ['municipality_code', 'year', 'key_figure', 'value'] as const;

const EXPECTED = TIDY_COLUMNS.join(';');

/**
 * The separator of a tidy file, read from its header line: `;`, or `,` when the header uses
 * commas throughout. Refuses a missing header, other columns and other separators.
 */
export function tidySeparator(firstLine: string, log: DiagnosticLog): ';' | ',' {
  const at = { line: 1, value: firstLine };
  for (const separator of [';', ','] as const) {
    if (sameColumns(firstLine.split(separator))) return separator;
  }
  if (sameColumns(firstLine.split('\t'))) {
    return log.refuse('forkert skilletegn: tabulator; brug semikolon (eller komma)', at);
  }
  if (/^\s*"?\d/.test(firstLine)) {
    return log.refuse(`overskriften mangler; første linje skal være ${EXPECTED}`, at);
  }
  return log.refuse(`forkerte kolonner; overskriften skal være ${EXPECTED}`, at);
}

function sameColumns(cells: readonly string[]): boolean {
  const names = cells.map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return names.length === TIDY_COLUMNS.length && names.every((n, i) => n === TIDY_COLUMNS[i]);
}
