import type { PeerGroupSpec, ReportLang } from '../../core/index.ts';
import type { Queryable } from '../../db/index.ts';

/**
 * What every section builder of the standard report (issue 20) reads: the database, the
 * language, the municipality and year, its comparison group, the figures of its top
 * potentials, and the appendix's list of formulas.
 */
export interface ReportContext {
  readonly db: Queryable;
  readonly lang: ReportLang;
  readonly code: string;
  readonly name: string;
  readonly year: number;
  /** The comparison group. */
  readonly peers: readonly { code: string; name: string }[];
  /** The group as asked (e.g. nearest:10), so a section forms it as the API would. */
  readonly peerSpec?: PeerGroupSpec;
  /** The figures of the top potentials. */
  readonly topFigures: readonly { id: string; name: string }[];
  /** Registers a formula → its footnote number. */
  formula(name: string, text: string): number;
}
