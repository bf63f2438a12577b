import type { ItemTheme } from '../portal/index.ts';
import type { PriceLevel, YearKind } from '../prices/index.ts';

/** What kind of efficiency an initiative is (issue 17). */
export const INITIATIVE_TYPES = [
  'digitalisation-welfare-technology',
  'procurement-competition',
  'organisation-management',
  'rehabilitation-prevention',
  'cross-sector-cooperation',
  'other',
] as const;
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

export const INITIATIVE_TYPE_NAMES_DA: Readonly<Record<InitiativeType, string>> = {
  'digitalisation-welfare-technology': 'Digitalisering og velfærdsteknologi',
  'procurement-competition': 'Indkøb, udbud og konkurrence (inkl. frit valg og udlicitering)',
  'organisation-management': 'Organisering og ledelse',
  'rehabilitation-prevention': 'Rehabilitering og forebyggelse',
  'cross-sector-cooperation': 'Tværsektorielt samarbejde',
  other: 'Andet',
};
export const INITIATIVE_TYPE_NAMES_EN: Readonly<Record<InitiativeType, string>> = {
  'digitalisation-welfare-technology': 'Digitalisation and welfare technology',
  'procurement-competition': 'Procurement and competition (incl. free choice and outsourcing)',
  'organisation-management': 'Organisation and management',
  'rehabilitation-prevention': 'Rehabilitation and prevention',
  'cross-sector-cooperation': 'Cross-sector cooperation',
  other: 'Other',
};

/** planned: decided, not begun; running; realised: the gain is taken; dropped: stopped. */
export const INITIATIVE_STATUSES = ['planned', 'running', 'realised', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const INITIATIVE_STATUS_NAMES_DA: Readonly<Record<InitiativeStatus, string>> = {
  planned: 'Planlagt',
  running: 'I gang',
  realised: 'Realiseret',
  dropped: 'Opgivet',
};
export const INITIATIVE_STATUS_NAMES_EN: Readonly<Record<InitiativeStatus, string>> = {
  planned: 'Planned',
  running: 'Running',
  realised: 'Realised',
  dropped: 'Dropped',
};

/** public: everyone sees the record; internal: only the municipality's own users. */
export const INITIATIVE_VISIBILITIES = ['public', 'internal'] as const;
export type InitiativeVisibility = (typeof INITIATIVE_VISIBILITIES)[number];

/** Where the money went: kept as a saving, or moved to another area (named). */
export const MONEY_USES = ['saved', 'reprioritised', 'mixed', 'undecided'] as const;
export type MoneyUse = (typeof MONEY_USES)[number];

export const MONEY_USE_NAMES_DA: Readonly<Record<MoneyUse, string>> = {
  saved: 'Sparet',
  reprioritised: 'Omprioriteret',
  mixed: 'Delvist sparet, delvist omprioriteret',
  undecided: 'Ikke besluttet',
};
export const MONEY_USE_NAMES_EN: Readonly<Record<MoneyUse, string>> = {
  saved: 'Saved',
  reprioritised: 'Reprioritised',
  mixed: 'Partly saved, partly reprioritised',
  undecided: 'Not decided',
};

/** A gain in one year, in DKK, in the initiative's price level. */
export interface Gain {
  readonly year: number;
  readonly amount: number;
}

export interface InitiativeOwner {
  readonly name: string;
  readonly role: string;
}

export interface MoneyDestination {
  readonly use: MoneyUse;
  /** For reprioritised or mixed: the area the money went to, in words. */
  readonly area: string | null;
}

/**
 * A linked figure's value before the start, taken from the data when the record is made (the
 * newest year before the start year with a value for the municipality), with its unit, price
 * level and year kind, so it can be read again later without the data.
 */
export interface Baseline {
  readonly keyFigure: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly yearKind: YearKind;
  /** The level the value is in; null when the figure is not money. */
  readonly prices: PriceLevel | null;
}

/** What an editor writes: the fields a create or an edit sets (DESIGN.md §3.8). */
export interface InitiativeFields {
  readonly municipality: string;
  readonly title: string;
  readonly description: string;
  readonly theme: ItemTheme;
  readonly type: InitiativeType;
  readonly owner: InitiativeOwner | null;
  /** Cost figures (kind 'cost') whose path the effect check reads. */
  readonly keyFigures: readonly string[];
  readonly startYear: number;
  /** The expected gain per year, entered at budget time. */
  readonly expected: readonly Gain[];
  /** The realised gain per year, entered at accounts time (only years with accounts). */
  readonly realised: readonly Gain[];
  /** The price level of every gain of this initiative (one level per record). */
  readonly prices: PriceLevel;
  readonly status: InitiativeStatus;
  readonly money: MoneyDestination;
  /** Portal items that document it. */
  readonly portalItems: readonly number[];
  readonly visibility: InitiativeVisibility;
  /** A fixture made by the project (a fictitious initiative); never a real claim. */
  readonly example: boolean;
}

/** A stored initiative: the fields, the baselines taken from the data, and its bookkeeping. */
export interface Initiative extends InitiativeFields {
  readonly id: number;
  readonly version: number;
  readonly baselines: readonly Baseline[];
  readonly authorId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The sum of a list of gains. @example gainTotal([{ year: 2015, amount: 2 }, { year: 2016, amount: 3 }]) // 5 */
export const gainTotal = (gains: readonly Gain[]): number =>
  gains.reduce((s, g) => s + g.amount, 0);
