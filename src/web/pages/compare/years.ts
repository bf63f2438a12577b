/** The part of a key figure that says which years it has numbers for. */
interface Covered {
  readonly yearsWithValues?: readonly number[];
}

/**
 * The years a theme can be compared in, newest first: those from `from` on in which at least
 * one of its figures has a number (the figures' yearsWithValues), and the `chosen` year (from
 * the URL) even without numbers, so the choice stays visible and the page says what lacks it.
 * @example themeYears([{ yearsWithValues: [2006, 2018] }, { yearsWithValues: [2019] }], 2007)
 * // [2019, 2018]
 */
export function themeYears(
  figures: readonly Covered[],
  from: number,
  chosen: number | null = null,
): number[] {
  const years = new Set(figures.flatMap((k) => k.yearsWithValues ?? []).filter((y) => y >= from));
  if (chosen !== null && Number.isInteger(chosen)) years.add(chosen);
  return [...years].sort((a, b) => b - a);
}
