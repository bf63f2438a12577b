import type { KeyFigure } from '../key-figures/index.ts';
import { YEAR_KIND_EN, type YearKind } from '../prices/index.ts';
import type { WarningOf } from './warning.ts';

/** A break counts when it lies in (year − 4, year]: the year itself and the three before it. */
export const BREAK_WINDOW_YEARS = 4;

/**
 * `definition-break`: one warning per definition break of the figure in the window
 * (year − 4, year] (DESIGN.md §3.1, §3.4c), naming the break's year and its description (the
 * export's note where there is one). A break in the year itself means the year is the first
 * under the new definition; one in the years before means recent history is not comparable.
 * Empty when there is none in the window.
 * @example definitionBreakWarnings(udgifterAeldre, 2019)[0]?.messageDa
 * // 'Opgørelsen af nøgletallet blev ændret i 2018 (note 27): Ny opgørelsesmetode fra 2018 …'
 */
export function definitionBreakWarnings(
  keyFigure: Pick<KeyFigure, 'id' | 'breaks'>,
  year: number,
): WarningOf<'definition-break'>[] {
  const from = year - BREAK_WINDOW_YEARS + 1;
  return keyFigure.breaks
    .filter((b) => b.year >= from && b.year <= year)
    .map((b) => {
      const note = b.sourceNote === undefined ? '' : ` (note ${b.sourceNote})`;
      const noteEn = b.sourceNote === undefined ? '' : ` (note ${b.sourceNote} of the export)`;
      return {
        code: 'definition-break',
        keyFigureId: keyFigure.id,
        messageDa: `Opgørelsen af nøgletallet blev ændret i ${b.year}${note}: ${b.description}`,
        messageEn:
          `The definition of this key figure changed in ${b.year}${noteEn}: ` +
          (b.descriptionEn ??
            `values before and from ${b.year} are not comparable (the Danish text gives the ` +
              'details).'),
        detail: {
          year,
          breakYear: b.year,
          description: b.description,
          sourceNote: b.sourceNote ?? null,
          windowFrom: from,
          windowTo: year,
        },
      };
    });
}

/** What the budget-year rule looks at. */
export interface BudgetYearInput {
  readonly year: number;
  /** The kind of the values of that year (accounts, budget or estimate). */
  readonly kind: YearKind;
  /** The figure it concerns, or null for a whole package. */
  readonly keyFigureId?: string | null;
  /** The newest year with accounts, to point to; omitted when unknown. */
  readonly newestAccountsYear?: number;
}

/**
 * `budget-year`: the values of the year are budget, not accounts (DESIGN.md §3.4b): the
 * newest year(s) of a nøgletal export are the municipalities' budgets, which the accounts may
 * not confirm. An estimate (skøn) is warned about the same way. Undefined for accounts.
 * @example budgetYearWarning({ year: 2019, kind: 'budget' })?.messageDa
 * // '2019 er budgettal, ikke regnskab: …'
 */
export function budgetYearWarning(input: BudgetYearInput): WarningOf<'budget-year'> | undefined {
  const { year, kind } = input;
  if (kind === 'accounts') return undefined;
  const newest = input.newestAccountsYear;
  const da = kind === 'budget' ? 'budgettal' : 'skønnede tal';
  const pointDa = newest === undefined ? '' : ` Det nyeste regnskabsår er ${newest}.`;
  const pointEn = newest === undefined ? '' : ` The newest accounts year is ${newest}.`;
  return {
    code: 'budget-year',
    keyFigureId: input.keyFigureId ?? null,
    messageDa:
      `${year} er ${da}, ikke regnskab: tallene er kommunernes plan for året, og regnskabet ` +
      `kan ende et andet sted.${pointDa}`,
    messageEn:
      `${year} is ${YEAR_KIND_EN[kind]}, not accounts: the figures are the municipalities' ` +
      `plan for the year, and the accounts may end elsewhere.${pointEn}`,
    detail: { year, kind, newestAccountsYear: newest ?? null },
  };
}
