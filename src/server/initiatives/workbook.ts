import type ExcelJS from 'exceljs';
import type { InitiativeFields } from '../../core/index.ts';
import {
  GAIN_COLUMNS,
  INITIATIVE_COLUMNS,
  SHEETS,
  TEMPLATE_ROWS,
  VISIBILITY_NAMES_DA,
  YES_NO,
  columnLetter,
  type Column,
  type ColumnKey,
} from './columns.ts';
import {
  INITIATIVE_STATUS_NAMES_DA,
  INITIATIVE_TYPE_NAMES_DA,
  MONEY_USE_NAMES_DA,
  THEME_NAMES_DA,
} from '../../core/index.ts';

/** The word for current prices in the prisniveau column. */
export const CURRENT_PRICES_WORD = 'løbende';

/** The text of an initiative's cell in a column (what the import reads back). */
export function cellOf(i: InitiativeFields, key: ColumnKey): string | number {
  switch (key) {
    case 'municipality':
      return i.municipality;
    case 'title':
      return i.title;
    case 'description':
      return i.description;
    case 'theme':
      return THEME_NAMES_DA[i.theme];
    case 'type':
      return INITIATIVE_TYPE_NAMES_DA[i.type];
    case 'ownerName':
      return i.owner?.name ?? '';
    case 'ownerRole':
      return i.owner?.role ?? '';
    case 'keyFigures':
      return i.keyFigures.join(', ');
    case 'startYear':
      return i.startYear;
    case 'prices':
      return i.prices.basis === 'current' ? CURRENT_PRICES_WORD : i.prices.year;
    case 'status':
      return INITIATIVE_STATUS_NAMES_DA[i.status];
    case 'moneyUse':
      return MONEY_USE_NAMES_DA[i.money.use];
    case 'moneyArea':
      return i.money.area ?? '';
    case 'visibility':
      return VISIBILITY_NAMES_DA[i.visibility];
    case 'portalItems':
      return i.portalItems.join(', ');
    case 'example':
      return i.example ? YES_NO.yes : YES_NO.no;
  }
}

/** One row per initiative and year that has a gain, in year order. */
export function gainRows(
  i: InitiativeFields,
): Array<[string, string, number, number | null, number | null]> {
  const years = [...new Set([...i.expected, ...i.realised].map((g) => g.year))].sort(
    (a, b) => a - b,
  );
  return years.map((year) => [
    i.municipality,
    i.title,
    year,
    i.expected.find((g) => g.year === year)?.amount ?? null,
    i.realised.find((g) => g.year === year)?.amount ?? null,
  ]);
}

/**
 * The initiatives workbook (issue 17): "Initiativer" (one row per initiative, dropdowns for
 * the enum columns), "Gevinster" (one row per initiative and year), "Vejledning" (every column
 * explained) and the hidden "Lister" the dropdowns read. Without initiatives it is the empty
 * template; with them, the export, which the import reads back to the same records.
 */
