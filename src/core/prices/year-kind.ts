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

/**
 * The kind of each year in a De Kommunale Nøgletal export, from the export's date line: a
 * year is accounts when its accounts were public on the export date, i.e. the export is dated
 * 1 July of the following year or later (the municipalities approve their accounts by 1 June
 * and noegletal.dk publishes them over the summer); later years are budget. Without a date
 * every year counts as accounts. docs/decisions/0006-price-levels-and-year-kinds.md.
 * @example yearKindInExport(2019, '2019-09-10') // 'budget'
 * @example yearKindInExport(2018, '2019-09-10') // 'accounts'
 */
export function yearKindInExport(year: number, exportedOn: string | undefined): YearKind {
  if (exportedOn === undefined) return 'accounts';
  return exportedOn >= `${year + 1}-07-01` ? 'accounts' : 'budget';
}
