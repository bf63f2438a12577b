/** @module DST exports by account function (REGK31 accounts, BUDK32 budgets): the reader, detection and key figures they share. */
export { looksLikeFunctionExport } from './detect.ts';
export {
  PER_INHABITANT,
  parseFunctionExport,
  type FixedColumn,
  type FunctionExportSpec,
} from './read.ts';
export { REGK31_UNIT, regk31KeyFigure } from './key-figure.ts';
export { yearsInFileName } from './year.ts';
