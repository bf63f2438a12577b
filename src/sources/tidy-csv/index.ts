/** @module Importer for tidy CSV: `municipality_code;year;key_figure;value[;year_kind]`, one value a row. */
export { detectTidyCsv } from './detect.ts';
export { parseTidyCsv } from './parse.ts';
export {
  decimalSeparatorOf,
  parseTidyValue,
  type DecimalSeparator,
  type TidyValue,
} from './value.ts';
export { tidyKeyFigure } from './key-figure.ts';
export { TIDY_COLUMNS, YEAR_KIND_COLUMN } from './header.ts';
