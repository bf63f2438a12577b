import type { KeyFigureDocument } from '../../api/index.ts';

/** The map's first figure: well known, a cost, with data since 2018 (lower is better). */
export const DEFAULT_KEY_FIGURE = 'udgifter-aeldre-pr-67-aarig';

export interface FigureGroup {
  /** A theme id, or null for figures without a theme. */
  readonly theme: string | null;
  readonly figures: readonly KeyFigureDocument[];
}

/**
 * Figures the map can show: with a number in some year and a unit (a number without one is not
 * shown). A figure whose rows hold only "M"/"U" marks has a span of years but nothing to map.
 */
export function mappableFigures(
  figures: readonly KeyFigureDocument[],
): readonly KeyFigureDocument[] {
  return figures.filter((k) => yearsWithData(k).length > 0 && k.unit !== '');
}

/**
 * The figures grouped by their first theme in the catalogue's theme order (`themeOrder`),
 * those without a theme last; within a group by name, in Danish order.
 */
export function groupFigures(
  figures: readonly KeyFigureDocument[],
  themeOrder: readonly string[],
  nameOf: (k: KeyFigureDocument) => string,
): readonly FigureGroup[] {
  const byTheme = new Map<string | null, KeyFigureDocument[]>();
  for (const k of figures) {
    const theme = k.themes.find((th) => themeOrder.includes(th)) ?? null;
    byTheme.set(theme, [...(byTheme.get(theme) ?? []), k]);
  }
  const collator = new Intl.Collator('da');
  return [...themeOrder, null]
    .filter((theme) => byTheme.has(theme))
    .map((theme) => ({
      theme,
      figures: [...(byTheme.get(theme) ?? [])].sort((a, b) =>
        collator.compare(nameOf(a), nameOf(b)),
      ),
    }));
}

/** The figure to show: the one asked for, else the default, else the first cost figure. */
export function chooseFigure(
  figures: readonly KeyFigureDocument[],
  asked: string,
): KeyFigureDocument | undefined {
  return (
    figures.find((k) => k.id === asked) ??
    figures.find((k) => k.id === DEFAULT_KEY_FIGURE) ??
    figures.find((k) => k.kind === 'cost') ??
    figures[0]
  );
}

/**
 * The years in which some municipality has a number, latest first (the API's yearsWithValues;
 * the span firstYear..lastYear may also cover years with only "M"/"U" marks).
 * @example yearsWithData({ yearsWithValues: [2018, 2019] }) // [2019, 2018]
 */
export function yearsWithData(
  figure: Pick<KeyFigureDocument, 'yearsWithValues'>,
): readonly number[] {
  return [...(figure.yearsWithValues ?? [])].sort((a, b) => b - a);
}

/** The map's choice as it stands in the URL of / ('' = not chosen). */
export interface MapChoice {
  readonly keyFigure: string;
  readonly year: string;
}

/** The map's choice when the URL names none. */
export const MAP_DEFAULTS: MapChoice = { keyFigure: DEFAULT_KEY_FIGURE, year: '' };

/**
 * The map's values request for a choice: the figure shown (chooseFigure among the mappable
 * ones) in the chosen year, else in its latest year with data; null when there is nothing to
 * map. The same for the page and for the prefetch that asks before the page renders.
 * @example mapValuesParams(figures, MAP_DEFAULTS) // { keyFigure: 'udgifter-aeldre-pr-67-aarig', year: 2019 }
 */
export function mapValuesParams(
  figures: readonly KeyFigureDocument[],
  choice: MapChoice,
): { readonly keyFigure: string; readonly year: number } | null {
  const figure = chooseFigure(mappableFigures(figures), choice.keyFigure);
  const asked = Number(choice.year);
  const year =
    choice.year !== '' && Number.isInteger(asked) ? asked : figure && yearsWithData(figure)[0];
  return figure && year !== undefined ? { keyFigure: figure.id, year } : null;
}
