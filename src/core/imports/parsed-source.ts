import type { Diagnostic } from '../diagnostics/index.ts';
import type { KeyFigureSourceKind } from '../key-figures/index.ts';
import type { Observation, SourceNote } from '../observations/index.ts';
import type { PriceIndexRow, PriceLevel, YearKind } from '../prices/index.ts';

/** The file formats Potentiale reads; each has one importer in src/sources. */
export type SourceFormat =
  | 'noegletal-csv'
  | 'noegletal-xlsx'
  | 'dst-classification'
  | 'dagi-topojson'
  | 'dagi-geojson'
  | 'regk31-csv'
  | 'budk32-csv'
  | 'folk1a-age-csv'
  | 'tidy-csv'
  | 'price-index-csv'
  | 'statbank-api';

/** A key figure as an import saw it: its name in the source and what the source says of it. */
export interface KeyFigureSighting {
  readonly id: string;
  readonly sourceName: string;
  readonly source: KeyFigureSourceKind;
  readonly valueType: 'number' | 'boolean';
  /** Numbers of the source notes attached to the figure (on its average or total row). */
  readonly noteNumbers: readonly number[];
  /** "(til 2012)" in the title: the last year the figure is published. */
  readonly discontinuedAfter?: number;
  /** Danish unit when the source states it (REGK31: "kr. pr. indbygger"). */
  readonly unit?: string;
}

/** Notes attached to one municipality's row of a figure, e.g. "Hillerød Kommune (3)". */
export interface RowNote {
  readonly keyFigureId: string;
  readonly municipalityCode: string;
  readonly noteNumbers: readonly number[];
}

/** The regional tree of DST's classification: region → landsdel → municipality. */
export interface Classification {
  readonly regions: readonly { readonly code: string; readonly name: string }[];
  readonly landsdele: readonly {
    readonly code: string;
    readonly name: string;
    readonly regionCode: string;
  }[];
  readonly municipalities: readonly {
    readonly code: string;
    readonly name: string;
    readonly regionCode: string;
    readonly landsdelCode: string;
  }[];
}

/** A GeoJSON MultiPolygon in lon/lat (CRS84), 2D. */
export interface MultiPolygon {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly (readonly [number, number])[])[])[];
}

/** One municipality's or region's outline for the map. */
export interface Boundary {
  readonly level: 'municipality' | 'region';
  /** DST code: "101" for municipalities, "081".."085" for regions. */
  readonly code: string;
  readonly name: string;
  readonly geometry: MultiPolygon;
}

/**
 * Everything one source file holds, parsed into core types. Importers return this and never
 * write; the database applies it in one transaction.
 */
export interface ParsedSource {
  readonly format: SourceFormat;
  /** The file's name as the user gave it (for provenance and messages). */
  readonly file: string;
  readonly keyFigures: readonly KeyFigureSighting[];
  readonly observations: readonly Observation[];
  readonly rowNotes: readonly RowNote[];
  readonly notes: readonly SourceNote[];
  readonly classification?: Classification;
  readonly boundaries?: readonly Boundary[];
  /** Warnings and skipped rows; a file with an error-severity diagnostic is refused instead. */
  readonly diagnostics: readonly Diagnostic[];
  /** The export's own date line, e.g. "Social- og Indenrigsministeriet d. 10. september 2019". */
  readonly exportedBy?: string;
  /** The export's date (ISO, YYYY-MM-DD) when the source states it; a newer export wins. */
  readonly exportedOn?: string;
  /**
   * The price level the source's money is in, when the source states it (REGK31: current
   * prices). Absent when the file does not say (a nøgletal export): the import then detects
   * it by overlap with stored values or takes it from `--price-basis`.
   */
  readonly priceBasis?: PriceLevel;
  /**
   * The kind of the years that are not accounts, e.g. 2019 → budget in a 2019 export. An
   * observation's own `yearKind` wins over this map (see `yearKindOf`).
   */
  readonly yearKinds?: ReadonlyMap<number, YearKind>;
  /** A pris- og lønindeks read from a file (`year;index;base`) or fetched (NGLK). */
  readonly priceIndex?: {
    readonly baseYear: number;
    readonly rows: readonly PriceIndexRow[];
    /** 'imported' for a file (the default), 'statbank' when fetched. */
    readonly source?: 'imported' | 'statbank';
  };
  /**
   * Values the file implies for a figure it does not import itself: FOLK1A by age summed over
   * the ages is `indbyggertal`. The import is refused when a stored value of the same figure,
   * municipality and year differs (`checkExpectedTotals` in src/db).
   */
  readonly expectedTotals?: readonly {
    readonly keyFigureId: string;
    readonly municipalityCode: string;
    readonly year: number;
    readonly value: number;
  }[];
}

/**
 * The year kind an observation of a source is stored with: its own, else the source's map for
 * its year, else accounts.
 * @example yearKindOf({ ...o, year: 2025 }, { yearKinds: new Map([[2025, 'budget']]) }) // 'budget'
 */
export function yearKindOf(
  o: Pick<Observation, 'year' | 'yearKind'>,
  parsed: Pick<ParsedSource, 'yearKinds'>,
): YearKind {
  return o.yearKind ?? parsed.yearKinds?.get(o.year) ?? 'accounts';
}

/**
 * The non-accounts kinds of a source by year, for the import record: the map, then the
 * observations' own kinds (a year holding both accounts and budget rows is listed as budget).
 */
export function nonAccountsYears(parsed: ParsedSource): Readonly<Record<string, YearKind>> {
  const out: Record<string, YearKind> = {};
  for (const [year, kind] of parsed.yearKinds ?? new Map<number, YearKind>()) {
    if (kind !== 'accounts') out[String(year)] = kind;
  }
  for (const o of parsed.observations) {
    if (o.yearKind !== undefined && o.yearKind !== 'accounts') out[String(o.year)] ??= o.yearKind;
  }
  return out;
}

/** A ParsedSource with nothing in it, to build on. */
export function emptyParsedSource(format: SourceFormat, file: string): ParsedSource {
  return {
    format,
    file,
    keyFigures: [],
    observations: [],
    rowNotes: [],
    notes: [],
    diagnostics: [],
  };
}
