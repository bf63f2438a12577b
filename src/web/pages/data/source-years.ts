/** The years one source has figures for, over the key figures it supplies. */
export interface SourceYears {
  /** The catalogue's source kind: noegletal, regk31, statbank, tidy, … */
  readonly source: string;
  /** Key figures of this source with values in at least one year. */
  readonly keyFigures: number;
  readonly firstYear: number;
  readonly lastYear: number;
}

/** The order sources are listed in: the ministry's figures first, then Statistics Denmark's. */
const ORDER = ['noegletal', 'regk31', 'statbank', 'tidy'];

/**
 * Groups key figures by source and finds the first and last year in which some municipality
 * has a number (the figures' yearsWithValues; years whose rows hold only "M"/"U" marks do not
 * count); figures without numbers are not counted, and a source with none is left out.
 * @example yearsBySource([{ source: 'regk31', yearsWithValues: [2020, 2024] }])
 * // [{ source: 'regk31', keyFigures: 1, firstYear: 2020, lastYear: 2024 }]
 */
export function yearsBySource(
  figures: readonly { readonly source: string; readonly yearsWithValues?: readonly number[] }[],
): SourceYears[] {
  const bySource = new Map<string, SourceYears>();
  for (const f of figures) {
    const years = f.yearsWithValues ?? [];
    if (years.length === 0) continue;
    const seen = bySource.get(f.source);
    bySource.set(f.source, {
      source: f.source,
      keyFigures: (seen?.keyFigures ?? 0) + 1,
      firstYear: Math.min(seen?.firstYear ?? Infinity, ...years),
      lastYear: Math.max(seen?.lastYear ?? -Infinity, ...years),
    });
  }
  const rank = (s: string) => {
    const i = ORDER.indexOf(s);
    return i < 0 ? ORDER.length : i;
  };
  return [...bySource.values()].sort(
    (a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source),
  );
}

/**
 * A file's name and the folder it was imported from, for showing the name first.
 * @example splitPath('../shared/data/raw/x/full.csv') // { name: 'full.csv', folder: '../shared/data/raw/x' }
 */
export function splitPath(path: string): { readonly name: string; readonly folder: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0
    ? { name: path, folder: '' }
    : { name: path.slice(cut + 1), folder: path.slice(0, cut) };
}
