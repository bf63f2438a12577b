import { samePriceLevel, type PriceLevel, type YearKind } from '../prices/index.ts';

/**
 * Budget follow-up, "Spørg hvorfor" (issue 18, DESIGN.md §3.11): the accounts against the
 * budget per municipality, area (an account function of the municipal chart of accounts) and
 * year. Both sides are net operating expenditure per inhabitant (BUDK32 and REGK31, or an
 * imported file); the deviation is accounts − budget, so a positive deviation is spending above
 * the budget (merforbrug) and a negative one below it (mindreforbrug).
 */

/** One stored value of an area: a municipality's budget or accounts in one year. */
export interface BudgetPoint {
  readonly municipality: string;
  /** The account function, "5.30.27". */
  readonly area: string;
  readonly year: number;
  readonly yearKind: Extract<YearKind, 'budget' | 'accounts'>;
  readonly prices: PriceLevel;
  /** kr. per inhabitant. */
  readonly value: number;
}

/** When a deviation counts as one: both parts must hold (the share, and kroner per inhabitant). */
export interface DeviationThreshold {
  /** |deviation| as a share of |budget|, in per cent. */
  readonly percent: number;
  /** |deviation| in kr. per inhabitant: keeps tiny areas' large shares out. */
  readonly perInhabitant: number;
}

/** The default: 5 % of the budget and at least 10 kr. per inhabitant. */
export const DEFAULT_THRESHOLD: DeviationThreshold = { percent: 5, perInhabitant: 10 };

/** How many of the newest years with both budget and accounts the flag looks at. */
export const FLAG_WINDOW = 4;
/** How many of those must deviate for the flag. */
export const FLAG_MIN_YEARS = 2;

/** One municipality's deviation on one area in one year, in the accounts' price level. */
export interface Deviation {
  readonly municipality: string;
  readonly area: string;
  readonly year: number;
  /** The accounts' level; the budget was taken to it when stored in another. */
  readonly prices: PriceLevel;
  /** kr. per inhabitant. */
  readonly budget: number;
  readonly accounts: number;
  /** accounts − budget, kr. per inhabitant. */
  readonly perInhabitant: number;
  /** perInhabitant × population, kr.; null without a population for the year. */
  readonly amount: number | null;
  readonly population: number | null;
  /** perInhabitant as per cent of |budget|; null when the budget is 0. */
  readonly percent: number | null;
  /** Beyond the threshold on both counts. */
  readonly exceeds: boolean;
  /** The budget was stored in another level and converted with the price index. */
  readonly budgetConverted: boolean;
}

/** An area's years that could not be compared, and why. */
export interface SkippedYear {
  readonly municipality: string;
  readonly area: string;
  readonly year: number;
  readonly reason: 'no-index';
  readonly budgetPrices: PriceLevel;
  readonly accountsPrices: PriceLevel;
}

/** The deviations of an area of one municipality, oldest year first, and its flag. */
export interface AreaDeviations {
  readonly municipality: string;
  readonly area: string;
  readonly years: readonly Deviation[];
  /** The years the flag looked at: the FLAG_WINDOW newest with both sides. */
  readonly window: readonly number[];
  /** Years in the window beyond the threshold. */
  readonly exceeding: readonly number[];
  /** Beyond the threshold in FLAG_MIN_YEARS or more of the window. */
  readonly flagged: boolean;
}

const key = (p: { municipality: string; area: string; year: number }) =>
  `${p.municipality}|${p.area}|${p.year}`;

/**
 * The deviation per municipality, area and year where both a budget and accounts exist.
 * Several stored levels of one side: the accounts in current prices are preferred (DST's
 * own), and the budget in the accounts' level; a budget in another level is converted with
 * `convert`, or the year is skipped (and listed) when no price index reaches it. Never mixes
 * levels within a year.
 * @example deviationsOf([{ municipality: '766', area: '5.30.27', year: 2022, yearKind: 'budget', prices: CURRENT_PRICES, value: 1000 }, { …accounts, value: 1100 }], …)[0].percent // 10
 */
export function deviationsOf(
  points: readonly BudgetPoint[],
  population: (municipality: string, year: number) => number | undefined,
  convert: (amount: number, year: number, from: PriceLevel, to: PriceLevel) => number | undefined,
  threshold: DeviationThreshold = DEFAULT_THRESHOLD,
): { deviations: Deviation[]; skipped: SkippedYear[] } {
  const sides = new Map<string, { budget: BudgetPoint[]; accounts: BudgetPoint[] }>();
  for (const p of points) {
    const k = key(p);
    const s = sides.get(k) ?? { budget: [], accounts: [] };
    s[p.yearKind].push(p);
    sides.set(k, s);
  }
  const deviations: Deviation[] = [];
  const skipped: SkippedYear[] = [];
  for (const { budget, accounts } of sides.values()) {
    const a = preferCurrent(accounts);
    if (!a || budget.length === 0) continue;
    const same = budget.find((b) => samePriceLevel(b.prices, a.prices));
    const b = same ?? preferCurrent(budget);
    if (!b) continue;
    const budgetValue = same ? same.value : convert(b.value, b.year, b.prices, a.prices);
    if (budgetValue === undefined) {
      skipped.push({
        municipality: a.municipality,
        area: a.area,
        year: a.year,
        reason: 'no-index',
        budgetPrices: b.prices,
        accountsPrices: a.prices,
      });
      continue;
    }
    const perInhabitant = a.value - budgetValue;
    const pop = population(a.municipality, a.year) ?? null;
    const percent = budgetValue === 0 ? null : (perInhabitant / Math.abs(budgetValue)) * 100;
    deviations.push({
      municipality: a.municipality,
      area: a.area,
      year: a.year,
      prices: a.prices,
      budget: budgetValue,
      accounts: a.value,
      perInhabitant,
      amount: pop === null ? null : perInhabitant * pop,
      population: pop,
      percent,
      exceeds:
        Math.abs(perInhabitant) >= threshold.perInhabitant &&
        (percent === null || Math.abs(percent) >= threshold.percent),
      budgetConverted: same === undefined,
    });
  }
  deviations.sort(
    (x, y) =>
      x.municipality.localeCompare(y.municipality) ||
      compareAreas(x.area, y.area) ||
      x.year - y.year,
  );
  return { deviations, skipped };
}

function preferCurrent(points: readonly BudgetPoint[]): BudgetPoint | undefined {
  return points.find((p) => p.prices.basis === 'current') ?? points[0];
}

/** Account functions in the chart's order: "3.22.01" before "5.25.10" before "5.30.27". */
export function compareAreas(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The deviations grouped per municipality and area, each with its flag: beyond the threshold
 * in FLAG_MIN_YEARS or more of the FLAG_WINDOW newest years with both sides.
 */
export function areaDeviations(deviations: readonly Deviation[]): AreaDeviations[] {
  const groups = new Map<string, Deviation[]>();
  for (const d of deviations) {
    const k = `${d.municipality}|${d.area}`;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  return [...groups.values()].map((years) => {
    const sorted = [...years].sort((x, y) => x.year - y.year);
    const window = sorted.slice(-FLAG_WINDOW);
    const exceeding = window.filter((d) => d.exceeds).map((d) => d.year);
    const first = sorted[0] as Deviation;
    return {
      municipality: first.municipality,
      area: first.area,
      years: sorted,
      window: window.map((d) => d.year),
      exceeding,
      flagged: exceeding.length >= FLAG_MIN_YEARS,
    };
  });
}
