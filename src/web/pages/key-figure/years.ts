/**
 * The years in which some municipality has a number, ascending (the API's yearsWithValues);
 * empty when it has none. The span firstYear..lastYear is not used: it may also cover years
 * whose rows hold only "M"/"U" marks.
 * @example valueYears({ yearsWithValues: [2018, 2019] }) // [2018, 2019]
 */
export function valueYears(
  k: { readonly yearsWithValues?: readonly number[] } | undefined,
): number[] {
  return [...(k?.yearsWithValues ?? [])].sort((a, b) => a - b);
}

/** The year in `years` nearest to `year` (the later one on a tie); null when there are none. */
export function nearestYear(years: readonly number[], year: number): number | null {
  let best: number | null = null;
  for (const y of years) {
    if (
      best === null ||
      Math.abs(y - year) < Math.abs(best - year) ||
      (Math.abs(y - year) === Math.abs(best - year) && y > best)
    )
      best = y;
  }
  return best;
}

/**
 * Years as ranges, for reading: consecutive years joined with an en dash.
 * @example compactYears([2007, 2008, 2009, 2011]) // "2007–2009, 2011"
 */
export function compactYears(years: readonly number[]): string {
  const parts: string[] = [];
  if (years.length === 0) return '';
  let start = years[0] as number;
  let prev = start;
  for (const y of [...years.slice(1), Infinity]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(', ');
}
