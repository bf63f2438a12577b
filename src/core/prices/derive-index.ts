import { median } from '../stats/index.ts';
import { yearFactors, type YearFactor } from './detect-basis.ts';

/** The same cell (figure, municipality, year, accounts) in current and in fixed prices. */
export interface BasisPair {
  readonly keyFigureId: string;
  readonly year: number;
  readonly current: number;
  readonly fixed: number;
}

/** One year of a derived index, with the spread of the municipalities' factors behind it. */
export interface DerivedIndexYear extends YearFactor {
  /** The figures the year was derived from. */
  readonly keyFigureIds: readonly string[];
}

/** A derived pris- og lønindeks: general, or per figure where the figures disagree. */
export interface DerivedIndex {
  readonly baseYear: number;
  /** The general index: per year the median factor over all pairs of all figures. */
  readonly general: readonly DerivedIndexYear[];
  /** Figure-specific indices, only for figures whose factors differ from the general ones. */
  readonly perFigure: Readonly<Record<string, readonly DerivedIndexYear[]>>;
}

/** Figures agree with the general index when every year's factor is this close (relative). */
const AGREE = 1e-3;

/**
 * Derives the price index exactly from cells stored in both current and fixed prices of
 * `baseYear`. Per figure and year, the factor is median(current / fixed) over the
 * municipalities, kept only where at least 90 % of them share it within rounding (1 in the base
 * year). The general index of a year is the median of the figures' factors, with the spread of
 * all cells. Figures whose own factors differ from the general ones by more than 0,1 % in some
 * year get their own index (and say so); the others use the general one.
 * @example deriveIndex(pairs, 2010).general.find((y) => y.year === 2018)?.factor // ≈ 1 / 0.8904
 */
export function deriveIndex(pairs: readonly BasisPair[], baseYear: number): DerivedIndex {
  const common = (list: readonly BasisPair[]): YearFactor[] =>
    yearFactors(list.map((p) => ({ year: p.year, a: p.current, b: p.fixed }))).filter(
      (y) => y.pairs >= 10 && y.agreeing >= 0.9 * y.pairs,
    );
  const byFigure = new Map<string, BasisPair[]>();
  for (const p of pairs) {
    const list = byFigure.get(p.keyFigureId) ?? [];
    list.push(p);
    byFigure.set(p.keyFigureId, list);
  }
  const figureIds = [...byFigure.keys()].sort();
  const own = new Map(figureIds.map((id) => [id, common(byFigure.get(id) ?? [])]));
  // The general factor of a year is the median of the figures' own factors, so one figure
  // that differs cannot drag the others' index away; its spread comes from all cells.
  const pooled = new Map(
    yearFactors(pairs.map((p) => ({ year: p.year, a: p.current, b: p.fixed }))).map((y) => [
      y.year,
      y,
    ]),
  );
  const years = [...new Set([...own.values()].flatMap((ys) => ys.map((y) => y.year)))].sort(
    (a, b) => a - b,
  );
  const general: DerivedIndexYear[] = years.map((year) => {
    const factors = figureIds.flatMap(
      (id) =>
        own
          .get(id)
          ?.filter((y) => y.year === year)
          .map((y) => y.factor) ?? [],
    );
    const all = pooled.get(year);
    return {
      year,
      factor: median(factors),
      pairs: all?.pairs ?? 0,
      agreeing: all?.agreeing ?? 0,
      min: all?.min ?? Number.NaN,
      max: all?.max ?? Number.NaN,
      keyFigureIds: figureIds.filter((id) => own.get(id)?.some((y) => y.year === year)),
    };
  });
  const generalByYear = new Map(general.map((y) => [y.year, y.factor]));
  const perFigure: Record<string, DerivedIndexYear[]> = {};
  for (const id of figureIds) {
    const mine = own.get(id) ?? [];
    const differs = mine.some((y) => {
      const g = generalByYear.get(y.year);
      return g === undefined || Math.abs(y.factor / g - 1) > AGREE;
    });
    if (differs) perFigure[id] = mine.map((y) => ({ ...y, keyFigureIds: [id] }));
  }
  return { baseYear, general, perFigure };
}
