/** The query parameter that names the themes shown in full. */
export const OPEN_PARAM = 'open';
/** Its value when every theme is open. */
export const ALL_OPEN = 'all';
/** How many figures a closed theme shows: its largest potentials. */
export const TOP_LINES = 3;

/**
 * The open themes from the URL's value: `all`, or theme ids separated by commas. Ids that are
 * not among the package's themes are left out (an old link stays usable).
 * @example parseOpenThemes('children-young,nope', ['children-young', 'finance']) // Set {'children-young'}
 */
export function parseOpenThemes(
  value: string | null,
  themes: readonly string[],
): ReadonlySet<string> {
  if (!value) return new Set();
  if (value === ALL_OPEN) return new Set(themes);
  const asked = new Set(value.split(',').map((s) => s.trim()));
  return new Set(themes.filter((t) => asked.has(t)));
}

/**
 * The URL's value for a set of open themes: '' for none, `all` for every theme, else the ids
 * in the package's order, so one view has one address.
 * @example formatOpenThemes(new Set(['finance', 'children-young']), ['children-young', 'finance']) // 'all'
 */
export function formatOpenThemes(open: ReadonlySet<string>, themes: readonly string[]): string {
  const listed = themes.filter((t) => open.has(t));
  if (listed.length === 0) return '';
  if (listed.length === themes.length) return ALL_OPEN;
  return listed.join(',');
}

/**
 * A theme's rows in the order the table shows them, largest potential first (figures without
 * a potential last, in the package's order), split into the top lines a closed theme shows
 * and the rest. A theme with at most one row beyond the top lines shows them all.
 * @example splitRows(rows).top.length // 3
 */
export function splitRows<R extends { readonly potential: number | null }>(
  rows: readonly R[],
  top = TOP_LINES,
): { readonly top: readonly R[]; readonly rest: readonly R[] } {
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const pa = a.row.potential ?? -Infinity;
      const pb = b.row.potential ?? -Infinity;
      return pb - pa || a.i - b.i;
    })
    .map((x) => x.row);
  if (sorted.length <= top + 1) return { top: sorted, rest: [] };
  return { top: sorted.slice(0, top), rest: sorted.slice(top) };
}

/** The id of a figure's row under a theme, for links from the overview. */
export const rowAnchor = (theme: string, keyFigureId: string) => `tema-${theme}-${keyFigureId}`;
