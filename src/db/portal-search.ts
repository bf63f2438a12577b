import { HIT_START, HIT_STOP, type ItemStatus, type ItemSummaryFields } from '../core/index.ts';
import type { Queryable } from './database.ts';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './portal-items.ts';

// Search in the portal with PostgreSQL's own tools, the same SQL on both engines: the `danish`
// text search configuration over the weighted tsvector, pg_trgm for typos, ts_headline for the
// snippets, ts_stat for the vocabulary that compound splitting checks parts against.

/** Who searches: what drafts they may see besides the published items. */
export type Viewer =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly userId: number;
      readonly national: boolean;
      readonly municipalities: readonly string[];
    };

/**
 * The SQL condition for the items a viewer may see, with its parameters from `$first` on:
 * everyone sees published ones; an author her own; a municipality's editors their
 * municipality's; national editors all. Archived items only when asked for by status.
 */
export function visibleTo(viewer: Viewer, status: ItemStatus | undefined, first: number) {
  const statusSql = status === undefined ? `i.status <> 'archived'` : `i.status = $${first + 3}`;
  if (viewer.kind === 'anonymous')
    return {
      sql: `i.status = 'published' AND ${status === undefined ? 'true' : `i.status = $${first}`}`,
      params: status === undefined ? [] : [status],
    };
  return {
    sql: `(i.status = 'published' OR i.author_id = $${first} OR $${first + 1}::boolean
           OR i.municipality = ANY($${first + 2}::text[])) AND ${statusSql}`,
    params: [
      viewer.userId,
      viewer.national,
      [...viewer.municipalities],
      ...(status === undefined ? [] : [status]),
    ],
  };
}

/** The listed fields of the ranked items, in rank order: no body, no attachments (a search). */
async function itemsByRank(db: Queryable, ranked: ReadonlyArray<{ id: number; rank: number }>) {
  if (ranked.length === 0) return [];
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM portal_items WHERE id = ANY($1::int[])`,
    [ranked.map((r) => r.id)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap((r): Array<ItemSummaryFields & { rank: number }> => {
    const row = byId.get(r.id);
    return row ? [{ ...toSummary(row), rank: r.rank }] : [];
  });
}

/** The bodies of some items, by id (the snippets of a page of results). */
export async function itemBodies(
  db: Queryable,
  ids: readonly number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: number; body: string }>(
    'SELECT id, body FROM portal_items WHERE id = ANY($1::int[])',
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.body]));
}

/** The visible items, newest first (a search without words). */
export async function listVisibleItems(db: Queryable, viewer: Viewer, status?: ItemStatus) {
  const vis = visibleTo(viewer, status, 1);
  const ranked = await db.query<{ id: number; rank: number }>(
    `SELECT i.id, 0::float8 AS rank FROM portal_items i WHERE ${vis.sql}
     ORDER BY coalesce(i.published_at, i.updated_at) DESC, i.id DESC`,
    vis.params,
  );
  return itemsByRank(db, ranked);
}

/** The visible items matching a tsquery text (core tsQueryText), best rank first. */
export async function fullTextItems(
  db: Queryable,
  tsquery: string,
  viewer: Viewer,
  status?: ItemStatus,
) {
  const vis = visibleTo(viewer, status, 2);
  const ranked = await db.query<{ id: number; rank: number }>(
    `SELECT i.id, ts_rank(i.search, q)::float8 AS rank
       FROM portal_items i, to_tsquery('danish', $1) q
      WHERE i.search @@ q AND ${vis.sql}
      ORDER BY rank DESC, coalesce(i.published_at, i.updated_at) DESC, i.id DESC`,
    [tsquery, ...vis.params],
  );
  return itemsByRank(db, ranked);
}

/**
 * The typo fallback: visible items whose title and summary hold an extent close in trigrams to
 * the words (pg_trgm's `<%`: word_similarity at least pg_trgm.word_similarity_threshold, 0.6 by
 * default), best first. The operator, unlike the function, can use the trigram index.
 */
export async function trigramItems(
  db: Queryable,
  words: string,
  viewer: Viewer,
  status?: ItemStatus,
) {
  const vis = visibleTo(viewer, status, 2);
  const ranked = await db.query<{ id: number; rank: number }>(
    `SELECT i.id, word_similarity($1, i.search_text)::float8 AS rank FROM portal_items i
      WHERE $1 <% i.search_text AND ${vis.sql}
      ORDER BY rank DESC, i.id DESC LIMIT 200`,
    [words, ...vis.params],
  );
  return itemsByRank(db, ranked);
}

const vocabularies = new WeakMap<Queryable, { version: string; words: Set<string> }>();

/**
 * The stems the portal's items contain (ts_stat over all items), kept per database until an
 * item changes (portalVersion), since ts_stat reads every item.
 */
export async function portalVocabulary(db: Queryable): Promise<Set<string>> {
  const version = await portalVersion(db);
  const known = vocabularies.get(db);
  if (known?.version === version) return known.words;
  const rows = await db.query<{ word: string }>(
    `SELECT word FROM ts_stat('SELECT search FROM portal_items')`,
  );
  const words = new Set(rows.map((r) => r.word));
  vocabularies.set(db, { version, words });
  return words;
}

/** The `danish` stem of each word (absent for a stop word). */
export async function danishStems(
  db: Queryable,
  words: readonly string[],
): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const rows = await db.query<{ x: string; s: string | null }>(
    `SELECT x, (ts_lexize('danish_stem', x))[1] AS s FROM unnest($1::text[]) x`,
    [[...new Set(words)]],
  );
  return new Map(rows.flatMap((r) => (r.s === null ? [] : [[r.x, r.s] as [string, string]])));
}

/** ts_headline of each text for the tsquery, hits between HIT_START and HIT_STOP. */
export async function headlines(
  db: Queryable,
  texts: readonly string[],
  tsquery: string,
): Promise<string[]> {
  if (texts.length === 0) return [];
  const options = `StartSel=${HIT_START}, StopSel=${HIT_STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  const rows = await db.query<{ h: string }>(
    `SELECT ts_headline('danish', u.t, to_tsquery('danish', $2), $3) AS h
       FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n) ORDER BY u.n`,
    [[...texts], tsquery, options],
  );
  return rows.map((r) => r.h);
}

/** A version of the portal's items: it changes with every write. */
export async function portalVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ v: string }>(
    `SELECT count(*)::text || '.' || coalesce(sum(version), 0)::text AS v FROM portal_items`,
  );
  return row?.v ?? '0';
}
