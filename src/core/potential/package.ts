import { InvalidInputError } from '../diagnostics/index.ts';
import { THEME_NAMES_DA, THEMES, type Theme } from '../key-figures/index.ts';
import type { PackagePlan } from './package-plan.ts';
import type { Potential } from './potential.ts';

/** Whether a figure's potential is in a sum, and if not, why. */
export type PackageStatus = 'included' | 'overlaps' | 'no-potential' | 'not-summable';

/** One key figure in a package. */
export interface PackageFigure {
  readonly keyFigureId: string;
  readonly nameDa: string;
  readonly status: PackageStatus;
  /** For `overlaps`: the included figure it overlaps. */
  readonly overlapsWith?: string;
  readonly potential: Potential;
}

/** Sums over the included figures: signed, and of max(0, ·) per figure. */
export interface PackageTotal {
  readonly signed: number;
  readonly positive: number;
  readonly included: readonly string[];
}

/** A theme's part of a package: its figures and the sum of the non-overlapping ones. */
export interface ThemePackage {
  readonly theme: Theme;
  readonly nameDa: string;
  readonly figures: readonly PackageFigure[];
  readonly total: PackageTotal;
}

/** One municipality's potentials for one year and benchmark level (potentialepakke). */
export interface PotentialPackage {
  readonly code: string;
  readonly year: number;
  readonly levelKey: string;
  /** Per theme, in THEMES order; a figure in two themes appears in both. */
  readonly themes: readonly ThemePackage[];
  /** Every figure, with its status in the package-wide sum. */
  readonly figures: readonly PackageFigure[];
  /**
   * The package-wide sum, chosen by the same rule over all figures at once: a figure in two
   * themes counts once, and figures of different themes that overlap are not both counted, so
   * it can be less than the sum of the theme totals.
   */
  readonly total: PackageTotal;
}

/**
 * The potential package of one municipality, year and level: per theme and in all, the sum
 * of the potentials of figures that do not overlap, chosen by planPackage's rule; every
 * figure says whether it was included and, if not, which included figure it overlaps, or
 * that it has no potential or is not a summable cost.
 * Throws InvalidInputError when the potentials mix municipalities, years or levels, name a
 * figure twice, or name one that is not in the plan's catalogue.
 * @example buildPackage(planPackage(CATALOGUE), potentials).total.positive // kr.
 */
export function buildPackage(
  plan: PackagePlan,
  potentials: readonly Potential[],
): PotentialPackage {
  const first = potentials[0];
  if (first === undefined)
    throw new InvalidInputError('Pakken har ingen potentialer', 'potentials');
  const seen = new Set<string>();
  for (const p of potentials) {
    if (p.code !== first.code || p.year !== first.year || p.levelKey !== first.levelKey) {
      throw new InvalidInputError(
        'En pakke blander kommuner, år eller benchmarkniveauer',
        'potentials',
      );
    }
    if (!plan.byId.has(p.keyFigureId)) {
      throw new InvalidInputError(`Ukendt nøgletal ${p.keyFigureId}`, 'potentials');
    }
    if (seen.has(p.keyFigureId)) {
      throw new InvalidInputError(
        `Nøgletallet ${p.keyFigureId} står to gange i pakken`,
        'potentials',
      );
    }
    seen.add(p.keyFigureId);
  }
  const { figures, total } = sumNonOverlapping(plan, potentials);
  const themes = THEMES.flatMap((theme): ThemePackage[] => {
    const mine = potentials.filter((p) => plan.byId.get(p.keyFigureId)?.themes.includes(theme));
    if (mine.length === 0) return [];
    return [{ theme, nameDa: THEME_NAMES_DA[theme], ...sumNonOverlapping(plan, mine) }];
  });
  return { code: first.code, year: first.year, levelKey: first.levelKey, themes, figures, total };
}

function sumNonOverlapping(
  plan: PackagePlan,
  potentials: readonly Potential[],
): { figures: PackageFigure[]; total: PackageTotal } {
  const m = plan.order.length;
  const rankOf = (p: Potential): number => plan.rank.get(p.keyFigureId) ?? Infinity;
  const ordered = [...potentials].sort(
    (a, b) => rankOf(a) - rankOf(b) || (a.keyFigureId < b.keyFigureId ? -1 : 1),
  );
  const included: number[] = [];
  let signed = 0;
  let positive = 0;
  const figures = ordered.map((p): PackageFigure => {
    const nameDa = plan.byId.get(p.keyFigureId)?.nameDa ?? p.keyFigureId;
    const base = { keyFigureId: p.keyFigureId, nameDa, potential: p };
    const r = plan.rank.get(p.keyFigureId);
    if (r === undefined) return { ...base, status: 'not-summable' };
    if (p.signed === null) return { ...base, status: 'no-potential' };
    const clash = included.find((other) => plan.overlaps[r * m + other] === 1);
    if (clash !== undefined)
      return { ...base, status: 'overlaps', overlapsWith: plan.order[clash] ?? '' };
    included.push(r);
    signed += p.signed;
    positive += Math.max(0, p.signed);
    return { ...base, status: 'included' };
  });
  return {
    figures,
    total: { signed, positive, included: included.map((r) => plan.order[r] ?? '') },
  };
}

/**
 * The package totals of every municipality at once, for the batch: `signed` holds the
 * signed potentials by key-figure id (Float64Arrays aligned with the municipalities, NaN
 * where unavailable, e.g. from computePotentials). Same rule and numbers as buildPackage's
 * `total`, or a theme's total when `theme` is given. Figures not in the plan are ignored.
 * Throws InvalidInputError for columns of different lengths.
 * @example computePackageTotals(plan, { 'udgifter-aeldre-pr-67-aarig': p1, … }).positive
 */
export function computePackageTotals(
  plan: PackagePlan,
  signed: Readonly<Record<string, Float64Array>>,
  theme?: Theme,
): { readonly signed: Float64Array; readonly positive: Float64Array } {
  const m = plan.order.length;
  const columns: { readonly rank: number; readonly values: Float64Array }[] = [];
  for (const [rank, id] of plan.order.entries()) {
    const values = Object.hasOwn(signed, id) ? signed[id] : undefined;
    if (values === undefined) continue;
    if (theme !== undefined && !plan.byId.get(id)?.themes.includes(theme)) continue;
    columns.push({ rank, values });
  }
  const n = columns[0]?.values.length ?? 0;
  if (columns.some((c) => c.values.length !== n)) {
    throw new InvalidInputError('Potentialerne har forskellige længder', 'signed');
  }
  const totalSigned = new Float64Array(n);
  const totalPositive = new Float64Array(n);
  const included = new Int32Array(columns.length);
  for (let i = 0; i < n; i++) {
    let count = 0;
    let s = 0;
    let pos = 0;
    for (const { rank, values } of columns) {
      const v = values[i] ?? NaN;
      if (Number.isNaN(v)) continue;
      let clash = false;
      for (let t = 0; t < count && !clash; t++)
        clash = plan.overlaps[rank * m + (included[t] ?? 0)] === 1;
      if (clash) continue;
      included[count++] = rank;
      s += v;
      pos += Math.max(0, v);
    }
    totalSigned[i] = s;
    totalPositive[i] = pos;
  }
  return { signed: totalSigned, positive: totalPositive };
}
