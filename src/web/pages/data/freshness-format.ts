import type { ApiAnswer } from '../../api/index.ts';

export type FreshnessDocument = ApiAnswer<'freshness'>;
export type SourceFreshness = FreshnessDocument['sources'][number];
export type FigureFreshness = FreshnessDocument['keyFigures'][number];

/** The words for stored price bases (t.data.freshness.basis). */
export interface BasisWords {
  readonly current: string;
  readonly none: string;
  readonly unknown: string;
  readonly fixed: (year: number) => string;
}

/**
 * A stored price basis in words: `current` → "løbende priser", `fixed-2010` → "faste
 * 2010-priser", `none` → "ikke kroner"; several joined with `and`.
 * @example basisLabel(['fixed-2010', 'none'], da.data.freshness.basis, ' og ')
 * // 'faste 2010-priser og ikke kroner'
 */
export function basisLabel(bases: readonly string[], words: BasisWords, and: string): string {
  return bases
    .map((b) => {
      const fixed = /^fixed-(\d{4})$/.exec(b);
      if (fixed) return words.fixed(Number(fixed[1]));
      return b === 'current' ? words.current : b === 'none' ? words.none : words.unknown;
    })
    .filter((w, i, all) => all.indexOf(w) === i)
    .join(and);
}

/**
 * A newest year with its kinds: "budget 2019", "regnskab og budget 2019" (both kinds are
 * stored for some figures), or the year alone when the kinds are not known.
 * @example kindYear(2019, ['budget'], { budget: 'budget' }, ' og ') // 'budget 2019'
 */
export function kindYear(
  year: number,
  kinds: readonly string[],
  words: Readonly<Record<string, string>>,
  and: string,
): string {
  const named = kinds.map((k) => words[k] ?? k);
  return named.length === 0 ? String(year) : `${named.join(and)} ${year}`;
}

/**
 * The page's headline: of the figures with values, how many reach the newest year, and in
 * which year most of them end. Undefined when no figure has values.
 * @example freshnessHeadline(sources) // { total: 217, newest: 2024, atNewest: 27, commonYear: 2019, atCommon: 172 }
 */
export function freshnessHeadline(sources: readonly SourceFreshness[]):
  | {
      readonly total: number;
      readonly newest: number;
      readonly atNewest: number;
      readonly commonYear: number;
      readonly atCommon: number;
    }
  | undefined {
  const byYear = new Map<number, number>();
  for (const s of sources)
    for (const y of s.lastYears) byYear.set(y.year, (byYear.get(y.year) ?? 0) + y.keyFigures);
  if (byYear.size === 0) return undefined;
  const years = [...byYear.entries()];
  const newest = Math.max(...years.map(([y]) => y));
  // The most common last year; at a tie, the newer.
  const [commonYear, atCommon] = years.reduce((best, e) =>
    e[1] > best[1] || (e[1] === best[1] && e[0] > best[0]) ? e : best,
  );
  return {
    total: years.reduce((n, [, c]) => n + c, 0),
    newest,
    atNewest: byYear.get(newest) ?? 0,
    commonYear,
    atCommon,
  };
}

/**
 * The figures in the order of the sources (`sourceOrder`), newest year first within a source,
 * those without values last, then by name.
 */
export function sortFigures(
  figures: readonly FigureFreshness[],
  sourceOrder: readonly string[],
  name: (f: FigureFreshness) => string,
): FigureFreshness[] {
  const rank = (s: string) => {
    const i = sourceOrder.indexOf(s);
    return i < 0 ? sourceOrder.length : i;
  };
  return [...figures].sort(
    (a, b) =>
      rank(a.source) - rank(b.source) ||
      (b.lastYear ?? -Infinity) - (a.lastYear ?? -Infinity) ||
      name(a).localeCompare(name(b), 'da'),
  );
}
