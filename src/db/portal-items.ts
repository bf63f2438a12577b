import {
  NotFoundError,
  PotentialeError,
  type AttachmentInfo,
  type ItemFields,
  type ItemSummaryFields,
  type PortalItem,
} from '../core/index.ts';
import type { Queryable } from './database.ts';
import { listVersions, type SavedVersion } from './versions.ts';

// The knowledge portal's items (migration 0007): create, edit with a version row each time,
// read one, list the published ones, and the version history.

export interface ItemRow extends SummaryRow {
  body: string;
  contact: unknown;
  links: unknown;
  sources: unknown;
  initiative_id: number | null;
  version: number;
  author_id: number | null;
  author_email: string | null;
  created_at: Date | string;
  attachments: unknown;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** The columns every read selects, with the author's email and the attachments' metadata. */
export const ITEM_SELECT = `SELECT i.id, i.kind, i.title, i.summary, i.body, i.themes, i.topics,
    i.key_figures, i.municipalities, i.municipality, i.start_year, i.contact, i.links, i.sources,
    i.status, i.example, i.initiative_id, i.version, i.author_id, u.email AS author_email,
    i.created_at, i.updated_at, i.published_at,
    coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name, 'mime', a.mime,
                'size', a.size) ORDER BY a.id)
              FROM portal_attachments a WHERE a.item_id = i.id), '[]') AS attachments
  FROM portal_items i LEFT JOIN users u ON u.id = i.author_id`;

/** The columns every list reads: an item's listed fields (no body, contact or attachments). */
export interface SummaryRow {
  id: number;
  kind: string;
  title: string;
  summary: string;
  themes: string[];
  topics: string[];
  key_figures: string[];
  municipalities: string[];
  municipality: string | null;
  start_year: number | null;
  status: string;
  example: boolean;
  updated_at: Date | string;
  published_at: Date | string | null;
}

export const SUMMARY_COLUMNS = `id, kind, title, summary, themes, topics, key_figures,
  municipalities, municipality, start_year, status, example, updated_at, published_at`;

/** A row's listed fields. */
export function toSummary(r: SummaryRow): ItemSummaryFields {
  return {
    id: r.id,
    kind: r.kind as ItemFields['kind'],
    title: r.title,
    summary: r.summary,
    themes: r.themes as ItemFields['themes'],
    topics: r.topics as ItemFields['topics'],
    keyFigures: r.key_figures,
    municipalities: r.municipalities,
    municipality: r.municipality,
    startYear: r.start_year,
    status: r.status as ItemFields['status'],
    example: r.example,
    updatedAt: iso(r.updated_at),
    publishedAt: r.published_at === null ? null : iso(r.published_at),
  };
}

export function toItem(r: ItemRow): PortalItem & { readonly authorEmail: string | null } {
  return {
    ...toSummary(r),
    version: r.version,
    body: r.body,
    contact: json<ItemFields['contact']>(r.contact),
    links: json<ItemFields['links']>(r.links),
    sources: json<ItemFields['sources']>(r.sources),
    initiativeId: r.initiative_id,
    authorId: r.author_id,
    authorName: r.author_email,
    authorEmail: r.author_email,
    createdAt: iso(r.created_at),
    attachments: json<AttachmentInfo[]>(r.attachments),
  };
}

/** The fields of an item as stored in a version row (what the history compares). */
export function fieldsOf(item: ItemFields): ItemFields {
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    body: item.body,
    themes: item.themes,
    topics: item.topics,
    keyFigures: item.keyFigures,
    municipalities: item.municipalities,
    municipality: item.municipality,
    startYear: item.startYear,
    contact: item.contact,
    links: item.links,
    sources: item.sources,
    status: item.status,
    example: item.example,
    initiativeId: item.initiativeId,
  };
}

const params = (f: ItemFields) => [
  f.kind,
  f.title,
  f.summary,
  f.body,
  [...f.themes],
  [...f.topics],
  [...f.keyFigures],
  [...f.municipalities],
  f.municipality,
  f.startYear,
  f.contact === null ? null : JSON.stringify(f.contact),
  JSON.stringify(f.links),
  JSON.stringify(f.sources),
  f.status,
  f.example,
  f.initiativeId,
];

async function addVersion(
  db: Queryable,
  id: number,
  version: number,
  authorId: number | null,
  fields: ItemFields,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO portal_item_versions (item_id, version, at, author_id, snapshot)
     VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [id, version, now.toISOString(), authorId, JSON.stringify(fieldsOf(fields))],
  );
}

