import { InvalidInputError } from '../diagnostics/index.ts';
import { formatMillionKr } from '../format/index.ts';
import { THEME_NAMES_DA, THEMES, type Theme } from '../key-figures/index.ts';
import { chooseFamilies, type FamilyMethod } from './package-choice.ts';
import type { PackagePlan } from './package-plan.ts';
import { moneyOf, sumByTheme } from './package-sum.ts';
import type { Potential } from './potential.ts';

/**
 * Whether a figure's potential is in the sum, and if not, why: it overlaps figures that are
 * counted and cover at least as much money (`overlaps`), it is a cross-area aggregate shown as
 * the overall level (`aggregate`), its value, benchmark or volume is missing
 * (`no-potential`), or it is not a lower-is-better cost with a volume (`not-summable`).
 */
export type PackageStatus = 'included' | 'overlaps' | 'aggregate' | 'no-potential' | 'not-summable';

/** One key figure in a package. */
export interface PackageFigure {
  readonly keyFigureId: string;
  readonly nameDa: string;
  readonly status: PackageStatus;
  /** The theme whose total counts the figure when it is included: its first theme. */
  readonly countingTheme?: Theme;
  /**
   * Under a theme's figures only, for an included figure whose counting theme is another:
   * the theme whose total holds it ("talt med under Børn og unge").
   */
  readonly countedIn?: Theme;
  /** For `overlaps`: the first (by id) included figure it overlaps. */
  readonly overlapsWith?: string;
  /** For `overlaps`: every included figure it overlaps, by id. */
  readonly overlapsWithAll?: readonly string[];
  /**
   * For `overlaps`: ΣC of the included figures of its family, kr., at least the money of any
   * non-overlapping choice that holds this figure.
   */
  readonly familyMoney?: number;
  /** C = |c × Q|: the municipality's own spending the figure covers, kr.; null without c or Q. */
  readonly money: number | null;
  /** Why the figure is not in the sum, in Danish; absent when it is included. */
  readonly reasonDa?: string;
  readonly potential: Potential;
}

/** Sums over the included figures: signed, of max(0, ·) per figure, and of their money. */
export interface PackageTotal {
  readonly signed: number;
  readonly positive: number;
  /** ΣC = Σ |c × Q| over the included figures: the spending the sum is about, kr. */
  readonly money: number;
  /** By id. */
  readonly included: readonly string[];
}

/** A theme's part of a package: the figures shown under it and the sum of those it counts. */
export interface ThemePackage {
  readonly theme: Theme;
  readonly nameDa: string;
  /** Every figure with this theme among its themes; `countedIn` marks those counted elsewhere. */
  readonly figures: readonly PackageFigure[];
  /** The included figures whose counting theme is this one. */
  readonly total: PackageTotal;
}

/** One overlap family of the package, by id, and the set it counts. */
export interface PackageFamily {
  readonly members: readonly string[];
  readonly included: readonly string[];
  /** ΣC of `included`, kr. */
  readonly money: number;
  /** `greedy` for a family too large to search every choice (the package says so). */
  readonly method: FamilyMethod;
}

/** One municipality's potentials for one year and benchmark level (potentialepakke). */
export interface PotentialPackage {
  readonly code: string;
  readonly year: number;
  readonly levelKey: string;
  /** Per theme, in THEMES order; a figure in two themes is shown in both, counted in one. */
  readonly themes: readonly ThemePackage[];
  /** Every figure, with its status in the package, in the order of the potentials given. */
  readonly figures: readonly PackageFigure[];
  /**
   * The package-wide sum, chosen once over all figures: the sum of the theme totals (added in
   * THEMES order, so the two agree exactly).
   */
  readonly total: PackageTotal;
  /** The cross-area aggregates (status `aggregate`): the overall level, beside the sum. */
  readonly aggregates: readonly PackageFigure[];
  /** The overlap families among the figures with a potential, and what each counts. */
  readonly families: readonly PackageFamily[];
}

/**
 * The potential package of one municipality, year and level (DESIGN.md §3.4a, the rule in
 * OVERLAP_RULE_DA): cross-area aggregates are shown, never summed; within each overlap family
 * the non-overlapping set covering the most money C = |c × Q| is counted; each counted figure
 * adds to its first theme's total, and the package total is the sum of the theme totals.
 * Every figure says whether it was included and, if not, why.
 * Throws InvalidInputError when the potentials are empty, mix municipalities, years or
 * levels, name a figure twice, or name one that is not in the plan's catalogue.
 * @example buildPackage(planPackage(CATALOGUE), potentials).total.positive // kr.
 */
