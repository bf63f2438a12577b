import { THEMES, type Theme } from '../key-figures/index.ts';
import { checkColumnLength, toFloat64Column, type ValueColumn } from '../stats/index.ts';
import { chooseFamilies } from './package-choice.ts';
import type { PackagePlan } from './package-plan.ts';
import { moneyOf, sumByTheme } from './package-sum.ts';

/** The columns of one figure for computePackageTotals, aligned with the municipalities. */
export interface PackageColumns {
  /** Signed potentials, NaN where unavailable (computePotentials). */
  readonly signed: Float64Array;
  /** The municipalities' own unit costs c and volumes Q, for C = |c × Q|. */
  readonly unitCost: ValueColumn;
  readonly volume: ValueColumn;
}

/** Package totals of every municipality, aligned with the columns. */
export interface PackageTotalColumns {
  readonly signed: Float64Array;
  readonly positive: Float64Array;
  readonly money: Float64Array;
}

/** The batch totals: the package's (or one theme's) and every theme's. */
export interface PackageTotalsBatch extends PackageTotalColumns {
  /** Per theme, the totals of the figures it counts; they add up to the package's. */
  readonly themes: ReadonlyMap<Theme, PackageTotalColumns>;
}

/**
 * The package totals of every municipality at once, for the batch: `columns` holds each
 * figure's signed potentials, unit costs and volumes by key-figure id. The same choice and
 * the same numbers as buildPackage's `total` (to the last bit), or a theme's total when
 * `theme` is given; `themes` holds every theme's. Figures not in the plan (aggregates,
 * non-costs) are ignored.
 * Throws InvalidInputError for columns of different lengths.
 * @example computePackageTotals(plan, { 'udgifter-aeldre-pr-67-aarig': { signed, unitCost, volume } }).positive
 */
export function computePackageTotals(
  plan: PackagePlan,
  columns: Readonly<Record<string, PackageColumns>>,
  theme?: Theme,
): PackageTotalsBatch {
  const m = plan.order.length;
  const present: { rank: number; signed: Float64Array; money: Float64Array }[] = [];
  let n: number | undefined;
  for (const [rank, id] of plan.order.entries()) {
    const col = Object.hasOwn(columns, id) ? columns[id] : undefined;
    if (col === undefined) continue;
    n ??= col.signed.length;
    checkColumnLength(col.signed, n, `${id}.signed`);
    checkColumnLength(col.unitCost, n, `${id}.unitCost`);
    checkColumnLength(col.volume, n, `${id}.volume`);
    const c = toFloat64Column(col.unitCost);
    const q = toFloat64Column(col.volume);
    present.push({
      rank,
      signed: col.signed,
      money: Float64Array.from(c, (v, i) => moneyOf(v, q[i] ?? NaN)),
    });
  }
  const count = n ?? 0;
  const columnsOf = (): PackageTotalColumns => ({
    signed: new Float64Array(count),
    positive: new Float64Array(count),
    money: new Float64Array(count),
  });
  const total = columnsOf();
  const themes = new Map(THEMES.map((t) => [t, columnsOf()]));
  const money = new Float64Array(m);
  const signed = new Float64Array(m);
  for (let i = 0; i < count; i++) {
    const available: number[] = [];
    for (const col of present) {
      const s = col.signed[i] ?? NaN;
      const c = col.money[i] ?? NaN;
      if (Number.isNaN(s) || Number.isNaN(c)) continue;
      signed[col.rank] = s;
      money[col.rank] = c;
      available.push(col.rank);
    }
    const included = chooseFamilies(plan, available, money)
      .flatMap((f) => f.chosen)
      .sort((a, b) => a - b);
    const sums = sumByTheme(plan, included, signed, money);
    for (const [t, name] of THEMES.entries()) {
      const out = themes.get(name) ?? total;
      out.signed[i] = sums.signed[t] ?? 0;
      out.positive[i] = sums.positive[t] ?? 0;
      out.money[i] = sums.money[t] ?? 0;
    }
    // Added in THEMES order, as buildPackage adds its theme totals.
    total.signed[i] = sums.signed.reduce((a, x) => a + x, 0);
    total.positive[i] = sums.positive.reduce((a, x) => a + x, 0);
    total.money[i] = sums.money.reduce((a, x) => a + x, 0);
  }
  return { ...((theme === undefined ? total : themes.get(theme)) ?? total), themes };
}