/** Reads one item, with its attachments' metadata; undefined when there is none. */
export async function findItem(db: Queryable, id: number) {
  const [row] = await db.query<ItemRow>(`${ITEM_SELECT} WHERE i.id = $1`, [id]);
  return row ? toItem(row) : undefined;
}

/** Creates an item and its first version row; call it inside a transaction (audited). */
export async function createItem(
  db: Queryable,
  fields: ItemFields,
  authorId: number | null,
  now: Date,
): Promise<PortalItem> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO portal_items (kind, title, summary, body, themes, topics, key_figures,
       municipalities, municipality, start_year, contact, links, sources, status, example,
       initiative_id, author_id, created_at, updated_at, published_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7::text[], $8::text[], $9, $10,
       $11::jsonb, $12::jsonb, $13::jsonb, $14, $15, $16, $17, $18, $18,
       CASE WHEN $14 = 'published' THEN $18::timestamptz END)
     RETURNING id`,
    [...params(fields), authorId, now.toISOString()],
  );
  const id = (row as { id: number }).id;
  await addVersion(db, id, 1, authorId, fields, now);
  return (await findItem(db, id)) as PortalItem;
}

/**
 * Saves an edit as the next version. With `baseVersion`, refuses (409) when someone saved in
 * between, so no edit is lost silently. Call it inside a transaction (audited).
 */
export async function updateItem(
  db: Queryable,
  id: number,
  fields: ItemFields,
  baseVersion: number | undefined,
  authorId: number | null,
  now: Date,
): Promise<{ before: PortalItem; after: PortalItem }> {
  const [current] = await db.query<ItemRow>(`${ITEM_SELECT} WHERE i.id = $1 FOR UPDATE OF i`, [id]);
  if (!current) throw new NotFoundError(`Der er intet indhold med id ${id}`);
  const before = toItem(current);
  if (baseVersion !== undefined && baseVersion !== before.version)
    throw new PotentialeError(
      'conflict',
      `Indholdet er gemt af en anden siden version ${baseVersion} (nu version ${before.version}). Hent det igen, og ret derefter.`,
    );
  const version = before.version + 1;
  await db.query(
    `UPDATE portal_items SET kind = $1, title = $2, summary = $3, body = $4, themes = $5::text[],
       topics = $6::text[], key_figures = $7::text[], municipalities = $8::text[],
       municipality = $9, start_year = $10, contact = $11::jsonb, links = $12::jsonb,
       sources = $13::jsonb, status = $14, example = $15, initiative_id = $16, version = $17,
       updated_at = $18,
       published_at = coalesce(published_at, CASE WHEN $14 = 'published' THEN $18::timestamptz END)
     WHERE id = $19`,
    [...params(fields), version, now.toISOString(), id],
  );
  await addVersion(db, id, version, authorId, fields, now);
  return { before, after: (await findItem(db, id)) as PortalItem };
}

export type StoredVersion = SavedVersion<ItemFields>;

/** An item's versions, oldest first. */
export function listItemVersions(db: Queryable, id: number): Promise<StoredVersion[]> {
  return listVersions<ItemFields>(db, 'portal-item', id);
}

/**
 * Published items, newest first (the feed, "Mere som dette", the items for a gap); only those
 * linked to `keyFigure` when it is given (the GIN index on key_figures answers that).
 */
export async function listPublishedItems(db: Queryable, limit = 10_000, keyFigure?: string) {
  const rows = await db.query<ItemRow>(
    `${ITEM_SELECT} WHERE i.status = 'published'
       AND ($2::text IS NULL OR i.key_figures @> ARRAY[$2::text])
     ORDER BY i.published_at DESC, i.id DESC LIMIT $1`,
    [limit, keyFigure ?? null],
  );
  return rows.map(toItem);
}

/** An item with this title (any case) and owner, for an import that updates rather than repeats. */
export async function findItemByTitle(db: Queryable, title: string, municipality: string | null) {
  const [row] = await db.query<ItemRow>(
    `${ITEM_SELECT} WHERE lower(i.title) = lower($1) AND i.municipality IS NOT DISTINCT FROM $2
     ORDER BY i.id LIMIT 1`,
    [title, municipality],
  );
  return row ? toItem(row) : undefined;
}

/** Every item, oldest first (the CLI's export). */
export async function listAllItems(db: Queryable) {
  return (await db.query<ItemRow>(`${ITEM_SELECT} ORDER BY i.id`)).map(toItem);
}
