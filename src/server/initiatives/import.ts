import { type Baseline, type InitiativeFields } from '../../core/index.ts';
import {
  appendAudit,
  createInitiative,
  findInitiativeByTitle,
  initiativeFieldsOf,
  updateInitiative,
  type Database,
  type Queryable,
} from '../../db/index.ts';
import { prepareInitiatives } from '../../engine/index.ts';
import {
  GAIN_COLUMNS,
  INITIATIVE_COLUMNS,
  SHEETS,
  columnLetter,
  type ColumnKey,
} from './columns.ts';
import { InitiativeImportError, type CellFault } from './faults.ts';
import { readInitiativeRows, type WorkbookRow } from './read.ts';
import { isFault, loadWorkbook } from './sheet.ts';

/** What an import did, row by row. */
export interface InitiativeImportResult {
  readonly created: number;
  readonly updated: number;
  /** Rows equal to the stored initiative: nothing written, no new version. */
  readonly unchanged: number;
  /** The initiatives' ids in the rows' order. */
  readonly ids: readonly number[];
  readonly rows: ReadonlyArray<{
    readonly row: number;
    readonly id: number;
    readonly municipality: string;
    readonly title: string;
    readonly action: 'created' | 'updated' | 'unchanged';
  }>;
}

/** Who imports, for the audit log and the version rows. */
export interface ImportActor {
  readonly userId: number | null;
  readonly actor: string;
}

const mainCell = (key: ColumnKey, row: number): Omit<CellFault, 'message'> => {
  const k = INITIATIVE_COLUMNS.findIndex((c) => c.key === key);
  return {
    sheet: SHEETS.initiatives,
    cell: `${columnLetter(k + 1)}${row}`,
    row,
    column: INITIATIVE_COLUMNS[k]?.header ?? null,
  };
};

const gainCell = (
  column: 'year' | 'expected' | 'realised',
  row: number,
): Omit<CellFault, 'message'> => {
  const k = GAIN_COLUMNS.findIndex((c) => c.key === column);
  return {
    sheet: SHEETS.gains,
    cell: `${columnLetter(k + 1)}${row}`,
    row,
    column: GAIN_COLUMNS[k]?.header ?? null,
  };
};

/**
 * The cell a field named by the checks stands in (`startYear`, `keyFigures[1]`,
 * `expected[0].amount`, `money.area`); the row's title cell when the field has no column.
 */
export function cellOfField(r: WorkbookRow, field: string | undefined): Omit<CellFault, 'message'> {
  const gain = /^(expected|realised)\[(\d+)\]\.(year|amount)$/.exec(field ?? '');
  if (gain) {
    const [, list, index, part] = gain;
    const source = (list === 'expected' ? r.expectedRows : r.realisedRows)[Number(index)];
    if (source)
      return gainCell(part === 'year' ? 'year' : (list as 'expected' | 'realised'), source.row);
  }
  const top = /^[a-zA-Z]+/.exec(field ?? '')?.[0] ?? '';
  const key: ColumnKey | undefined = (
    {
      municipality: 'municipality',
      title: 'title',
      description: 'description',
      theme: 'theme',
      type: 'type',
      owner: 'ownerName',
      keyFigures: 'keyFigures',
      startYear: 'startYear',
      prices: 'prices',
      status: 'status',
      money: field === 'money.area' ? 'moneyArea' : 'moneyUse',
      portalItems: 'portalItems',
      visibility: 'visibility',
      example: 'example',
    } as const satisfies Record<keyof InitiativeFields | string, ColumnKey>
  )[top as 'title'];
  return mainCell(key ?? 'title', r.row);
}

/** The rows checked against the data (prepareInitiatives), each with its baselines, or faults. */
export async function prepareRows(
  db: Queryable,
  rows: readonly WorkbookRow[],
): Promise<{ prepared: Array<{ row: WorkbookRow; baselines: Baseline[] }>; faults: CellFault[] }> {
  const prepared: Array<{ row: WorkbookRow; baselines: Baseline[] }> = [];
  const faults: CellFault[] = [];
  const results = await prepareInitiatives(
    db,
    rows.map((r) => r.fields),
  );
  rows.forEach((row, k) => {
    const r = results[k];
    if (!r) return;
    if ('error' in r)
      faults.push({ ...cellOfField(row, r.error.parameter), message: r.error.message });
    else prepared.push({ row, baselines: r.baselines });
  });
  return { prepared, faults };
}

