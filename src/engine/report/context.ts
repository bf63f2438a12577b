import type { ReportLang } from '../../core/index.ts';
import type { Queryable } from '../../db/index.ts';

/** What every section builder of the standard report reads (REPORT-SPEC, issue 20). */
export interface ReportContext {
  readonly db: Queryable;
  readonly lang: ReportLang;
  readonly code: string;
  readonly name: string;
  readonly year: number;
  /** The comparison group. */
  readonly peers: readonly { readonly code: string; readonly name: string }[];
  /** The top potentials' figures, largest first. */
  readonly topFigures: readonly { readonly id: string; readonly name: string }[];
  /** Registers a formula and returns its footnote number (the same name gives the same number). */
  formula(name: string, text: string): number;
}
