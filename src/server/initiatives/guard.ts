import { normaliseMunicipalityCode } from '../../core/index.ts';
import { INITIATIVE_COLUMNS, SHEETS } from './columns.ts';
import { cellValue, loadWorkbook, textOf } from './sheet.ts';

/**
 * The municipality codes an initiatives workbook's rows name (column kommunekode of
 * "Initiativer"), for the policy to decide on each before the import reads the file in full.
 * Empty when the file cannot be read or names none; the import then refuses it with the faults.
 */
export async function municipalitiesInWorkbook(bytes: Uint8Array): Promise<string[]> {
  try {
    const wb = await loadWorkbook(bytes, 'upload.xlsx');
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === SHEETS.initiatives.toLowerCase());
    const k = INITIATIVE_COLUMNS.findIndex((c) => c.key === 'municipality') + 1;
    if (!ws) return [];
    const codes = new Set<string>();
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (r < 2) return;
      const v = cellValue(row.getCell(k));
      const code = normaliseMunicipalityCode(v.kind === 'number' ? v.value : textOf(v));
      if (code !== undefined) codes.add(code);
    });
    return [...codes].sort();
  } catch {
    return [];
  }
}
