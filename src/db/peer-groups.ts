import { InvalidInputError, NotFoundError, PotentialeError } from '../core/index.ts';
import type { Queryable } from './database.ts';

/**
 * A saved comparison group: a named list of municipality codes, kept for one municipality by
 * its editors (through the API) or, without a municipality, with the CLI.
 */
export interface SavedPeerGroup {
  readonly id: number;
  readonly name: string;
  /** The municipality the group is kept for; null for a group saved with the CLI. */
  readonly municipality: string | null;
  readonly codes: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface Row {
  id: number;
  name: string;
  municipality: string | null;
  codes: string[];
  created_at: Date | string;
  updated_at: Date | string;
}

const toGroup = (r: Row): SavedPeerGroup => ({
  id: r.id,
  name: r.name,
  municipality: r.municipality,
  codes: r.codes,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

const COLUMNS = 'id, name, municipality, codes, created_at, updated_at';

/** Saves (or replaces) a named CLI group of municipality codes (no municipality). */
export async function savePeerGroup(
  db: Queryable,
  name: string,
  codes: readonly string[],
  now: Date,
): Promise<SavedPeerGroup> {
  const [row] = await db.query<Row>(
    `INSERT INTO peer_groups (name, codes, created_at, updated_at) VALUES ($1, $2::text[], $3, $3)
     ON CONFLICT (municipality, name) DO UPDATE
       SET codes = EXCLUDED.codes, updated_at = EXCLUDED.updated_at
     RETURNING ${COLUMNS}`,
    [name, [...codes], now.toISOString()],
  );
  return toGroup(row as Row);
}

/**
 * Creates a group for a municipality. Refuses (conflict, 409) a name the municipality
 * already uses, and (InvalidInputError, 400) codes that are not municipalities.
 */
export async function createMunicipalityPeerGroup(
  db: Queryable,
  input: {
    readonly name: string;
    readonly municipality: string;
    readonly codes: readonly string[];
    readonly createdBy: number | null;
  },
  now: Date,
): Promise<SavedPeerGroup> {
  const known = await db.query<{ code: string }>(
    'SELECT code FROM municipalities WHERE code = ANY($1::text[])',
    [[input.municipality, ...input.codes]],
  );
  const codes = new Set(known.map((r) => r.code));
  if (!codes.has(input.municipality))
    throw new NotFoundError(`Kommunen ${input.municipality} findes ikke`);
  const unknown = input.codes.filter((c) => !codes.has(c));
  if (unknown.length > 0)
    throw new InvalidInputError(`Ukendte kommunekoder: ${unknown.join(', ')}`, 'codes');
  const rows = await db.query<Row>(
    `INSERT INTO peer_groups (name, municipality, codes, created_by, created_at, updated_at)
     VALUES ($1, $2, $3::text[], $4, $5, $5)
     ON CONFLICT (municipality, name) DO NOTHING
     RETURNING ${COLUMNS}`,
    [input.name, input.municipality, [...input.codes], input.createdBy, now.toISOString()],
  );
  const row = rows[0];
  if (!row)
    throw new PotentialeError(
      'conflict',
      `Kommunen ${input.municipality} har allerede en gemt gruppe ved navn "${input.name}". Vælg et andet navn, eller slet den først.`,
    );
  return toGroup(row);
}

/** The saved groups by name: all, or one municipality's (`null`: the CLI's). */
export async function listPeerGroups(
  db: Queryable,
  municipality?: string | null,
): Promise<SavedPeerGroup[]> {
  const rows =
    municipality === undefined
      ? await db.query<Row>(`SELECT ${COLUMNS} FROM peer_groups ORDER BY name, municipality`)
      : await db.query<Row>(
          `SELECT ${COLUMNS} FROM peer_groups WHERE municipality IS NOT DISTINCT FROM $1
           ORDER BY name`,
          [municipality],
        );
  return rows.map(toGroup);
}

/**
 * The group `saved:<name>` means: the CLI's group of that name, else the one municipality's
 * group of that name. Undefined when there is none; refused (400) when several municipalities
 * use the name and the CLI does not.
 */
export async function findPeerGroup(
  db: Queryable,
  name: string,
): Promise<SavedPeerGroup | undefined> {
  const rows = (
    await db.query<Row>(
      `SELECT ${COLUMNS} FROM peer_groups WHERE name = $1 ORDER BY municipality NULLS FIRST`,
      [name],
    )
  ).map(toGroup);
  const [first] = rows;
  if (first === undefined || first.municipality === null || rows.length === 1) return first;
  throw new InvalidInputError(
    `Flere kommuner har en gemt gruppe ved navn "${name}" (${rows.map((g) => g.municipality).join(', ')}); brug list:<kode>,… med gruppens koder`,
    'peers',
  );
}

/** One group by its id, or undefined. */
export async function findPeerGroupById(
  db: Queryable,
  id: number,
): Promise<SavedPeerGroup | undefined> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM peer_groups WHERE id = $1`, [id]);
  return row ? toGroup(row) : undefined;
}

/** Deletes a CLI group by name; true when it existed. */
export async function deletePeerGroup(db: Queryable, name: string): Promise<boolean> {
  return (
    (
      await db.query(
        'DELETE FROM peer_groups WHERE name = $1 AND municipality IS NULL RETURNING id',
        [name],
      )
    ).length > 0
  );
}

/** Deletes a group by id; the group as it was, or undefined when there was none. */
export async function deletePeerGroupById(
  db: Queryable,
  id: number,
): Promise<SavedPeerGroup | undefined> {
  const [row] = await db.query<Row>(`DELETE FROM peer_groups WHERE id = $1 RETURNING ${COLUMNS}`, [
    id,
  ]);
  return row ? toGroup(row) : undefined;
}

/**
 * A version of the saved groups, for caches of answers that read them (`peers=saved:…`): it
 * changes with every save, replacement and deletion.
 */
export async function peerGroupsVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ v: string }>(
    `SELECT count(*)::text || '.' || coalesce(max(id), 0)::text || '.' ||
       coalesce((extract(epoch FROM max(updated_at)) * 1000)::bigint, 0)::text AS v
     FROM peer_groups`,
  );
  return row?.v ?? '0';
}
