/** A figure of a package theme as the answers carry it: enough to rank its potential. */
export interface RankableFigure {
  readonly keyFigureId: string;
  readonly status: string;
  /** The signed potential, kr.; positive = room to spend less. */
  readonly potential: number | null;
  /** Set when the figure is counted under another theme than the one it is listed under. */
  readonly countedIn?: string | null;
}

/** One of the largest potentials: the figure and the theme whose total counts it. */
export interface RankedPotential<T, F> {
  /** 1 for the largest. */
  readonly rank: number;
  readonly theme: T;
  readonly figure: F;
}

/**
 * The n largest positive potentials of a package across its themes, largest first (ties by
 * key-figure id): only figures counted in the package total (status `included`), each once,
 * under the theme whose total counts it. Figures at or below their benchmark (potential ≤ 0)
 * are not "potentials" and are left out, so the list can be shorter than n. Works on the
 * engine's package and on the API's JSON alike (the screen's top 10 and waterfall, with n =
 * Infinity for the whole ranking, and the XLSX summary).
 * @example topPotentials(pkg.themes, 10)[0]?.figure.keyFigureId // the largest potential's figure
 */
export function topPotentials<T extends { readonly figures: readonly RankableFigure[] }>(
  themes: readonly T[],
  n = 10,
): readonly RankedPotential<T, T['figures'][number]>[] {
  type F = T['figures'][number];
  const seen = new Set<string>();
  const candidates: { theme: T; figure: F; potential: number }[] = [];
  for (const theme of themes) {
    for (const figure of theme.figures) {
      const p = figure.potential;
      if (figure.status !== 'included' || (figure.countedIn ?? null) !== null) continue;
      if (p === null || !Number.isFinite(p) || p <= 0 || seen.has(figure.keyFigureId)) continue;
      seen.add(figure.keyFigureId);
      candidates.push({ theme, figure, potential: p });
    }
  }
  candidates.sort(
    (a, b) =>
      b.potential - a.potential ||
      (a.figure.keyFigureId < b.figure.keyFigureId
        ? -1
        : a.figure.keyFigureId > b.figure.keyFigureId
          ? 1
          : 0),
  );
  return candidates
    .slice(0, Math.max(0, n))
    .map((c, i) => ({ rank: i + 1, theme: c.theme, figure: c.figure }));
}
