// Filled initiatives workbooks for the import tests (issue 17): the export's layout for the
// given records, optionally changed cell by cell with exceljs as a person would in Excel.
import ExcelJS from 'exceljs';
import type { InitiativeFields } from '../../src/core/index.ts';
import { initiativesWorkbook } from '../../src/server/initiatives/index.ts';

/** A fictitious initiative on the real data (a test fixture, never a real claim). */
export const INITIATIVE: InitiativeFields = {
  municipality: '766',
  title: 'Hverdagsrehabilitering i hjemmeplejen (testeksempel)',
  description: 'Træning før hjælp',
  theme: 'elderly-health',
  type: 'rehabilitation-prevention',
  owner: { name: 'Anne Testesen', role: 'Ældrechef' },
  keyFigures: ['udg-aeldre-voksne-saerlige-behov-pr-indb'],
  startYear: 2014,
  expected: [
    { year: 2015, amount: 2_000_000 },
    { year: 2016, amount: 2_500_000 },
  ],
  realised: [{ year: 2015, amount: 1_500_000 }],
  prices: { basis: 'current', year: null },
  status: 'running',
  money: { use: 'reprioritised', area: 'Demens' },
  portalItems: [],
  visibility: 'public',
  example: true,
};

/** The workbook of `rows`, changed by `edit` (a sheet by name) before it is written. */
export async function filledWorkbook(
  rows: readonly InitiativeFields[],
  edit: (sheet: (name: string) => ExcelJS.Worksheet) => void = () => undefined,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await initiativesWorkbook(rows)) as unknown as ArrayBuffer);
  edit((name) => wb.getWorksheet(name) as ExcelJS.Worksheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
