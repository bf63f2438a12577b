import type { AttachmentInfo } from '../core/index.ts';
import type { Queryable } from './database.ts';

// Attachments of portal items, kept in the database (bytea) so one backup holds the portal.

export interface StoredAttachment extends AttachmentInfo {
  readonly itemId: number;
  readonly sha256: string;
  readonly content: Uint8Array;
}

/** Stores an attachment (already checked by content); call it inside a transaction (audited). */
export async function addAttachment(
  db: Queryable,
  a: {
    readonly itemId: number;
    readonly name: string;
    readonly mime: string;
    readonly sha256: string;
    readonly content: Uint8Array;
    readonly createdBy: number | null;
  },
  now: Date,
): Promise<AttachmentInfo> {
  const [row] = await db.query<AttachmentInfo>(
    `INSERT INTO portal_attachments (item_id, name, mime, size, sha256, content, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, name, mime, size`,
    [
      a.itemId,
      a.name,
      a.mime,
      a.content.byteLength,
      a.sha256,
      a.content,
      now.toISOString(),
      a.createdBy,
    ],
  );
  return row as AttachmentInfo;
}

/** One attachment with its bytes; undefined when there is none. */
export async function findAttachment(
  db: Queryable,
  id: number,
): Promise<StoredAttachment | undefined> {
  const [row] = await db.query<{
    id: number;
    item_id: number;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    content: Uint8Array;
  }>(
    `SELECT id, item_id, name, mime, size, sha256, content FROM portal_attachments WHERE id = $1`,
    [id],
  );
  if (!row) return undefined;
  return {
    id: row.id,
    itemId: row.item_id,
    name: row.name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    content: new Uint8Array(row.content),
  };
}

/** Deletes an item's attachment; the deleted one's metadata, or undefined when there was none. */
export async function deleteAttachment(
  db: Queryable,
  itemId: number,
  id: number,
): Promise<AttachmentInfo | undefined> {
  const [row] = await db.query<AttachmentInfo>(
    `DELETE FROM portal_attachments WHERE id = $1 AND item_id = $2 RETURNING id, name, mime, size`,
    [id, itemId],
  );
  return row;
}
