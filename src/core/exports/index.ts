/** @module Shared rules for files Potentiale writes: CSV cells safe to open in a spreadsheet. */
export { neutraliseCsvCell } from './csv-cell.ts';
