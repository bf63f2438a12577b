import type { ItemKind, ItemStatus, ItemTheme, ItemTopic } from './item.ts';

/** What a facet counts and a filter narrows: the listed fields of an item. */
export interface FacetSource {
  readonly kind: ItemKind;
  readonly themes: readonly ItemTheme[];
  readonly topics: readonly ItemTopic[];
  readonly municipalities: readonly string[];
  readonly keyFigures: readonly string[];
  readonly startYear: number | null;
  readonly status: ItemStatus;
}

/** The filters of a search; each narrows to items that have the value. */
export interface ItemFilters {
  readonly kind?: string;
  readonly theme?: string;
  readonly topic?: string;
  readonly municipality?: string;
  readonly keyFigure?: string;
  readonly year?: number;
}

export const FACETS = ['kind', 'theme', 'topic', 'municipality', 'keyFigure', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

function values(item: FacetSource, facet: Facet): readonly string[] {
  switch (facet) {
    case 'kind':
      return [item.kind];
    case 'theme':
      return item.themes;
    case 'topic':
      return item.topics;
    case 'municipality':
      return item.municipalities;
    case 'keyFigure':
      return item.keyFigures;
    case 'year':
      return item.startYear === null ? [] : [String(item.startYear)];
  }
}

function filterValue(filters: ItemFilters, facet: Facet): string | undefined {
  const v = filters[facet];
  return v === undefined ? undefined : String(v);
}

/** Does the item pass every filter, except the one of `skip`? */
function passes(item: FacetSource, filters: ItemFilters, skip?: Facet): boolean {
  return FACETS.every((facet) => {
    const want = filterValue(filters, facet);
    return facet === skip || want === undefined || values(item, facet).includes(want);
  });
}

/** The items that pass all filters, in their order. */
export function applyFilters<T extends FacetSource>(
  items: readonly T[],
  filters: ItemFilters,
): T[] {
  return items.filter((item) => passes(item, filters));
}

/**
 * The counts per facet value, each facet counted over the items that pass the *other* filters
 * (so choosing a kind still shows how many items the other kinds have). Most items first,
 * then by value.
 * @example facetCounts([{ kind: 'case', themes: [], topics: [], municipalities: ['766'], keyFigures: [], startYear: 2014, status: 'published' }], { kind: 'tool' }).kind // [{ value: 'case', count: 1 }]
 */
export function facetCounts(
  items: readonly FacetSource[],
  filters: ItemFilters,
): Record<Facet, FacetCount[]> {
  const out = {} as Record<Facet, FacetCount[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const item of items)
      if (passes(item, filters, facet))
        for (const v of new Set(values(item, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
    out[facet] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'da'));
  }
  return out;
}
