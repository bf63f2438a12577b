import type { KeyFigureFormula } from './formula.ts';

/** What a key figure measures (DESIGN.md §3.1). */
export type KeyFigureKind = 'cost' | 'activity' | 'quality' | 'structure' | 'finance';

/** Which direction is "better"; neutral figures are never ranked. */
export type Polarity = 'lower-is-better' | 'higher-is-better' | 'neutral';

/** The seven themes of DESIGN.md §1, plus structural conditions and finance. */
export const THEMES = [
  'elderly-health',
  'technical-environment',
  'specialised-adults',
  'employment-social-family',
  'children-young',
  'integration',
  'administration',
  'structure',
  'finance',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Danish theme names for people: the one source of the names, used by the answers, the exports
 * and the web catalogue alike (test/web/theme-names.test.ts fails if a copy diverges).
 */
export const THEME_NAMES_DA: Readonly<Record<Theme, string>> = {
  'elderly-health': 'Ældre og sundhed',
  'technical-environment': 'Teknik, miljø og tværgående drift',
  'specialised-adults': 'Det specialiserede voksenområde',
  'employment-social-family': 'Beskæftigelse, sundhed, social og familie',
  'children-young': 'Børn og unge',
  integration: 'Integration',
  administration: 'Administration, digitalisering og indkøb',
  structure: 'Rammevilkår',
  finance: 'Økonomi og finansiering',
};

/** English theme names for people, from the same one source as THEME_NAMES_DA. */
export const THEME_NAMES_EN: Readonly<Record<Theme, string>> = {
  'elderly-health': 'Elderly care and health',
  'technical-environment': 'Technical services, environment and shared operations',
  'specialised-adults': 'Specialised adult social services',
  'employment-social-family': 'Employment, health, social services and family',
  'children-young': 'Children and young people',
  integration: 'Integration',
  administration: 'Administration, digitalisation and procurement',
  structure: 'Structural conditions',
  finance: 'Finance',
};

/**
 * A theme's name in a language.
 * @example themeName('finance', 'da') // 'Økonomi og finansiering'
 */
export function themeName(theme: Theme, locale: 'da' | 'en'): string {
  return (locale === 'da' ? THEME_NAMES_DA : THEME_NAMES_EN)[theme];
}

/**
 * How the volume Q of a unit cost is found for the same year: `population` × `share` / 100,
 * or `population` alone for a per-inhabitant figure. Both name key-figure ids. When the
 * figure's denominator changed (a break), `before` names the share of the years before it;
 * volumeShareFor picks the share of a year.
 */
export interface VolumeDefinition {
  readonly population: string;
  /** The share from `before.year` on (or in every year without `before`). */
  readonly share?: string;
  /** Danish text for people, e.g. "Antal 67+-årige (indbyggertal × andel 67+-årige / 100)". */
  readonly description: string;
  /** The same in English; absent for a figure only seen in an import. */
  readonly descriptionEn?: string;
  /**
   * The share for years before `year`, e.g. note 25: 17-66-årige before 2004, 17-64-årige
   * from 2004 (`{ year: 2004, share: 'andel-17-66-aarige', description: … }`).
   */
  readonly before?: {
    readonly year: number;
    readonly share: string;
    /** Danish text for people, like `description`, for the years before `year`. */
    readonly description: string;
    readonly descriptionEn?: string;
  };
}

/** A change of definition: values before and after `year` are not comparable. */
export interface DefinitionBreak {
  readonly year: number;
  readonly description: string;
  /** The same in English; absent for a break only stored (not in the catalogue). */
  readonly descriptionEn?: string;
  /** The number of the note in the source export that describes it, when there is one. */
  readonly sourceNote?: number;
}

export type KeyFigureSourceKind = 'noegletal' | 'regk31' | 'statbank' | 'tidy';

/**
 * A figure computed when read, from two stored figures of the same municipality and year,
 * never stored itself: a per-inhabitant amount spread over the age group it serves,
 * value = perInhabitant × 100 / share (kr. per person in the group; undefined where either is
 * missing or the share is 0). The figure's volume is that age group (indbyggertal × share /
 * 100), so C = value × Q equals perInhabitant × indbyggertal: the same money as its
 * per-inhabitant figure, which is its parent.
 * @example { perInhabitant: 'regk31-5-30-27', share: 'andel-67-aarige' } // kr. pr. 67+-årig
 */
export interface DerivedPerGroup {
  /** The stored figure in kr. pr. indb., e.g. `regk31-5-30-27`. */
  readonly perInhabitant: string;
  /** The stored age-group share in per cent of the population, e.g. `andel-67-aarige`. */
  readonly share: string;
}

/** One entry of the key-figure catalogue (DESIGN.md §3.1). */
export interface KeyFigure {
  /** Stable slug, e.g. "udgifter-aeldre-pr-67-aarig". */
  readonly id: string;
  /** The exact name in the source, e.g. "Udgifter til ældre pr. 67+-årig". */
  readonly sourceName: string;
  readonly source: KeyFigureSourceKind;
  readonly nameDa: string;
  readonly nameEn: string;
  /** Unit for people, e.g. "kr. pr. 67+-årig", "pct.", "indb.". */
  readonly unit: string;
  readonly themes: readonly Theme[];
  readonly kind: KeyFigureKind | null;
  readonly polarity: Polarity;
  /** Values are yes/no (JA/NEJ, stored as 1/0) rather than quantities. */
  readonly valueType: 'number' | 'boolean';
  /** For a unit cost: the volume it is "per", so that C = c × Q. */
  readonly volume?: VolumeDefinition;
  /** The figure this one is a part of; a package never sums a figure and its parent. */
  readonly parent?: string;
  /**
   * A cross-area aggregate (Serviceudgifter, Nettodriftsudgifter, Udgifter i alt pr. indb.,
   * ledelse og administration across the service areas): its money spans several service
   * areas, so a package shows it beside its sum as the overall level and never adds it
   * (DESIGN.md §3.4a). Absent for every other figure.
   */
  readonly aggregate?: true;
  /** Other figures whose money overlaps with this one's; never summed together. */
  readonly overlaps: readonly string[];
  /** Quality or activity figures to look at beside this one (whom to talk to). */
  readonly counterparts: readonly string[];
  readonly breaks: readonly DefinitionBreak[];
  /** Whether the figure is in the reviewed catalogue or was only seen in an import. */
  readonly catalogued: boolean;
  /** The last year the source publishes it, for discontinued figures ("(til 2012)"). */
  readonly discontinuedAfter?: number;
  /** For a figure derived from StatBank series: how it is computed (shown to users). */
  readonly formula?: KeyFigureFormula;
  /** For a figure computed at read time from two stored figures: which (no stored values). */
  readonly derived?: DerivedPerGroup;
  /**
   * True when the figure's money lies outside the service frame (serviceudgifterne): transfers
   * and health co-financing. A package's coverage of the service expenditure counts only
   * figures inside it.
   */
  readonly outsideServiceFrame?: true;
}
