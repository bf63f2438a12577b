import { neutraliseCsvCell } from '../../core/index.ts';

/** A table to export: named columns and rows of cells. */
export interface Table {
  readonly columns: readonly {
    readonly key: string;
    readonly header: string;
    readonly numeric?: boolean;
  }[];
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
}

/**
 * CSV with a header row. `da`: `;` between fields and decimal comma (Danish Excel);
 * otherwise `,` and a decimal point. Fields with separators, quotes or newlines are quoted.
 * Text cells and headers that a spreadsheet would run as a formula get a leading `'`
 * (neutraliseCsvCell); numbers never do.
 * @example toCsv(table, 'da') // "kode;navn;værdi\r\n101;København;56071,5\r\n"
 */
export function toCsv(table: Table, locale: 'da' | 'en'): string {
  const sep = locale === 'da' ? ';' : ',';
  const cell = (v: string | number | null | undefined): string => {
    if (v === null || v === undefined) return '';
    const s =
      typeof v === 'number'
        ? locale === 'da'
          ? String(v).replace('.', ',')
          : String(v)
        : neutraliseCsvCell(v);
    return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [table.columns.map((c) => cell(c.header)).join(sep)];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(sep));
  return `${lines.join('\r\n')}\r\n`;
}