export async function initiativesWorkbook(
  initiatives: readonly InitiativeFields[] = [],
): Promise<Uint8Array> {
  // Loaded on first use: exceljs takes ~0,5 s to load.
  const { default: excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new excel.Workbook();
  wb.creator = 'Potentiale';
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };
  const main = wb.addWorksheet(SHEETS.initiatives, frozen);
  const gains = wb.addWorksheet(SHEETS.gains, frozen);
  guideSheet(wb.addWorksheet(SHEETS.guide));
  const listRanges = listsSheet(wb.addWorksheet(SHEETS.lists, { state: 'hidden' }));

  header(main, INITIATIVE_COLUMNS);
  main.getColumn(1).numFmt = '@';
  for (const i of initiatives) main.addRow(INITIATIVE_COLUMNS.map((c) => cellOf(i, c.key)));
  header(gains, GAIN_COLUMNS);
  gains.getColumn(1).numFmt = '@';
  for (const i of initiatives) for (const row of gainRows(i)) gains.addRow(row);
  for (const k of [4, 5]) gains.getColumn(k).numFmt = '#,##0';

  const last = Math.max(TEMPLATE_ROWS, initiatives.length) + 1;
  INITIATIVE_COLUMNS.forEach((c, k) => {
    const range = listRanges.get(c.key);
    const cells = `${columnLetter(k + 1)}2:${columnLetter(k + 1)}${last}`;
    if (range !== undefined)
      validate(main, cells, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: c.header.slice(0, 32),
        error: 'Vælg en værdi på listen.',
      });
    else if (c.key === 'startYear') validate(main, cells, yearValidation(c.header));
  });
  const gainsLast = Math.max(TEMPLATE_ROWS, gains.rowCount) + 1;
  validate(gains, `C2:C${gainsLast}`, yearValidation('år'));
  validate(gains, `D2:E${gainsLast}`, {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: 'Gevinst',
    error: 'En gevinst er et beløb i kroner, aldrig negativt.',
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A validation on a whole range (`D2:D501`), as one rule in the file. Set cell by cell, exceljs
 * 4.4 joins the cells into ranges after sorting their addresses as text (D10 before D2), and
 * writes overlapping ranges that Excel then "repairs".
 */
function validate(ws: ExcelJS.Worksheet, range: string, rule: ExcelJS.DataValidation): void {
  // Excel refuses an error title over 32 characters.
  (
    ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, rule);
}

const yearValidation = (title: string): ExcelJS.DataValidation => ({
  type: 'whole',
  operator: 'between',
  allowBlank: false,
  formulae: [1990, 2100],
  showErrorMessage: true,
  errorTitle: title,
  error: 'Skriv et årstal, fx 2015.',
});

function header(ws: ExcelJS.Worksheet, columns: readonly Omit<Column, 'key'>[]): void {
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  columns.forEach((c, k) => {
    ws.getColumn(k + 1).width = c.width;
  });
}

/** The dropdowns' values, a column each; returns each enum column's range (`Lister!$A$2:$A$8`). */
function listsSheet(ws: ExcelJS.Worksheet): Map<ColumnKey, string> {
  const ranges = new Map<ColumnKey, string>();
  INITIATIVE_COLUMNS.filter((c) => c.names !== undefined).forEach((c, k) => {
    const letter = columnLetter(k + 1);
    const names = Object.values(c.names ?? {});
    ws.getCell(`${letter}1`).value = c.header;
    names.forEach((n, r) => {
      ws.getCell(`${letter}${r + 2}`).value = n;
    });
    ranges.set(c.key, `${SHEETS.lists}!$${letter}$2:$${letter}$${names.length + 1}`);
  });
  return ranges;
}

const GUIDE_TEXT = [
  'Sådan bruger du skabelonen',
  '',
  'Arket Initiativer har én række pr. initiativ; arket Gevinster én række pr. initiativ og år med den forventede og/eller realiserede gevinst.',
  'Importér med "potentiale initiatives import <fil>" eller på siden for initiativer. Importen er alt eller intet: er der én fejl, gemmes intet, og alle fejl nævnes med ark, række og kolonne.',
  'Et initiativ med samme kommunekode og titel som et eksisterende rettes (ny version i historikken); ellers oprettes det.',
  'Ret ikke i overskrifterne (række 1), flet ikke celler, og skriv tal og tekst, ikke formler.',
  'Kolonner med en liste (tema, type, status, pengene, synlighed, testeksempel) tager de danske navne på listen.',
  '',
];

function guideSheet(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 36;
  ws.getColumn(2).width = 14;
  ws.getColumn(3).width = 12;
  ws.getColumn(4).width = 110;
  for (const line of GUIDE_TEXT) ws.addRow([line]);
  const first = ws.getRow(1);
  first.font = { bold: true, size: 13 };
  ws.addRow(['kolonne', 'ark', 'påkrævet', 'forklaring']).font = { bold: true };
  for (const [sheet, columns] of [
    [SHEETS.initiatives, INITIATIVE_COLUMNS],
    [SHEETS.gains, GAIN_COLUMNS],
  ] as const)
    for (const c of columns) {
      const values = c.names === undefined ? '' : ` Værdier: ${Object.values(c.names).join('; ')}.`;
      ws.addRow([c.header, sheet, c.required ? 'ja' : 'nej', `${c.help}${values}`]).alignment = {
        wrapText: true,
        vertical: 'top',
      };
    }
}
