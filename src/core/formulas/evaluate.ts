import type { KeyFigure, KeyFigureFormula, SeriesSum } from '../key-figures/index.ts';
import { selects, termApplies } from '../key-figures/index.ts';
import type { Observation } from '../observations/index.ts';
import { timeCode, type SeriesIndex } from './series.ts';

/** Where and when to evaluate: municipality codes (3 digits, as the tables write them) and years. */
export interface EvaluationScope {
  readonly municipalityCodes: readonly string[];
  readonly years: readonly number[];
}

/** A formula's values: one observation per municipality and year, and the national ratio. */
export interface FormulaResult {
  readonly observations: readonly Observation[];
  /** Per year: Σ numerator / Σ denominator × scale over the scope's municipalities (null if any is missing). */
  readonly national: ReadonlyMap<number, number | null>;
}

/** A sum for one area and year: undefined when a table-year is absent, null when a cell is `..`. */
function sumFor(
  sum: SeriesSum,
  index: SeriesIndex,
  area: string,
  year: number,
): number | null | undefined {
  let total = 0;
  let applied = 0;
  for (const term of sum.terms) {
    if (!termApplies(term, year)) continue;
    const byArea = index.byTable.get(term.table)?.get(timeCode(term.table, year));
    if (!byArea) return undefined;
    applied++;
    const selectors = Object.entries(term.variables);
    for (const row of byArea.get(area) ?? []) {
      if (!selectors.every(([v, s]) => selects(s, row.codes[v] ?? ''))) continue;
      if (row.value === null) return null;
      total += row.value;
    }
  }
  return applied === 0 ? undefined : total;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f) / f;
  return x < 0 ? -r : r;
}

/**
 * Evaluates a formula over StatBank series (pure): for each municipality and year,
 * Σ numerator × scale / Σ denominator, rounded to the formula's decimals. A combination that
 * StatBank left out counts as 0 (its suppressedDataValue); a `..` makes the value missing; a
 * zero denominator makes it undefined; a year whose table-year is absent gives no observation.
 * @example evaluateFormula('statbank-aeldre-pr-67-aarig', formula, index, { municipalityCodes: ['101'], years: [2024] })
 */
export function evaluateFormula(
  keyFigureId: string,
  formula: KeyFigureFormula,
  index: SeriesIndex,
  scope: EvaluationScope,
): FormulaResult {
  const observations: Observation[] = [];
  const national = new Map<number, number | null>();
  for (const year of scope.years) {
    if (year < formula.fromYear) continue;
    let numTotal: number | null = 0;
    let denTotal: number | null = 0;
    let any = false;
    for (const code of scope.municipalityCodes) {
      const num = sumFor(formula.numerator, index, code, year);
      const den = formula.denominator ? sumFor(formula.denominator, index, code, year) : 1;
      if (num === undefined || den === undefined) continue;
      any = true;
      numTotal = num === null || numTotal === null ? null : numTotal + num;
      denTotal = den === null || denTotal === null ? null : denTotal + den;
      observations.push(observation(keyFigureId, code, year, formula, num, den));
    }
    if (any) {
      national.set(
        year,
        numTotal === null || denTotal === null || denTotal === 0
          ? null
          : (numTotal * formula.scale) / denTotal,
      );
    }
  }
  return { observations, national };
}

function observation(
  keyFigureId: string,
  municipalityCode: string,
  year: number,
  formula: KeyFigureFormula,
  num: number | null,
  den: number | null,
): Observation {
  const base = { keyFigureId, municipalityCode, year };
  if (num === null || den === null) return { ...base, value: null, status: 'missing', raw: '..' };
  if (den === 0) return { ...base, value: null, status: 'undefined', raw: '' };
  const value = round((num * formula.scale) / den, formula.decimals);
  return { ...base, value, status: 'value', raw: value.toFixed(formula.decimals) };
}

/**
 * Evaluates every catalogue entry that has a formula; the observations of all of them.
 * @example evaluateCatalogue(CATALOGUE, index, scope).length
 */
export function evaluateCatalogue(
  catalogue: readonly KeyFigure[],
  index: SeriesIndex,
  scope: EvaluationScope,
): readonly Observation[] {
  return catalogue.flatMap((k) =>
    k.formula ? evaluateFormula(k.id, k.formula, index, scope).observations : [],
  );
}
