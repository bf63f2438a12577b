import {
  applyFilters,
  compoundCuts,
  facetCounts,
  fuzzySnippet,
  queryWords,
  snippetParts,
  termsFor,
  tsQueryText,
  type ItemFilters,
  type ItemStatus,
} from '../../core/index.ts';
import {
  danishStems,
  fullTextItems,
  headlines,
  itemBodies,
  listVisibleItems,
  portalVocabulary,
  trigramItems,
  type Queryable,
  type Viewer,
} from '../../db/index.ts';
import { bodyText } from './markdown.ts';
import { presentSummary } from './present.ts';

export interface PortalSearch {
  readonly q?: string;
  readonly filters: ItemFilters;
  readonly status?: ItemStatus;
  readonly limit: number;
  readonly offset: number;
}

/**
 * A portal search (DESIGN.md §3.10): Danish full text with compound parts, else the trigram
 * fallback for typos, else full text with a compound's known first part alone, else nothing;
 * the filters and facets over the matches; highlighted snippets for the page of results.
 */
export async function searchPortal(db: Queryable, search: PortalSearch, viewer: Viewer) {
  const words = queryWords(search.q ?? '');
  let method: 'all' | 'fulltext' | 'trigram' = 'all';
  let tsquery = '';
  let found;
  if (words.length === 0) found = await listVisibleItems(db, viewer, search.status);
  else {
    const cuts = words.flatMap((w) => compoundCuts(w).flat());
    const [stems, vocabulary] = await Promise.all([
      danishStems(db, [...words, ...cuts]),
      portalVocabulary(db),
    ]);
    tsquery = tsQueryText(termsFor(words, stems, vocabulary));
    found = await fullTextItems(db, tsquery, viewer, search.status);
    method = 'fulltext';
    if (found.length === 0) {
      found = await trigramItems(db, words.join(' '), viewer, search.status);
      method = 'trigram';
    }
    if (found.length === 0) {
      // Last: a compound whose first part alone is known ("ældreområdet" finds "ældre").
      const loose = tsQueryText(termsFor(words, stems, vocabulary, true));
      if (loose !== tsquery) {
        tsquery = loose;
        found = await fullTextItems(db, tsquery, viewer, search.status);
        method = 'fulltext';
      }
    }
  }
  const matching = applyFilters(found, search.filters);
  const page = matching.slice(search.offset, search.offset + search.limit);
  const bodies =
    method === 'fulltext'
      ? await itemBodies(
          db,
          page.map((i) => i.id),
        )
      : new Map();
  const snippets =
    method === 'fulltext'
      ? (
          await headlines(
            db,
            page.map((i) => `${i.summary} ${bodyText(bodies.get(i.id) ?? '')}`),
            tsquery,
          )
        ).map(snippetParts)
      : page.map((i) =>
          method === 'trigram'
            ? fuzzySnippet(i.summary, words)
            : [{ text: i.summary, mark: false }],
        );
  return {
    items: page.map((item, k) => presentSummary(item, snippets[k] ?? [])),
    total: matching.length,
    method,
    facets: facetCounts(found, search.filters),
  };
}
