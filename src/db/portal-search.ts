import { HIT_START, HIT_STOP, type ItemStatus } from '../core/index.ts';
import type { Queryable } from './database.ts';
import { ITEM_SELECT, toItem, type ItemRow } from './portal-items.ts';

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

async function itemsByRank(db: Queryable, ranked: ReadonlyArray<{ id: number; rank: number }>) {
  if (ranked.length === 0) return [];
  const rows = await db.query<ItemRow>(`${ITEM_SELECT} WHERE i.id = ANY($1::int[])`, [
    ranked.map((r) => r.id),
  ]);
  const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
  return ranked.flatMap((r) => {
    const item = byId.get(r.id);
    return item ? [{ ...item, rank: r.rank }] : [];
  });
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

/** The typo fallback: visible items whose title and summary are close in trigrams to the words. */
export async function trigramItems(
  db: Queryable,
  words: string,
  viewer: Viewer,
  status?: ItemStatus,
  threshold = 0.5,
) {
  const vis = visibleTo(viewer, status, 3);
  const ranked = await db.query<{ id: number; rank: number }>(
    `SELECT i.id, word_similarity($1, i.search_text)::float8 AS rank FROM portal_items i
      WHERE word_similarity($1, i.search_text) >= $2 AND ${vis.sql}
      ORDER BY rank DESC, i.id DESC LIMIT 200`,
    [words, threshold, ...vis.params],
  );
  return itemsByRank(db, ranked);
}

/** The stems the portal's items contain (ts_stat over all items). */
export async function portalVocabulary(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ word: string }>(
    `SELECT word FROM ts_stat('SELECT search FROM portal_items')`,
  );
  return new Set(rows.map((r) => r.word));
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
