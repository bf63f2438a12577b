import type { Queryable } from './database.ts';

/** A saved comparison group. */
export interface SavedPeerGroup {
  readonly name: string;
  readonly codes: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface Row {
  name: string;
  codes: string[];
  created_at: Date | string;
  updated_at: Date | string;
}

const toGroup = (r: Row): SavedPeerGroup => ({
  name: r.name,
  codes: r.codes,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** Saves (or replaces) a named group of municipality codes. */
export async function savePeerGroup(
  db: Queryable,
  name: string,
  codes: readonly string[],
  now: Date,
): Promise<SavedPeerGroup> {
  const [row] = await db.query<Row>(
    `INSERT INTO peer_groups (name, codes, created_at, updated_at) VALUES ($1, $2::text[], $3, $3)
     ON CONFLICT (name) DO UPDATE SET codes = EXCLUDED.codes, updated_at = EXCLUDED.updated_at
     RETURNING *`,
    [name, [...codes], now.toISOString()],
  );
  return toGroup(row as Row);
}

/** The saved groups, by name. */
export async function listPeerGroups(db: Queryable): Promise<SavedPeerGroup[]> {
  return (await db.query<Row>('SELECT * FROM peer_groups ORDER BY name')).map(toGroup);
}

/** One saved group, or undefined. */
export async function findPeerGroup(
  db: Queryable,
  name: string,
): Promise<SavedPeerGroup | undefined> {
  const [row] = await db.query<Row>('SELECT * FROM peer_groups WHERE name = $1', [name]);
  return row ? toGroup(row) : undefined;
}

/** Deletes a saved group; true when it existed. */
export async function deletePeerGroup(db: Queryable, name: string): Promise<boolean> {
  return (
    (await db.query('DELETE FROM peer_groups WHERE name = $1 RETURNING name', [name])).length > 0
  );
}
