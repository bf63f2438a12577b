import type { PackageYear, PackageYearsDocument } from '../../api/index.ts';

/**
 * The years a package can be opened on, newest first: those in which it sums at least one
 * figure (the API's package-years), and the chosen year even without, so the choice stays
 * visible.
 * @example pickerYears({ years: [{ year: 2018, figures: 12 }, { year: 2019, figures: 0 }] }) // [2018]
 */
export function pickerYears(
  doc: Pick<PackageYearsDocument, 'years'>,
  chosen?: number,
): PackageYear[] {
  return [...doc.years]
    .filter((y) => y.figures > 0 || y.year === chosen)
    .sort((a, b) => b.year - a.year);
}

/** What the page says about the chosen year beside the picker. */
export type YearFacts = Pick<PackageYear, 'year' | 'yearKind' | 'coverage' | 'comparable'>;

/** Below this share of net operating expenditure a package's coverage is low (DESIGN.md §3.4a). */
export const LOW_COVERAGE = 0.5;
/** Below this share the year's package is not comparable as a whole. */
export const NOT_COMPARABLE_COVERAGE = 0.25;

/**
 * Whether a package's total may be presented as a result: not below 25 % coverage (the API's
 * low-coverage warning then says `comparable: false`). An unknown coverage is no reason to hide
 * it; the page says that the coverage is unknown.
 * @example totalIsComparable({ share: 0.17 }, []) // false
 */
export function totalIsComparable(
  coverage: { readonly share: number | null },
  warnings: readonly {
    readonly code: string;
    readonly detail: unknown;
  }[],
): boolean {
  const low = warnings.find((w) => w.code === 'low-coverage');
  if (low && (low.detail as { comparable?: boolean }).comparable === false) return false;
  return coverage.share === null || coverage.share >= NOT_COMPARABLE_COVERAGE;
}

/**
 * The first year of a development window: the earliest year with a value among the last
 * `span` years up to `to`, but not before the figure's latest break in that window (a change
 * of definition is never bridged). Undefined when fewer than two years are left.
 * @example developmentStart([2012, 2015, 2018, 2019], 2019, 8, [2018]) // 2018
 */
export function developmentStart(
  yearsWithValues: readonly number[],
  to: number,
  span: number,
  breakYears: readonly number[] = [],
): number | undefined {
  const lastBreak = Math.max(-Infinity, ...breakYears.filter((b) => b > to - span && b <= to));
  const window = yearsWithValues.filter((y) => y <= to && y > to - span && y >= lastBreak);
  const from = Math.min(...window);
  return window.length >= 2 && Number.isFinite(from) && from < to ? from : undefined;
}
