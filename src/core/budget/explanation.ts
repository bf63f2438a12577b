/** Why a municipality's accounts deviated from its budget on an area (issue 18). */
export const DEVIATION_CAUSES = [
  'demography',
  'prices',
  'activity',
  'policy',
  'accounting',
  'one-off',
  'other',
] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];

export const DEVIATION_CAUSE_NAMES_DA: Readonly<Record<DeviationCause, string>> = {
  demography: 'Demografi',
  prices: 'Priser',
  activity: 'Aktivitet',
  policy: 'Politisk beslutning',
  accounting: 'Konteringsændring',
  'one-off': 'Engangsforhold',
  other: 'Andet',
};
export const DEVIATION_CAUSE_NAMES_EN: Readonly<Record<DeviationCause, string>> = {
  demography: 'Demography',
  prices: 'Prices',
  activity: 'Activity',
  policy: 'Policy decision',
  accounting: 'Accounting change',
  'one-off': 'One-off',
  other: 'Other',
};

/** public: everyone reads it (and peers see it beside theirs); internal: the municipality's own users. */
export const EXPLANATION_VISIBILITIES = ['public', 'internal'] as const;
export type ExplanationVisibility = (typeof EXPLANATION_VISIBILITIES)[number];

/** A municipality's explanation of its deviation on one area in one year. */
export interface DeviationExplanation {
  readonly municipality: string;
  readonly year: number;
  readonly area: string;
  readonly cause: DeviationCause;
  readonly text: string;
  readonly visibility: ExplanationVisibility;
  readonly version: number;
  readonly updatedAt: string;
}

/** The account function of a REGK31 key figure id: `regk31-5-30-27` → `5.30.27`. */
export function areaOfKeyFigure(id: string): string | undefined {
  const m = /^regk31-(\d)-(\d{2})-(\d{2})$/.exec(id);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

/** The key figure of an account function: `5.30.27` → `regk31-5-30-27`. */
export function keyFigureOfArea(area: string): string | undefined {
  const m = /^(\d)\.(\d{2})\.(\d{2})$/.exec(area);
  return m ? `regk31-${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The name of an account function from its key figure's source name ("REGK31 5.30.27 Pleje … (netto, kr. pr. indb.)"). */
export function areaName(sourceName: string): string {
  return sourceName
    .replace(/^REGK31\s+\d\.\d{2}\.\d{2}\s+/, '')
    .replace(/\s*\(netto, kr\. pr\. indb\.\)$/, '');
}
