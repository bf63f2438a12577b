/** @module What importers produce: a parsed source file in core types, ready to be stored. */
export {
  emptyParsedSource,
  nonAccountsYears,
  yearKindOf,
  type Boundary,
  type Classification,
  type KeyFigureSighting,
  type MultiPolygon,
  type ParsedSource,
  type RowNote,
  type SourceFormat,
} from './parsed-source.ts';
