import { THEMES } from '../key-figures/index.ts';
import type { PackagePlan } from './package-plan.ts';

/** C = |c × Q| in kr.; NaN when either is missing or not finite. */
export function moneyOf(unitCost: number | null, volume: number | null): number {
  if (unitCost === null || volume === null) return NaN;
  const c = Math.abs(unitCost * volume);
  return Number.isFinite(c) ? c : NaN;
}

/**
 * Per theme (indexed as THEMES), the sums over `included` (ascending positions) of the
 * figures counted in it. buildPackage and computePackageTotals both add through here, and
 * both add the theme sums in THEMES order, so their totals agree to the last bit.
 */
export function sumByTheme(
  plan: PackagePlan,
  included: readonly number[],
  signed: Float64Array,
  money: Float64Array,
): { signed: Float64Array; positive: Float64Array; money: Float64Array } {
  const sums = {
    signed: new Float64Array(THEMES.length),
    positive: new Float64Array(THEMES.length),
    money: new Float64Array(THEMES.length),
  };
  for (const r of included) {
    const t = THEMES.indexOf(plan.countingTheme[r] ?? 'structure');
    const s = signed[r] ?? NaN;
    sums.signed[t] = (sums.signed[t] ?? 0) + s;
    sums.positive[t] = (sums.positive[t] ?? 0) + Math.max(0, s);
    sums.money[t] = (sums.money[t] ?? 0) + (money[r] ?? NaN);
  }
  return sums;
}
