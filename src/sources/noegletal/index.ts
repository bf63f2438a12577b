/** @module The De Kommunale Nøgletal importer (noegletal.dk exports, CSV and XLSX). */
export { detectNoegletalCsv, parseNoegletalCsv } from './csv.ts';
export { detectXlsx, parseNoegletalXlsx } from './xlsx.ts';
export { parseNoegletalCell } from './cell.ts';
export { exportDate } from './title.ts';
