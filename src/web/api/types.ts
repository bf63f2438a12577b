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
import type { KeyFigureDocument, ValueRow } from '../../server/index.ts';

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

export interface ValuesDocument {
  readonly keyFigure: KeyFigureDocument;
  readonly year: number;
  readonly values: readonly ValueRow[];
}

export interface SeriesDocument {
  readonly keyFigure: KeyFigureDocument;
  readonly municipality: { readonly code: string; readonly name: string };
  readonly series: readonly {
    readonly year: number;
    readonly value: number | null;
    readonly status: string;
    readonly raw: string | null;
    readonly importId: number | null;
    readonly volume: number | null;
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
