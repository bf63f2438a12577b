/**
 * Whether a value is from the municipalities' accounts (regnskab), their budget, or an
 * estimate (DESIGN.md §3.4b). The newest year(s) of a nøgletal export are budget.
 */
export const YEAR_KINDS = ['accounts', 'budget', 'estimate'] as const;
export type YearKind = (typeof YEAR_KINDS)[number];

/** Danish words for people: "regnskab 2018", "budget 2019". */
export const YEAR_KIND_DA: Readonly<Record<YearKind, string>> = {
  accounts: 'regnskab',
  budget: 'budget',
  estimate: 'skøn',
};

export const YEAR_KIND_EN: Readonly<Record<YearKind, string>> = {
  accounts: 'accounts',
  budget: 'budget',
  estimate: 'estimate',
};

/** Where one value must be chosen, accounts win over budget, budget over an estimate. */
export function yearKindPriority(kind: YearKind): number {
  return kind === 'accounts' ? 0 : kind === 'budget' ? 1 : 2;
}

export function isYearKind(v: unknown): v is YearKind {
  return typeof v === 'string' && (YEAR_KINDS as readonly string[]).includes(v);
}
