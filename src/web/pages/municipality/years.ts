import type { KeyFigureDocument } from '../../api/index.ts';

/** The part of a key figure that says which years it has numbers for. */
type Covered = Pick<KeyFigureDocument, 'kind' | 'themes' | 'yearsWithValues'>;

const isPackageFigure = (k: Covered) => k.themes.some((t) => t !== 'structure');

/**
 * The years some package figure has numbers for, newest first: the union of the figures'
 * yearsWithValues (figures without a theme or only structural ones make no package). Years
 * whose rows hold only "M"/"U" marks are not among them.
 * @example packageYears([{ yearsWithValues: [2018, 2019], … }]) // [2019, 2018]
 */
export function packageYears(keyFigures: readonly Covered[]): number[] {
  const years = new Set<number>();
  for (const k of keyFigures) {
    if (!isPackageFigure(k)) continue;
    for (const y of k.yearsWithValues ?? []) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

/**
 * The year a package opens on: the newest year in which at least half as many cost figures
 * have numbers as in their best-covered year. A few figures often reach further than the rest
 * (e.g. regnskabstal for 2024 beside nøgletal that end in 2019), and a package of two figures
 * is a poor first view. Undefined when no figure has numbers.
 * @example defaultPackageYear(keyFigures) // 2019 in the real data
 */
export function defaultPackageYear(keyFigures: readonly Covered[]): number | undefined {
  const count = new Map<number, number>();
  for (const k of keyFigures) {
    if (k.kind !== 'cost') continue;
    for (const y of k.yearsWithValues ?? []) count.set(y, (count.get(y) ?? 0) + 1);
  }
  const most = Math.max(0, ...count.values());
  const rich = [...count].filter(([, n]) => n * 2 >= most).map(([y]) => y);
  return rich.length > 0 ? Math.max(...rich) : packageYears(keyFigures)[0];
}

/**
 * The first year of a development window: the earliest year with a value among the last
 * `span` years up to `to`, but not before the figure's latest break in that window (a change
 * of definition is never bridged). Undefined when fewer than two years are left.
 * @example developmentStart([2012, 2015, 2018, 2019], 2019, 8, [2018]) // 2018
 */
export function developmentStart(
  yearsWithValues: readonly number[],
  to: number,
  span: number,
  breakYears: readonly number[] = [],
): number | undefined {
  const lastBreak = Math.max(-Infinity, ...breakYears.filter((b) => b > to - span && b <= to));
  const window = yearsWithValues.filter((y) => y <= to && y > to - span && y >= lastBreak);
  const from = Math.min(...window);
  return window.length >= 2 && Number.isFinite(from) && from < to ? from : undefined;
}
