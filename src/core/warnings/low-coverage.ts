import type { WarningOf } from './warning.ts';
import { percent } from './words.ts';

/** Below this share of net operating expenditure, a package's coverage is low. */
export const LOW_COVERAGE = 0.5;
/** Below this share, the year's package as a whole is not comparable with other years. */
export const NOT_COMPARABLE_COVERAGE = 0.25;

/** What the low-coverage rule looks at. */
export interface LowCoverageInput {
  readonly year: number;
  /**
   * The share (0–1) of the municipality's net operating expenditure that the package's
   * included figures cover (DESIGN.md §3.4a).
   */
  readonly coverage: number | null;
  /** How many figures the package sums, for the message; omitted when unknown. */
  readonly figures?: number;
}

/**
 * `low-coverage`: the package covers less than 50 % of net operating expenditure, so its total
 * speaks for that part only; below 25 % the message says the year is not comparable as a
 * whole, because the total then depends more on which figures the year has than on the
 * municipality's spending (`detail.comparable` is false).
 * Undefined when the coverage is missing or at least 50 %.
 * @example lowCoverageWarning({ year: 2022, coverage: 0.12, figures: 4 })?.detail.comparable // false
 */
export function lowCoverageWarning(input: LowCoverageInput): WarningOf<'low-coverage'> | undefined {
  const { year, coverage } = input;
  if (coverage === null || !Number.isFinite(coverage) || !(coverage < LOW_COVERAGE)) {
    return undefined;
  }
  const comparable = coverage >= NOT_COMPARABLE_COVERAGE;
  const pct = percent(coverage);
  const n = input.figures;
  const countDa = n === undefined ? '' : ` (${n} nøgletal indgår)`;
  const countEn = n === undefined ? '' : ` (${n} key figures are included)`;
  const headDa = `Pakken dækker kun ${pct.da} af kommunens nettodriftsudgifter i ${year}${countDa}`;
  const headEn = `The package covers only ${pct.en} of the municipality's net operating expenditure in ${year}${countEn}`;
  return {
    code: 'low-coverage',
    keyFigureId: null,
    messageDa: comparable
      ? `${headDa}: potentialet i alt gælder kun den del; resten har ingen nøgletal med ` +
        'volumen i pakken.'
      : `${headDa}, så året kan ikke sammenlignes med andre år som helhed: pakkens total ` +
        'afhænger mere af, hvilke nøgletal der findes med værdi og volumen for året, end af ' +
        'kommunens udgifter. Sammenlign de enkelte nøgletal i stedet.',
    messageEn: comparable
      ? `${headEn}: the total potential speaks for that part only; the rest has no key ` +
        'figures with a volume in the package.'
      : `${headEn}, so the year is not comparable with other years as a whole: the package ` +
        "total depends more on which key figures the year has with a value and volume than on the municipality's " +
        'spending. Compare the single key figures instead.',
    detail: {
      year,
      coverage,
      threshold: LOW_COVERAGE,
      comparable,
      notComparableBelow: NOT_COMPARABLE_COVERAGE,
      figures: n ?? null,
    },
  };
}
