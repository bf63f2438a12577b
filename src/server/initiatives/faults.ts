import { InvalidFileError, type Diagnostic } from '../../core/index.ts';

/**
 * One fault in an initiatives workbook, where a person finds it: the sheet, the cell (`F7`),
 * its row and the column's header; `cell`, `row` and `column` are null for a fault of the
 * whole sheet or file (a missing sheet, a file that is no XLSX).
 */
export interface CellFault {
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

/**
 * A fault as one line.
 * @example formatCellFault({ sheet: 'Initiativer', cell: 'I7', row: 7, column: 'startår', message: '"20x4" er ikke et år' }) // 'Initiativer!I7 (startår): "20x4" er ikke et år'
 */
export function formatCellFault(f: CellFault): string {
  const where = f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`;
  return `${where}${f.column === null ? '' : ` (${f.column})`}: ${f.message}`;
}

/**
 * The refusal of an import: every fault found, nothing written (kind `invalid-file`; the CLI
 * exits 3, the HTTP route answers 400 with the list).
 */
export class InitiativeImportError extends InvalidFileError {
  readonly faults: readonly CellFault[];
  constructor(faults: readonly CellFault[]) {
    const diagnostics: Diagnostic[] = faults.map((f) => ({
      severity: 'error',
      file:
        f.cell === null
          ? f.sheet
          : `${f.sheet}!${f.cell}${f.column === null ? '' : ` (${f.column})`}`,
      message: f.message,
    }));
    const [first] = faults;
    super(
      diagnostics,
      `Intet er importeret (${faults.length} fejl)${first === undefined ? '' : `:\n  ${formatCellFault(first)}`}`,
    );
    this.name = 'InitiativeImportError';
    this.faults = faults;
  }
}

/** Quotes a cell's text for a message, shortened. @example quoted('20x4') // '"20x4"' */
export function quoted(text: string): string {
  const t = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(t);
}
