/**
 * The explorer's colours (each at least 3:1 against white, WCAG 1.4.11). Colour never works
 * alone: the chosen municipality and its peers also get a marker and a label in every chart.
 */
export const COLOURS = {
  chosen: '#0b5cad',
  peer: '#b45309',
  other: '#8593a1',
  ink: '#1b1f24',
  muted: '#4a5562',
} as const;

/** Line colours for up to five municipalities picked for the development chart. */
export const PICKED = ['#0b5cad', '#b45309', '#1d6b3a', '#9d174d', '#5b21b6'] as const;

/** Text markers that carry the same meaning as the colours. */
export const MARKERS = { chosen: '◆', peer: '●' } as const;

export type Role = 'chosen' | 'peer' | 'other';

/** A municipality's role on the page: the chosen one, one of its peers, or another. */
export function roleOf(code: string, chosen: string | null, peers: ReadonlySet<string>): Role {
  return code === chosen ? 'chosen' : peers.has(code) ? 'peer' : 'other';
}
