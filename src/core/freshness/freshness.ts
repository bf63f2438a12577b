import type { YearKind } from '../prices/index.ts';

/**
 * How fresh one key figure's numbers are: the newest year in which some municipality has a
 * number (a row with only an M/U mark does not count), whether that year is accounts or
 * budget, the newest accounts year, and the price basis the newest year was published in.
 */
export interface FigureFreshness {
  readonly id: string;
  /** The catalogue's source kind: noegletal, regk31, statbank, … */
  readonly source: string;
  readonly nameDa: string;
  readonly nameEn: string;
  /** The first year with a number; null when the figure has none (not fetched yet). */
  readonly firstYear: number | null;
  /** The newest year with a number; null when the figure has none. */
  readonly lastYear: number | null;
  /** The kinds of the numbers in the newest year (usually one: accounts or budget). */
  readonly lastYearKinds: readonly YearKind[];
  /** The newest year with accounts numbers; null when there are none. */
  readonly lastAccountsYear: number | null;
  /** How the newest year's numbers are stored: `current`, `fixed-2010`, `none` (not money). */
  readonly lastYearPriceBases: readonly string[];
  /** Municipalities with a number in the newest year. */
  readonly lastYearMunicipalities: number;
}

/** One newest year of a source: how many of its figures end there, and of what kind. */
export interface LastYearCount {
  readonly year: number;
  readonly keyFigures: number;
  readonly kinds: readonly YearKind[];
  readonly priceBases: readonly string[];
}

/** How fresh one source's figures are. */
export interface SourceFreshness {
  readonly source: string;
  /** Figures with a number in some year. */
  readonly keyFigures: number;
  /** Figures of the source in the catalogue without any number yet. */
  readonly withoutValues: number;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  /** The years the figures end in, newest first: "172 figures end in 2019 (budget)". */
  readonly lastYears: readonly LastYearCount[];
}

/** The order sources are listed in: the ministry's figures first, then Statistics Denmark's. */
const ORDER = ['noegletal', 'regk31', 'statbank', 'tidy'];

const union = <T extends string>(a: readonly T[], b: readonly T[]): T[] =>
  [...new Set([...a, ...b])].sort();

/**
 * Sums up the figures per source: how many have numbers, how many not yet, the first and
 * newest year of any, and how many figures end in which year (newest first), with the kinds
 * and price bases of those years. Sources in the order noegletal, regk31, statbank, tidy,
 * then by name.
 * @example summariseFreshness([{ source: 'regk31', lastYear: 2024, … }])[0].lastYears
 * // [{ year: 2024, keyFigures: 1, kinds: ['accounts'], priceBases: ['current'] }]
 */
export function summariseFreshness(figures: readonly FigureFreshness[]): SourceFreshness[] {
  const bySource = new Map<string, FigureFreshness[]>();
  for (const f of figures) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
  const rank = (s: string) => {
    const i = ORDER.indexOf(s);
    return i < 0 ? ORDER.length : i;
  };
  return [...bySource.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([source, list]) => {
      const withValues = list.filter((f) => f.lastYear !== null);
      const years = new Map<number, LastYearCount>();
      for (const f of withValues) {
        const year = f.lastYear ?? 0;
        const seen = years.get(year);
        years.set(year, {
          year,
          keyFigures: (seen?.keyFigures ?? 0) + 1,
          kinds: union(seen?.kinds ?? [], f.lastYearKinds),
          priceBases: union(seen?.priceBases ?? [], f.lastYearPriceBases),
        });
      }
      const firsts = withValues.map((f) => f.firstYear ?? Infinity);
      const lasts = withValues.map((f) => f.lastYear ?? -Infinity);
      return {
        source,
        keyFigures: withValues.length,
        withoutValues: list.length - withValues.length,
        firstYear: withValues.length > 0 ? Math.min(...firsts) : null,
        lastYear: withValues.length > 0 ? Math.max(...lasts) : null,
        lastYears: [...years.values()].sort((a, b) => b.year - a.year),
      };
    });
}
