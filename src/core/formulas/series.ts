import { STATBANK_TABLES, type StatbankTableId } from '../key-figures/index.ts';

/** One cell of a StatBank table as parsed: the codes of every variable, and the value. */
export interface SeriesRow {
  readonly table: StatbankTableId;
  /** Value codes by upper-case variable id (as the CSV header writes it), area and time included. */
  readonly codes: Readonly<Record<string, string>>;
  /** The number; null for StatBank's `..` (missing, confidential or too uncertain). */
  readonly value: number | null;
}

/** Rows of StatBank tables indexed by table, time code and area code, for evaluation. */
export interface SeriesIndex {
  readonly byTable: ReadonlyMap<
    StatbankTableId,
    ReadonlyMap<string, ReadonlyMap<string, readonly SeriesRow[]>>
  >;
}

/**
 * Indexes rows by table → time code → area code. Rows without the table's area or time
 * variable are left out.
 * @example indexSeries(rows).byTable.get('FOLK1A')?.get('2024K1')?.get('101')?.length
 */
export function indexSeries(rows: Iterable<SeriesRow>): SeriesIndex {
  const byTable = new Map<StatbankTableId, Map<string, Map<string, SeriesRow[]>>>();
  for (const row of rows) {
    const t = STATBANK_TABLES[row.table];
    const time = row.codes[t.timeVariable];
    const area = row.codes[t.areaVariable];
    if (time === undefined || area === undefined) continue;
    let byTime = byTable.get(row.table);
    if (!byTime) byTable.set(row.table, (byTime = new Map()));
    let byArea = byTime.get(time);
    if (!byArea) byTime.set(time, (byArea = new Map()));
    const list = byArea.get(area);
    if (list) list.push(row);
    else byArea.set(area, [row]);
  }
  return { byTable };
}

/** The time code of a year in a table: "2024" for REGK31, "2024K1" for FOLK1A. */
export function timeCode(table: StatbankTableId, year: number): string {
  return `${year}${STATBANK_TABLES[table].timeSuffix}`;
}
