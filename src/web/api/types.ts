/**
 * The API's answers as the web app reads them. Engine answers come from the server's own
 * types (import type: nothing of the server reaches the browser); reference answers are
 * declared here from the OpenAPI document.
 */
export type {
  DevelopmentDocument,
  KeyFigureDocument,
  PackageDocument,
  PeersDocument,
  PotentialDocument,
  TalkToDocument,
  ValueRow,
} from '../../server/index.ts';
import type { KeyFigureDocument, PackageDocument, ValueRow } from '../../server/index.ts';

/** The level an answer's amounts are in: each year's own prices, or one base year's. */
export type PricesDocument = PackageDocument['prices'];
/** Accounts (regnskab), budget or estimate (skøn). */
export type YearKind = NonNullable<PackageDocument['yearKind']>;
/** A machine-readable warning with its Danish and English message (DESIGN.md §3.4c). */
export type Warning = PackageDocument['warnings'][number];
export type WarningCode = Warning['code'];

/**
 * `GET /package-years`: per year what the municipality's package would hold, and the year a
 * package opens on. Declared here because the server's index does not export its type.
 */
export interface PackageYearsDocument {
  readonly municipality: string;
  readonly defaultYear: number | null;
  readonly years: readonly PackageYear[];
}

export interface PackageYear {
  readonly year: number;
  /** How many figures the package would sum. */
  readonly figures: number;
  /** The share (0–1) of net operating (or service) expenditure they cover; null when unknown. */
  readonly coverage: number | null;
  readonly denominatorKeyFigureId: string | null;
  readonly yearKind: YearKind | null;
  readonly prices: PricesDocument;
  /** False below 25 % coverage (or unknown): the year's total is not comparable. */
  readonly comparable: boolean;
  readonly eligibleAsDefault: boolean;
}

export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly regionCode: string;
  readonly regionName: string;
  readonly landsdelCode: string | null;
  readonly landsdelName: string | null;
}

export interface Health {
  readonly status: string;
  readonly engine: string;
  readonly observations: number;
  readonly empty: boolean;
  readonly hintDa?: string;
  readonly hintEn?: string;
}

export interface MunicipalityProfile {
  readonly municipality: Municipality;
  readonly year: number;
  readonly structure: readonly {
    readonly keyFigureId: string;
    readonly nameDa: string;
    readonly unit: string;
    readonly value: number | null;
  }[];
}

/** `GET /price-index`: the stored pris- og lønindeks per source and year (base year = 1). */
export interface PriceIndexDocument {
  readonly years: readonly {
    readonly source: string;
    /** Null for the general index; set for an index specific to one figure. */
    readonly keyFigureId: string | null;
    readonly year: number;
    readonly value: number;
    readonly baseYear: number;
    readonly importId: number | null;
    /** How it was derived: pairs, how many agree, smallest and largest ratio. */
    readonly detail: Readonly<Record<string, unknown>>;
  }[];
}

/** `GET /values`: every municipality's value in one year, one year kind and price level. */
export interface ValuesDocument {
  readonly keyFigure: KeyFigureDocument;
  readonly year: number;
  /** Null when the year has no values at all. */
  readonly yearKind: YearKind | null;
  /** The level of the amounts; null when the figure is not money. */
  readonly prices: PricesDocument | null;
  readonly published: PricesDocument | null;
  /** True when the asked (or default) level could not be reached: amounts as published. */
  readonly unconverted: boolean;
  readonly factor: number;
  /** Other kinds and bases the year has values of, which the answer does not show. */
  readonly otherVariants: readonly {
    readonly yearKind: YearKind;
    readonly published: PricesDocument | null;
    readonly count: number;
  }[];
  /** The unit with its price level, in Danish: "kr. pr. indb., 2019-priser (løbende)". */
  readonly unitLabelDa: string;
  readonly values: readonly ValueRow[];
}

/** One point of a series: one year and one year kind. */
export interface SeriesPoint {
  readonly year: number;
  readonly yearKind: YearKind;
  /** The point a single number per year shows (accounts win over budget). */
  readonly chosen: boolean;
  readonly value: number | null;
  readonly status: string;
  readonly raw: string | null;
  readonly importId: number | null;
  readonly volume: number | null;
  readonly prices: PricesDocument | null;
  readonly published: PricesDocument | null;
  /** True when the amount could not be converted to the series' level (no index). */
  readonly unconverted: boolean;
  readonly factor: number;
}

/** `GET /series`: one municipality over the years, a point per year and year kind. */
export interface SeriesDocument {
  readonly keyFigure: KeyFigureDocument;
  readonly municipality: { readonly code: string; readonly name: string };
  readonly prices: PricesDocument | null;
  readonly unitLabelDa: string;
  readonly series: readonly SeriesPoint[];
}

export interface ImportRecord {
  readonly id: number;
  readonly format: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly byteSize: number;
  readonly importedAt: string;
  readonly status: string;
  readonly exportedBy: string | null;
  readonly keyFigures: number;
  readonly rowsRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly diagnostics: readonly {
    readonly file: string;
    readonly line: number | null;
    readonly field: string | null;
    readonly value: string | null;
    readonly message: string;
    readonly severity: string;
  }[];
}
