import type { Queryable } from './database.ts';

/** One saved version of a versioned record (a portal item, an initiative). */
export interface SavedVersion<F> {
  readonly version: number;
  readonly at: string;
  readonly authorId: number | null;
  readonly authorEmail: string | null;
  readonly fields: F;
}

/** The version tables and the column that names their record (a closed list: no user input). */
const TABLES = {
  'portal-item': { table: 'portal_item_versions', key: 'item_id' },
  initiative: { table: 'initiative_versions', key: 'initiative_id' },
} as const;

/** A record's saved versions, oldest first, with their authors' emails. */
export async function listVersions<F>(
  db: Queryable,
  kind: keyof typeof TABLES,
  id: number,
): Promise<Array<SavedVersion<F>>> {
  const { table, key } = TABLES[kind];
  const rows = await db.query<{
    version: number;
    at: Date | string;
    author_id: number | null;
    email: string | null;
    snapshot: unknown;
  }>(
    `SELECT v.version, v.at, v.author_id, u.email, v.snapshot FROM ${table} v
       LEFT JOIN users u ON u.id = v.author_id WHERE v.${key} = $1 ORDER BY v.version`,
    [id],
  );
  return rows.map((r) => ({
    version: r.version,
    at: new Date(r.at).toISOString(),
    authorId: r.author_id,
    authorEmail: r.email,
    fields: (typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot) as F,
  }));
}
