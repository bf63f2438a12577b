import type { YearKind } from '../prices/index.ts';

/**
 * The status of one cell: a number, or one of the source's markers. `missing` is noegletal's
 * `M` (and StatBank's `..`), `undefined` is `U`, `confidential` is a suppressed cell.
 */
export type ObservationStatus = 'value' | 'missing' | 'undefined' | 'confidential';

/** One observed value of a key figure for a municipality and year, as parsed from a source. */
export interface Observation {
  readonly keyFigureId: string;
  readonly municipalityCode: string;
  readonly year: number;
  /** The number, exact as written; null unless status is `value`. JA/NEJ are 1/0; `-` is 0. */
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** The cell as written in the source, e.g. "623.404", "3,9", "-", "M", "JA". */
  readonly raw: string;
  /**
   * Accounts, budget or estimate when the row itself says so (a tidy file's year_kind column,
   * a StatBank budget table); absent, the source's `yearKinds` map decides (see `yearKindOf`).
   */
  readonly yearKind?: YearKind;
}

/** A numbered note of a source export, e.g. "(27) Der er taget en ny opgørelsesmetode …". */
export interface SourceNote {
  readonly number: number;
  readonly text: string;
}
