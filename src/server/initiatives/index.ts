/**
 * @module The initiatives' server side (issue 17): who sees and edits, answers, the overview,
 * and the XLSX template, the all-or-nothing import and the exports.
 */
export { canEditInitiative, canSeeInitiative } from './viewer.ts';
export {
  presentFigureEffect,
  presentInitiative,
  presentInitiativeSummary,
  type Names,
} from './present.ts';
export { overviewAnswer } from './overview.ts';
export { initiativeVerdicts } from '../../engine/index.ts';
export { overviewTable } from './overview-table.ts';
export { GAIN_COLUMNS, INITIATIVE_COLUMNS, SHEETS, TEMPLATE_ROWS } from './columns.ts';
export { initiativesWorkbook } from './workbook.ts';
export { initiativesTable } from './export.ts';
export {
  importInitiatives,
  readInitiativesWorkbook,
  type ImportActor,
  type InitiativeImportResult,
} from './import.ts';
export { InitiativeImportError, formatCellFault, type CellFault } from './faults.ts';
export { municipalitiesInWorkbook } from './guard.ts';
export { MAX_UNPACKED_BYTES } from './sheet.ts';
export { sectorLevel, totalsIn, type SectorLevel } from '../../engine/index.ts';
