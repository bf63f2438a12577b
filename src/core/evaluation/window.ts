import type { YearKind } from '../prices/index.ts';

/** Why a year was left out of the effect check's window, with the years it concerns. */
export type WindowCut =
  | { readonly kind: 'not-accounts'; readonly years: readonly number[] }
  | {
      readonly kind: 'break';
      readonly year: number;
      readonly description: string;
      readonly descriptionEn?: string;
      readonly years: readonly number[];
    };

export interface EffectWindow {
  /** The years kept, ascending. */
  readonly years: readonly number[];
  readonly cuts: readonly WindowCut[];
}

/**
 * The years the effect check may compare (issue 17): accounts only (a budget year is a plan,
 * not an outcome), and one side of each definition break. A break at or before the start keeps
 * the years from the break on (the pre-period shrinks); a later break ends the window the year
 * before it (the post-period shrinks). Each cut is named, so the answer can say what it did.
 * @example effectWindow([2016, 2017, 2018, 2019], { 2016: 'accounts', 2017: 'accounts', 2018: 'accounts', 2019: 'budget' }, [], 2018).years // [2016, 2017, 2018]
 */
export function effectWindow(
  years: readonly number[],
  yearKinds: Readonly<Record<number, YearKind>>,
  breaks: ReadonlyArray<{
    readonly year: number;
    readonly description: string;
    readonly descriptionEn?: string;
  }>,
  startYear: number,
): EffectWindow {
  const cuts: WindowCut[] = [];
  const notAccounts = years.filter((y) => yearKinds[y] !== 'accounts');
  let kept = years.filter((y) => yearKinds[y] === 'accounts');
  if (notAccounts.length > 0) cuts.push({ kind: 'not-accounts', years: notAccounts });
  for (const b of [...breaks].sort((x, y) => x.year - y.year)) {
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (first === undefined || last === undefined || b.year <= first || b.year > last) continue;
    const before = b.year <= startYear;
    const dropped = kept.filter((y) => (before ? y < b.year : y >= b.year));
    kept = kept.filter((y) => !dropped.includes(y));
    cuts.push({
      kind: 'break',
      year: b.year,
      description: b.description,
      ...(b.descriptionEn === undefined ? {} : { descriptionEn: b.descriptionEn }),
      years: dropped,
    });
  }
  return { years: kept, cuts };
}
