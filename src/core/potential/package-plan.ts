import { InvalidInputError } from '../diagnostics/index.ts';
import type { KeyFigure } from '../key-figures/index.ts';

/**
 * The order in which a package considers key figures, and which pairs overlap, worked out
 * once per catalogue and reused for every municipality, year and level.
 */
export interface PackagePlan {
  /** The figures that can be summed, in the order they are tried. */
  readonly order: readonly string[];
  /** Position in `order` by id. */
  readonly rank: ReadonlyMap<string, number>;
  /** overlaps[a·m + b] = 1 when order[a] and order[b] must never both be summed. */
  readonly overlaps: Uint8Array;
  readonly byId: ReadonlyMap<string, KeyFigure>;
}

/** The overlap rule in Danish, for reports and JSON. */
export const OVERLAP_RULE_DA =
  'Kun nøgletal der ikke overlapper, lægges sammen: de mest specifikke nøgletal (flest ' +
  'overliggende niveauer) prøves først, ved lige mange i alfabetisk orden efter id, og et ' +
  'nøgletal springes over, hvis det overlapper et nøgletal, der allerede er talt med ' +
  '(over- eller underliggende nøgletal eller fælles udgifter).';

/**
 * True when a package may sum the figure: a cost (kind "cost") that is lower-is-better and
 * has a volume, so that its potential is money. Quality, activity, structure and finance
 * figures are shown beside a package, never added to it.
 * @example isSummable(findCatalogueEntry('udgifter-aeldre-pr-67-aarig')) // true
 */
export function isSummable(figure: KeyFigure): boolean {
  return (
    figure.kind === 'cost' && figure.polarity === 'lower-is-better' && figure.volume !== undefined
  );
}

/**
 * Two figures overlap when either lists the other in `overlaps`, or one is an ancestor of the
 * other through `parent` (a figure and its sub-figure are never added together).
 * @example figuresOverlap(elderly67, netOperatingCosts, byId) // true: an ancestor
 */
export function figuresOverlap(
  a: KeyFigure,
  b: KeyFigure,
  byId: ReadonlyMap<string, KeyFigure>,
): boolean {
  if (a.id === b.id) return true;
  return (
    a.overlaps.includes(b.id) ||
    b.overlaps.includes(a.id) ||
    ancestorsOf(a, byId).includes(b.id) ||
    ancestorsOf(b, byId).includes(a.id)
  );
}

/**
 * Plans the packages of a catalogue. The rule (deterministic, documented in OVERLAP_RULE_DA):
 * summable figures are tried most specific first, i.e. by the number of ancestors through
 * `parent`, descending (leaves of the tree before their parents), then by id; a figure is
 * skipped when it overlaps one already included. Preferring the specific figures keeps the
 * package as detailed as the data allow and avoids summing a total with its own parts.
 * Throws InvalidInputError for a catalogue that lists an id twice.
 * @example planPackage(CATALOGUE).order[0] // a leaf, e.g. 'udgifter-aeldre-pr-67-aarig'
 */
export function planPackage(catalogue: readonly KeyFigure[]): PackagePlan {
  const byId = new Map<string, KeyFigure>();
  for (const f of catalogue) {
    if (byId.has(f.id))
      throw new InvalidInputError(`Nøgletallet ${f.id} står to gange`, 'catalogue');
    byId.set(f.id, f);
  }
  const depth = (f: KeyFigure): number => ancestorsOf(f, byId).length;
  const summable = catalogue.filter(isSummable);
  const order = summable
    .map((f) => ({ f, d: depth(f) }))
    .sort((x, y) => y.d - x.d || (x.f.id < y.f.id ? -1 : x.f.id > y.f.id ? 1 : 0))
    .map((x) => x.f);
  const m = order.length;
  const overlaps = new Uint8Array(m * m);
  for (const [a, fa] of order.entries()) {
    for (const [b, fb] of order.entries()) {
      if (figuresOverlap(fa, fb, byId)) overlaps[a * m + b] = 1;
    }
  }
  return {
    order: order.map((f) => f.id),
    rank: new Map(order.map((f, i) => [f.id, i])),
    overlaps,
    byId,
  };
}

function ancestorsOf(f: KeyFigure, byId: ReadonlyMap<string, KeyFigure>): string[] {
  const out: string[] = [];
  const seen = new Set<string>([f.id]);
  for (let p = f.parent; p !== undefined && !seen.has(p); p = byId.get(p)?.parent) {
    seen.add(p);
    out.push(p);
  }
  return out;
}
