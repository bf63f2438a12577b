import type { ItemTheme } from '../portal/index.ts';
import type { PriceLevel } from '../prices/index.ts';

/**
 * Where a barrier is in the national association's handling (issue 18, DESIGN.md §3.11):
 * received; under assessment; taken to the government; the rule was changed; rejected (the
 * association or the state will not pursue it); withdrawn by the reporting municipality.
 */
export const BARRIER_STATES = [
  'received',
  'assessment',
  'government',
  'changed',
  'rejected',
  'withdrawn',
] as const;
export type BarrierState = (typeof BARRIER_STATES)[number];

export const BARRIER_STATE_NAMES_DA: Readonly<Record<BarrierState, string>> = {
  received: 'Modtaget',
  assessment: 'Under vurdering',
  government: 'Rejst over for regeringen',
  changed: 'Reglen er ændret',
  rejected: 'Afvist',
  withdrawn: 'Trukket tilbage',
};
export const BARRIER_STATE_NAMES_EN: Readonly<Record<BarrierState, string>> = {
  received: 'Received',
  assessment: 'Under assessment',
  government: 'Taken to the government',
  changed: 'Rule changed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** The rule that blocks: a law by name and a paragraph, with a link to retsinformation.dk. */
export interface BarrierLaw {
  /** "Lov om social service", or the short name "Serviceloven". */
  readonly name: string;
  /** "§ 83", "§ 83, stk. 2". */
  readonly paragraph: string;
  /** https://www.retsinformation.dk/… when given. */
  readonly url: string | null;
}

/**
 * The efficiency a barrier blocks, in DKK per year, in a stated price level. `source` says
 * whether the amount was taken from the municipality's potential on a key figure (and
 * `keyFigure`/`year` which), or entered; an editor may change a pre-filled amount, which
 * makes it entered.
 */
export interface BarrierEstimate {
  readonly amount: number;
  readonly prices: PriceLevel;
  /** The year the amount is a year's worth of (the potential's year when pre-filled). */
  readonly year: number;
  readonly source: 'potential' | 'entered';
}

/** A link: a title and an https URL. */
export interface BarrierLink {
  readonly title: string;
  readonly url: string;
}

/** What a municipality reports, or an editor of it changes. */
export interface BarrierFields {
  readonly municipality: string;
  readonly title: string;
  readonly law: BarrierLaw;
  /** The area of the municipality's work, in words ("Hjemmepleje", "Jobcenter"). */
  readonly area: string;
  readonly theme: ItemTheme;
  readonly description: string;
  /** The key figure whose potential the estimate was taken from, if any. */
  readonly keyFigure: string | null;
  readonly estimate: BarrierEstimate | null;
  /** Earlier trials or precedents: free text … */
  readonly precedents: string;
  /** … and links (a free-municipality trial's report, a ruling). */
  readonly links: readonly BarrierLink[];
}

/** The national editor's published answer, with its date. */
export interface BarrierAnswer {
  readonly text: string;
  readonly at: string;
  readonly state: BarrierState;
}

/** A seconding municipality, with its comment and its own estimate. */
export interface BarrierSecond {
  readonly id: number;
  readonly municipality: string;
  readonly comment: string;
  readonly estimate: BarrierEstimate | null;
  readonly at: string;
  /** The barrier the second was given to before that barrier was merged into this one. */
  readonly mergedFrom: number | null;
}

/** A stored barrier. */
export interface Barrier extends BarrierFields {
  readonly id: number;
  readonly state: BarrierState;
  readonly answer: BarrierAnswer | null;
  /** When this barrier was merged into another as a duplicate: that one. */
  readonly mergedInto: number | null;
  readonly seconds: readonly BarrierSecond[];
  readonly version: number;
  readonly authorId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What happened to a barrier, in order: its trail (history and merges). */
export type BarrierEventKind =
  'reported' | 'edited' | 'seconded' | 'answered' | 'merged-into' | 'merged-from';

export interface BarrierEvent {
  readonly kind: BarrierEventKind;
  readonly at: string;
  /** The municipality that acted (reported, seconded), when one did. */
  readonly municipality: string | null;
  /** The other barrier of a merge. */
  readonly other: number | null;
  /** Per-field changes of an edit: the field and its value before and after. */
  readonly changes: ReadonlyArray<{
    readonly field: string;
    readonly before: unknown;
    readonly after: unknown;
  }>;
  /** The state set by an answer. */
  readonly state: BarrierState | null;
}

/** The largest estimate taken as a year's blocked efficiency: 5 billion DKK. */
export const MAX_BARRIER_ESTIMATE = 5_000_000_000;

/**
 * The municipalities that second a barrier, each once, besides the reporter (a merged-in
 * duplicate's reporter counts as a second).
 * @example secondingMunicipalities({ municipality: '766', seconds: [{ municipality: '101' }, { municipality: '101' }, { municipality: '766' }] }) // ['101']
 */
export function secondingMunicipalities(b: {
  readonly municipality: string;
  readonly seconds: ReadonlyArray<{ readonly municipality: string }>;
}): string[] {
  return [
    ...new Set(b.seconds.map((s) => s.municipality).filter((m) => m !== b.municipality)),
  ].sort();
}
