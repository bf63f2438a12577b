/** What the list needs of a key figure. */
export interface ListedFigure {
  readonly id: string;
  readonly nameDa: string;
  readonly nameEn?: string | null;
  readonly themes: readonly string[];
}

/** Lower case, with "aa" read as "å" so "aeldre"/"ældre" and "Aarhus"/"Århus" find each other. */
function fold(s: string): string {
  return s.toLocaleLowerCase('da').replace(/aa/g, 'å').replace(/ae/g, 'æ').replace(/oe/g, 'ø');
}

/**
 * Whether a figure matches a filter text: every word of the filter occurs in its Danish or
 * English name (or the name shown); an empty filter matches all.
 * @example matchesFilter({ id: 'x', nameDa: 'Udgifter til ældre', themes: [] }, 'Udgifter til ældre', 'ældre udg') // true
 */
export function matchesFilter(figure: ListedFigure, shownName: string, filter: string): boolean {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold([figure.nameDa, figure.nameEn ?? '', shownName].join(' '));
  return words.every((w) => text.includes(w));
}

/**
 * Figures grouped by theme in the given order (a figure with two themes is listed under both),
 * each group sorted by Danish name; figures without a known theme last, under `theme: null`.
 * Empty groups are left out.
 */
export function groupByTheme<T extends ListedFigure>(
  figures: readonly T[],
  themeOrder: readonly string[],
): { readonly theme: string | null; readonly figures: readonly T[] }[] {
  const byName = (a: T, b: T) => a.nameDa.localeCompare(b.nameDa, 'da');
  const groups = themeOrder.map((theme) => ({
    theme: theme as string | null,
    figures: figures.filter((k) => k.themes.includes(theme)).sort(byName),
  }));
  const rest = figures.filter((k) => !k.themes.some((th) => themeOrder.includes(th))).sort(byName);
  return [...groups, { theme: null, figures: rest }].filter((g) => g.figures.length > 0);
}
