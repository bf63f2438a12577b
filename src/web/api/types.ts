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
  ValuesDocument,
  SeriesDocument,
  PackageYear,
  PackageYearsDocument,
  PriceIndexDocument,
} from '../../server/index.ts';
import type { PackageDocument, SeriesPointDocument } from '../../server/index.ts';

/** One point of a series: one year and one year kind. */
export type SeriesPoint = SeriesPointDocument;

/** The level an answer's amounts are in: each year's own prices, or one base year's. */
export type PricesDocument = PackageDocument['prices'];
/** Accounts (regnskab), budget or estimate (skøn). */
export type YearKind = NonNullable<PackageDocument['yearKind']>;
/** A machine-readable warning with its Danish and English message (DESIGN.md §3.4c). */
export type Warning = PackageDocument['warnings'][number];
export type WarningCode = Warning['code'];

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
