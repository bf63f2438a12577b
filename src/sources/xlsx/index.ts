/** @module Reading XLSX workbooks within limits: the ZIP archive unpacked under a budget, the first sheet streamed. */
export { readFirstSheet, type SheetRow, type XlsxLimits } from './first-sheet.ts';
export { checkUnpackedSize } from './unpacked-size.ts';