export function buildPackage(
  plan: PackagePlan,
  potentials: readonly Potential[],
): PotentialPackage {
  const first = checkPotentials(plan, potentials);
  const m = plan.order.length;
  const money = new Float64Array(m).fill(NaN);
  const signed = new Float64Array(m).fill(NaN);
  const available: number[] = [];
  for (const p of potentials) {
    const r = plan.rank.get(p.keyFigureId);
    const c = moneyOf(p.unitCost, p.volume);
    if (r === undefined || p.signed === null || Number.isNaN(c)) continue;
    money[r] = c;
    signed[r] = p.signed;
    available.push(r);
  }
  const families = chooseFamilies(plan, available, money);
  const familyOf = new Map<number, (typeof families)[number]>();
  for (const f of families) for (const r of f.members) familyOf.set(r, f);
  const included = families.flatMap((f) => f.chosen).sort((a, b) => a - b);
  const isIncluded = new Set(included);
  const sums = sumByTheme(plan, included, signed, money);
  const idsOf = (rs: readonly number[]) => rs.map((r) => plan.order[r] ?? '');
  const nameOf = (id: string) => plan.byId.get(id)?.nameDa ?? id;

  const figures = potentials.map((p): PackageFigure => {
    const figure = plan.byId.get(p.keyFigureId);
    const countingTheme = figure?.themes[0];
    const c = moneyOf(p.unitCost, p.volume);
    const base = {
      keyFigureId: p.keyFigureId,
      nameDa: figure?.nameDa ?? p.keyFigureId,
      ...(countingTheme === undefined ? {} : { countingTheme }),
      money: Number.isNaN(c) ? null : c,
      potential: p,
    };
    const r = plan.rank.get(p.keyFigureId);
    if (plan.aggregates.has(p.keyFigureId))
      return { ...base, status: 'aggregate', reasonDa: REASON_DA.aggregate };
    if (r === undefined)
      return { ...base, status: 'not-summable', reasonDa: REASON_DA.notSummable };
    if (isIncluded.has(r)) return { ...base, status: 'included' };
    const family = familyOf.get(r);
    if (family === undefined) {
      const reasonDa =
        p.signed === null ? (p.unavailable?.messageDa ?? REASON_DA.noPotential) : REASON_DA.noMoney;
      return { ...base, status: 'no-potential', reasonDa };
    }
    const clashes = idsOf(family.chosen.filter((s) => plan.overlaps[r * m + s] === 1));
    return {
      ...base,
      status: 'overlaps',
      overlapsWith: clashes[0] ?? '',
      overlapsWithAll: clashes,
      familyMoney: family.money,
      reasonDa:
        `Overlapper ${clashes.map(nameOf).join(', ')}, som er talt med. De nøgletal, der er ` +
        `talt med i familien, dækker ${formatMillionKr('da', family.money)} (dette nøgletal alene ` +
        `${formatMillionKr('da', c)}); ` +
        (family.method === 'greedy'
          ? 'familien er for stor til at prøve alle valg, så den er valgt grådigt, største udgift først.'
          : 'intet valg med dette nøgletal dækker flere penge.'),
    };
  });

  const themes = THEMES.flatMap((theme, t): ThemePackage[] => {
    const shown = figures.filter((f) => plan.byId.get(f.keyFigureId)?.themes.includes(theme));
    if (shown.length === 0) return [];
    return [
      {
        theme,
        nameDa: THEME_NAMES_DA[theme],
        figures: shown.map((f) =>
          f.status === 'included' && f.countingTheme !== theme && f.countingTheme !== undefined
            ? { ...f, countedIn: f.countingTheme }
            : f,
        ),
        total: {
          signed: sums.signed[t] ?? 0,
          positive: sums.positive[t] ?? 0,
          money: sums.money[t] ?? 0,
          included: idsOf(included.filter((r) => plan.countingTheme[r] === theme)),
        },
      },
    ];
  });
  const total: PackageTotal = {
    signed: themes.reduce((s, t) => s + t.total.signed, 0),
    positive: themes.reduce((s, t) => s + t.total.positive, 0),
    money: themes.reduce((s, t) => s + t.total.money, 0),
    included: idsOf(included),
  };
  return {
    code: first.code,
    year: first.year,
    levelKey: first.levelKey,
    themes,
    figures,
    total,
    aggregates: figures.filter((f) => f.status === 'aggregate'),
    families: families.map((f) => ({
      members: idsOf(f.members),
      included: idsOf(f.chosen),
      money: f.money,
      method: f.method,
    })),
  };
}
const REASON_DA = {
  aggregate:
    'Samlet niveau på tværs af områder: vises ved siden af pakken og lægges ikke sammen med ' +
    'områdernes nøgletal.',
  notSummable:
    'Ikke en udgift pr. enhed med volumen, hvor lavere er bedre: potentialet er ikke kroner, ' +
    'der kan lægges sammen.',
  noPotential: 'Intet potentiale: værdi, benchmark eller volumen mangler.',
  noMoney: 'Kommunens udgift (enhedsudgift × volumen) kan ikke beregnes.',
} as const;
function checkPotentials(plan: PackagePlan, potentials: readonly Potential[]): Potential {
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
  return first;
}
