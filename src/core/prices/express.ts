import {
  chooseIndex,
  conversionFactor,
  type PriceIndex,
  type PriceIndexSource,
} from './price-index.ts';
import { levelOfStored, type PriceLevel } from './price-level.ts';
import { yearKindPriority, type YearKind } from './year-kind.ts';

/** What the chooser needs to know of a stored column or value. */
export interface PricedVariant {
  readonly yearKind: YearKind;
  /** 'current', 'fixed-2010', 'none' (not money) or 'unknown'. */
  readonly priceBasis: string;
  /** How many municipalities it has a number for (1 for a single value). */
  readonly count: number;
}

/** A variant chosen for an answer, and the factor that takes it to the asked price level. */
export interface Expressed<V extends PricedVariant> {
  readonly variant: V;
  /** Multiply the stored amount by this (1 when nothing is converted). */
  readonly factor: number;
  /** The level the amount was published in; null when it is not money. */
  readonly published: PriceLevel | null;
  /** The level the answer's amount is in: the asked one, or the published one when unreachable. */
  readonly level: PriceLevel | null;
  /** True when the asked level could not be reached (no index for a year it needs). */
  readonly unconverted: boolean;
  /** The index used, when the amount was converted. */
  readonly index?: {
    readonly source: PriceIndexSource;
    readonly keyFigureId: string | null;
    readonly years: readonly number[];
  };
}

const levelYear = (l: PriceLevel, year: number): number => (l.basis === 'current' ? year : l.year);

/**
 * Picks the value to show for a figure and year among its stored variants (accounts, budget;
 * current or fixed prices) and converts it to `target` (DESIGN.md §3.4b). With `prefer`
 * 'reachable' variants that can be expressed in the target come first and among them accounts
 * win; with 'accounts' accounts win and are shown as published when the target cannot be
 * reached. Either way an unreachable variant is returned as published, marked `unconverted`,
 * so it is labelled with its own level, never the asked one.
 * @example expressIn(variants, 2018, CURRENT_PRICES, indices, 'serviceudgifter-pr-indb').factor
 */
export function expressIn<V extends PricedVariant>(
  variants: readonly V[],
  year: number,
  target: PriceLevel,
  indices: readonly PriceIndex[],
  keyFigureId: string,
  prefer: 'reachable' | 'accounts' = 'reachable',
): Expressed<V> | undefined {
  const options = variants.map((variant) => reach(variant, year, target, indices, keyFigureId));
  const reachable = (a: Expressed<V>, b: Expressed<V>) =>
    Number(a.unconverted) - Number(b.unconverted);
  const kind = (a: Expressed<V>, b: Expressed<V>) =>
    yearKindPriority(a.variant.yearKind) - yearKindPriority(b.variant.yearKind);
  // 'reachable' (computations that must share one level, such as a package): reachable first,
  // then accounts before budget. 'accounts' (showing a figure's values): accounts first, shown
  // as published when the level cannot be reached. Then a value stored in the asked level
  // before a converted one, then the fuller column.
  const [first, second] = prefer === 'reachable' ? [reachable, kind] : [kind, reachable];
  options.sort(
    (a, b) =>
      first(a, b) ||
      second(a, b) ||
      Number(a.factor !== 1 || a.index !== undefined) -
        Number(b.factor !== 1 || b.index !== undefined) ||
      b.variant.count - a.variant.count,
  );
  return options[0];
}

function reach<V extends PricedVariant>(
  variant: V,
  year: number,
  target: PriceLevel,
  indices: readonly PriceIndex[],
  keyFigureId: string,
): Expressed<V> {
  if (variant.priceBasis === 'none')
    return { variant, factor: 1, published: null, level: null, unconverted: false };
  const published = levelOfStored(variant.priceBasis);
  if (!published) return { variant, factor: 1, published: null, level: null, unconverted: true };
  const from = levelYear(published, year);
  const to = levelYear(target, year);
  if (from === to) return { variant, factor: 1, published, level: target, unconverted: false };
  const index = chooseIndex(indices, keyFigureId, [from, to]);
  const factor = index && conversionFactor(index, year, published, target);
  if (index && factor !== undefined) {
    return {
      variant,
      factor,
      published,
      level: target,
      unconverted: false,
      index: { source: index.source, keyFigureId: index.keyFigureId, years: [from, to] },
    };
  }
  return { variant, factor: 1, published, level: published, unconverted: true };
}

/** The years a price index covers for a figure (general or its own), ascending. */
export function indexYears(indices: readonly PriceIndex[], keyFigureId: string): number[] {
  const years = new Set<number>();
  for (const i of indices) {
    if (i.keyFigureId === null || i.keyFigureId === keyFigureId)
      for (const y of i.values.keys()) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}
