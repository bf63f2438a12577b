/** One variable's share of a peer's squared distance. */
export interface Share {
  readonly variable: string;
  readonly share: number;
}

/**
 * Why a municipality is a peer, from its per-variable shares of the squared distance: the
 * variables it is closest on (smallest shares) and those it differs most on (largest, when
 * they matter: at least 15 % of the distance).
 * @example explainPeer({ a: 0.6, b: 0.3, c: 0.1 }) // { closest: [c, b], furthest: [a, b] }
 */
export function explainPeer(
  contributions: Readonly<Record<string, number>>,
  count = 2,
): { readonly closest: readonly Share[]; readonly furthest: readonly Share[] } {
  const shares = Object.entries(contributions)
    .filter(([, s]) => Number.isFinite(s))
    .map(([variable, share]) => ({ variable, share }))
    .sort((a, b) => a.share - b.share || (a.variable < b.variable ? -1 : 1));
  const closest = shares.slice(0, count);
  const furthest = shares
    .slice()
    .reverse()
    .filter((s) => s.share >= 0.15)
    .slice(0, count);
  return { closest, furthest };
}
