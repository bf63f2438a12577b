import type { KeyFigure, Polarity } from '../key-figures/index.ts';
import { toFloat64Column, type ValueColumn } from '../stats/index.ts';

/** How a candidate compares with us on a counterpart figure. */
export type CounterpartVerdict = 'better' | 'equal' | 'worse' | 'unknown' | 'not-judged';

/** One counterpart (quality or activity figure) beside the cost: ours, theirs and the verdict. */
export interface CounterpartCheck {
  readonly keyFigureId: string;
  readonly nameDa: string;
  readonly polarity: Polarity;
  readonly ownValue: number | null;
  readonly value: number | null;
  /**
   * `unknown` when either value is missing (it does not disqualify: quality data are sparse,
   * and a gap is not evidence of worse quality); `not-judged` for a neutral counterpart or one
   * the catalogue does not know.
   */
  readonly verdict: CounterpartVerdict;
}

/** A counterpart's values, prepared once for all candidates. */
export interface PreparedCounterpart {
  readonly keyFigureId: string;
  readonly nameDa: string;
  readonly polarity: Polarity;
  /** NaN-for-missing values aligned with the codes; undefined when no column was given. */
  readonly values: Float64Array | undefined;
}

/** The counterparts of a figure with their catalogue entries and columns. */
export function prepareCounterparts(
  figure: KeyFigure,
  catalogue: ReadonlyMap<string, KeyFigure>,
  values: Readonly<Record<string, ValueColumn>>,
): PreparedCounterpart[] {
  return figure.counterparts.map((id) => {
    const entry = catalogue.get(id);
    const column = Object.hasOwn(values, id) ? values[id] : undefined;
    return {
      keyFigureId: id,
      nameDa: entry?.nameDa ?? id,
      polarity: entry?.polarity ?? 'neutral',
      values: column === undefined ? undefined : toFloat64Column(column),
    };
  });
}

/**
 * Whether `theirs` is better, equal or worse than `ours` on a figure of this polarity
 * (strict: equal is not better); `not-judged` for a neutral figure.
 * @example compareByPolarity(100, 90, 'lower-is-better') // 'better'
 */
export function compareByPolarity(
  ours: number,
  theirs: number,
  polarity: Polarity,
): 'better' | 'equal' | 'worse' | 'not-judged' {
  if (polarity === 'neutral') return 'not-judged';
  if (theirs === ours) return 'equal';
  const lower = theirs < ours;
  return lower === (polarity === 'lower-is-better') ? 'better' : 'worse';
}

/** Checks a candidate at position j against us at position self on every counterpart. */
export function checkCounterparts(
  counterparts: readonly PreparedCounterpart[],
  self: number,
  j: number,
): CounterpartCheck[] {
  return counterparts.map((c) => {
    const own = c.values?.[self] ?? NaN;
    const theirs = c.values?.[j] ?? NaN;
    const ownValue = Number.isNaN(own) ? null : own;
    const value = Number.isNaN(theirs) ? null : theirs;
    const verdict: CounterpartVerdict =
      c.polarity === 'neutral'
        ? 'not-judged'
        : ownValue === null || value === null
          ? 'unknown'
          : compareByPolarity(ownValue, value, c.polarity);
    return {
      keyFigureId: c.keyFigureId,
      nameDa: c.nameDa,
      polarity: c.polarity,
      ownValue,
      value,
      verdict,
    };
  });
}
