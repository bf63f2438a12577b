/** @module The key-figure catalogue: what each figure means, its unit, theme and volume. */
export {
  THEMES,
  THEME_NAMES_DA,
  THEME_NAMES_EN,
  themeName,
  type DefinitionBreak,
  type KeyFigure,
  type KeyFigureKind,
  type KeyFigureSourceKind,
  type Polarity,
  type Theme,
  type VolumeDefinition,
} from './key-figure.ts';
export { slugify } from './slug.ts';
export { sourceNoteEn } from './source-notes.ts';
export { CATALOGUE, findCatalogueEntry } from './catalogue.ts';
export {
  STATBANK_TABLES,
  ageCodes,
  describeFormula,
  formulaTables,
  selects,
  termApplies,
  type CodeSelector,
  type KeyFigureFormula,
  type SeriesSum,
  type SeriesTerm,
  type StatbankTableId,
} from './formula.ts';
