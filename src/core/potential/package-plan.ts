import { InvalidInputError } from '../diagnostics/index.ts';
import type { KeyFigure, Theme } from '../key-figures/index.ts';

/**
 * The figures a package may sum, which pairs overlap, and where each is counted, worked out
 * once per catalogue and reused for every municipality, year and level.
 */
export interface PackagePlan {
  /**
   * The figures a package may sum (summable and not cross-area aggregates), sorted by id:
   * every search and every sum goes through them in this order.
   */
  readonly order: readonly string[];
  /** Position in `order` by id. */
  readonly rank: ReadonlyMap<string, number>;
  /** overlaps[a·m + b] = 1 when order[a] and order[b] must never both be summed (and a = b). */
  readonly overlaps: Uint8Array;
  /** Per position in `order`: the theme whose total counts the figure, its first theme. */
  readonly countingTheme: readonly Theme[];
  /** Per position in `order`: 1 when its volume is an age group (`volume.share`). */
  readonly ageGroup: Uint8Array;
  /** The figures marked as cross-area aggregates: shown beside the sum, never in it. */
  readonly aggregates: ReadonlySet<string>;
  readonly byId: ReadonlyMap<string, KeyFigure>;
}

/** The overlap rule in Danish, for reports and JSON (DESIGN.md §3.4a). */
export const OVERLAP_RULE_DA =
  'Pakken lægger kun nøgletal sammen, der ikke overlapper. Samlede niveauer på tværs af ' +
  'områder (fx serviceudgifter, nettodriftsudgifter og udgifter i alt pr. indbygger) lægges ' +
  'aldrig sammen, men vises ved siden af pakken som det samlede niveau. Nøgletal, der ' +
  'overlapper (et område og dets dele, eller nøgletal med fælles udgifter), udgør en familie; ' +
  'i hver familie tælles det sæt af nøgletal uden indbyrdes overlap, der dækker flest penge ' +
  '(kommunens egen udgift, enhedsudgift × volumen, lagt sammen). Ved lige mange penge vælges ' +
  'flest nøgletal pr. aldersgruppe, dernæst flest nøgletal, dernæst efter id i alfabetisk ' +
  'orden. En familie med mere end 20 nøgletal vælges i stedet grådigt, største udgift først, ' +
  'og pakken siger det. Hvert nøgletal tælles under ét tema, sit første, så temaernes summer ' +
  'giver pakkens sum; vises det også under et andet tema, står der, hvor det er talt med.';

/** The overlap rule in English (DESIGN.md §3.4a). */
export const OVERLAP_RULE_EN =
  'A package adds up only figures that do not overlap. Cross-area aggregates (e.g. service ' +
  'expenditure, net operating expenditure and total expenditure per inhabitant) are never ' +
  'added; they are shown beside the package as the overall level. Figures that overlap (an ' +
  'area and its parts, or figures sharing expenditure) form a family; in each family the ' +
  'package counts the set of mutually non-overlapping figures that covers the most money ' +
  "(the municipality's own expenditure, unit cost × volume, summed). Ties go to more figures " +
  'per age group, then more figures, then ids in alphabetical order. A family of more than ' +
  '20 figures is chosen greedily instead, largest expenditure first, and the package says so. ' +
  'Every figure counts in exactly one theme, its first, so the theme totals add up to the ' +
  'package total; a figure also shown under another theme says where it is counted.';

/**
 * True when a figure's potential is money that a package could add: a cost (kind "cost")
 * that is lower-is-better and has a volume. Quality, activity, structure and finance figures
 * are shown beside a package, never added to it. A cross-area aggregate is summable in this
 * sense (its potential is money and is computed) but never summed: see isAggregate.
 * @example isSummable(findCatalogueEntry('udgifter-aeldre-pr-67-aarig')) // true
 */
export function isSummable(figure: KeyFigure): boolean {
  return (
    figure.kind === 'cost' && figure.polarity === 'lower-is-better' && figure.volume !== undefined
  );
}

/**
 * True for a cross-area aggregate (e.g. Serviceudgifter pr. indb.): shown beside a package as
 * the overall level, never summed in it.
 * @example isAggregate(findCatalogueEntry('serviceudgifter-pr-indb')) // true
 */
export function isAggregate(figure: KeyFigure): boolean {
  return figure.aggregate === true;
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
 * Plans the packages of a catalogue (the rule: OVERLAP_RULE_DA, DESIGN.md §3.4a): the
 * summable figures that are not aggregates, sorted by id, with their overlaps, counting
 * themes and whether their volume is an age group.
 * Throws InvalidInputError for a catalogue that lists an id twice, or a summable figure
 * without a theme (it could not be counted anywhere).
 * @example planPackage(CATALOGUE).order.includes('serviceudgifter-pr-indb') // false
 */
export function planPackage(catalogue: readonly KeyFigure[]): PackagePlan {
  const byId = new Map<string, KeyFigure>();
  for (const f of catalogue) {
    if (byId.has(f.id))
      throw new InvalidInputError(`Nøgletallet ${f.id} står to gange`, 'catalogue');
    byId.set(f.id, f);
  }
  const order = catalogue
    .filter((f) => isSummable(f) && !isAggregate(f))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const countingTheme = order.map((f) => {
    const theme = f.themes[0];
    if (theme === undefined)
      throw new InvalidInputError(`Nøgletallet ${f.id} har intet tema`, 'catalogue');
    return theme;
  });
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
    countingTheme,
    ageGroup: Uint8Array.from(order, (f) => (f.volume?.share === undefined ? 0 : 1)),
    aggregates: new Set(catalogue.filter((f) => isAggregate(f)).map((f) => f.id)),
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