/** Reads a workbook: the rows that read well, and the faults of the others. */
async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ rows: WorkbookRow[]; faults: CellFault[] }> {
  let wb;
  try {
    wb = await loadWorkbook(bytes, fileName);
  } catch (e) {
    if (isFault(e)) return { rows: [], faults: [e] };
    throw e;
  }
  const read = readInitiativeRows(wb);
  if (read.rows.length === 0 && read.faults.length === 0)
    return {
      rows: [],
      faults: [
        {
          sheet: SHEETS.initiatives,
          cell: 'A2',
          row: 2,
          column: null,
          message: 'arket har ingen initiativer; udfyld én række pr. initiativ fra række 2',
        },
      ],
    };
  return read;
}

/** Reads and checks a workbook without the data; throws InitiativeImportError with every fault. */
export async function readInitiativesWorkbook(
  bytes: Uint8Array,
  fileName: string,
): Promise<WorkbookRow[]> {
  const { rows, faults } = await readWorkbook(bytes, fileName);
  if (faults.length > 0) throw new InitiativeImportError(faults);
  return rows;
}

const SHEET_ORDER: readonly string[] = [SHEETS.initiatives, SHEETS.gains];
const columnNumber = (cell: string | null) =>
  [...(/^[A-Z]+/.exec(cell ?? '')?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Faults in reading order: sheet, row, column. */
function inReadingOrder(faults: readonly CellFault[]): CellFault[] {
  return [...faults].sort(
    (a, b) =>
      SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnNumber(a.cell) - columnNumber(b.cell),
  );
}

/**
 * Imports a workbook all or nothing (issue 17): every row read and checked first (the
 * workbook's own checks, then the checks against the data for the rows that read well),
 * every fault collected; with any
 * fault nothing is written (InitiativeImportError). Otherwise one transaction creates each
 * initiative, or updates the one with the same municipality and title (a new version), with an
 * audit row each; a row equal to what is stored is left as it is.
 */
export async function importInitiatives(
  db: Database,
  bytes: Uint8Array,
  options: { readonly fileName: string; readonly now: Date; readonly by: ImportActor },
): Promise<InitiativeImportResult> {
  // Rows that read well are checked against the data too, so one run names every fault.
  const read = await readWorkbook(bytes, options.fileName);
  const { prepared, faults } = await prepareRows(db, read.rows);
  if (read.faults.length + faults.length > 0)
    throw new InitiativeImportError(inReadingOrder([...read.faults, ...faults]));
  const { now, by } = options;
  const done = await db.transaction(async (tx) => {
    const out: Array<InitiativeImportResult['rows'][number]> = [];
    for (const { row, baselines } of prepared) {
      const f = row.fields;
      const existing = await findInitiativeByTitle(tx, f.municipality, f.title);
      const same =
        existing !== undefined &&
        JSON.stringify(initiativeFieldsOf(existing)) === JSON.stringify(initiativeFieldsOf(f));
      if (existing && same) {
        out.push({
          row: row.row,
          id: existing.id,
          municipality: f.municipality,
          title: f.title,
          action: 'unchanged',
        });
        continue;
      }
      const result = existing
        ? await updateInitiative(tx, existing.id, f, baselines, undefined, by.userId, now)
        : { before: undefined, after: await createInitiative(tx, f, baselines, by.userId, now) };
      await appendAudit(tx, {
        at: now,
        userId: by.userId,
        actor: by.actor,
        action: 'initiative.write',
        resourceType: 'initiative',
        resourceId: String(result.after.id),
        municipality: result.after.municipality,
        ...(result.before ? { before: result.before } : {}),
        after: result.after,
      });
      out.push({
        row: row.row,
        id: result.after.id,
        municipality: f.municipality,
        title: f.title,
        action: existing ? 'updated' : 'created',
      });
    }
    return out;
  });
  const count = (a: 'created' | 'updated' | 'unchanged') =>
    done.filter((d) => d.action === a).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    ids: done.map((d) => d.id),
    rows: done,
  };
}
