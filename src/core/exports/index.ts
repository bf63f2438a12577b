/**
 * @module Shared rules for files Potentiale writes: CSV cells safe to open in a spreadsheet,
 * numbers without float noise, the package's words and file names in Danish and English.
 */
export { neutraliseCsvCell } from './csv-cell.ts';
export {
  PACKAGE_STATUS_WORDS,
  groupFingerprint,
  groupsAreShared,
  packageFileBase,
  packageStatusWord,
  priceLevelLabel,
  roundTo,
  yearKindWord,
  type ExportLanguage,
  type PackageGroups,
} from './package-export.ts';
export { PACKAGE_EXPORT_WORDS, type PackageExportWords } from './package-words.ts';
