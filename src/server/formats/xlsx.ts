import type ExcelJS from 'exceljs';
import type { Table } from './csv.ts';

/**
 * A real workbook: the data sheet with a bold, frozen header row and number formats, and a
 * "Kilder" sheet naming the sources and what the numbers are.
 */
export async function toXlsx(
  table: Table,
  meta: {
    readonly title: string;
    readonly sources: readonly string[];
    readonly notes?: readonly string[];
  },
): Promise<Uint8Array> {
  // Loaded on the first XLSX answer: exceljs takes ~0,5 s to load.
  const { default: excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new excel.Workbook();
  wb.creator = 'Potentiale';
  const ws = wb.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(10, c.header.length + 2),
    ...(c.numeric ? { style: { numFmt: '#,##0.##' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of table.rows) ws.addRow(row);
  const src = wb.addWorksheet('Kilder');
  src.addRow([meta.title]).font = { bold: true };
  src.addRow([]);
  for (const s of meta.sources) src.addRow([`Kilde: ${s}`]);
  for (const n of meta.notes ?? []) src.addRow([n]);
  src.getColumn(1).width = 100;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
