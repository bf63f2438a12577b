import {
  NotFoundError,
  PotentialeError,
  levelOfStored,
  storedBasis,
  type Baseline,
  type Initiative,
  type InitiativeFields,
} from '../core/index.ts';
import type { Queryable } from './database.ts';
import { listVersions, type SavedVersion } from './versions.ts';

// The initiatives (migration 0008): create, edit with a version row each time, read one, list
// with filters, and the version history. Baselines are taken from the data by the caller and
// kept with the record; the history holds only what an editor wrote.

interface Row {
  id: number;
  municipality: string;
  title: string;
  description: string;
  theme: string;
  type: string;
  owner: unknown;
  key_figures: string[];
  baselines: unknown;
  start_year: number;
  expected: unknown;
  realised: unknown;
  price_basis: string;
  status: string;
  money: unknown;
  portal_items: number[];
  visibility: string;
  example: boolean;
  version: number;
  author_id: number | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

const SELECT = `SELECT id, municipality, title, description, theme, type, owner, key_figures,
    baselines, start_year, expected, realised, price_basis, status, money, portal_items,
    visibility, example, version, author_id, created_at, updated_at FROM initiatives`;

function toInitiative(r: Row): Initiative {
  return {
    id: r.id,
    municipality: r.municipality,
    title: r.title,
    description: r.description,
    theme: r.theme as Initiative['theme'],
    type: r.type as Initiative['type'],
    owner: json<Initiative['owner']>(r.owner),
    keyFigures: r.key_figures,
    baselines: json<Baseline[]>(r.baselines),
    startYear: r.start_year,
    expected: json<Initiative['expected']>(r.expected),
    realised: json<Initiative['realised']>(r.realised),
    prices: levelOfStored(r.price_basis) ?? { basis: 'current', year: null },
    status: r.status as Initiative['status'],
    money: json<Initiative['money']>(r.money),
    portalItems: r.portal_items,
    visibility: r.visibility as Initiative['visibility'],
    example: r.example,
    version: r.version,
    authorId: r.author_id,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** The fields as stored in a version row (what the history compares), in a fixed order. */
export function initiativeFieldsOf(i: InitiativeFields): InitiativeFields {
  return {
    municipality: i.municipality,
    title: i.title,
    description: i.description,
    theme: i.theme,
    type: i.type,
    owner: i.owner,
    keyFigures: i.keyFigures,
    startYear: i.startYear,
    expected: i.expected,
    realised: i.realised,
    prices: i.prices,
    status: i.status,
    money: i.money,
    portalItems: i.portalItems,
    visibility: i.visibility,
    example: i.example,
  };
}

const params = (f: InitiativeFields, baselines: readonly Baseline[]) => [
  f.municipality,
  f.title,
  f.description,
  f.theme,
  f.type,
  f.owner === null ? null : JSON.stringify(f.owner),
  [...f.keyFigures],
  JSON.stringify(baselines),
  f.startYear,
  JSON.stringify(f.expected),
  JSON.stringify(f.realised),
  storedBasis(f.prices),
  f.status,
  JSON.stringify(f.money),
  [...f.portalItems],
  f.visibility,
  f.example,
];

async function addVersion(
  db: Queryable,
  id: number,
  version: number,
  authorId: number | null,
  fields: InitiativeFields,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO initiative_versions (initiative_id, version, at, author_id, snapshot)
     VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [id, version, now.toISOString(), authorId, JSON.stringify(initiativeFieldsOf(fields))],
  );
}

/** Reads one initiative; undefined when there is none. */
export async function findInitiative(db: Queryable, id: number): Promise<Initiative | undefined> {
  const [row] = await db.query<Row>(`${SELECT} WHERE id = $1`, [id]);
  return row ? toInitiative(row) : undefined;
}

/** Creates an initiative and its first version row; call it inside a transaction (audited). */
export async function createInitiative(
  db: Queryable,
  fields: InitiativeFields,
  baselines: readonly Baseline[],
  authorId: number | null,
  now: Date,
): Promise<Initiative> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO initiatives (municipality, title, description, theme, type, owner, key_figures,
       baselines, start_year, expected, realised, price_basis, status, money, portal_items,
       visibility, example, author_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::text[], $8::jsonb, $9, $10::jsonb, $11::jsonb,
       $12, $13, $14::jsonb, $15::integer[], $16, $17, $18, $19, $19)
     RETURNING id`,
    [...params(fields, baselines), authorId, now.toISOString()],
  );
  const id = (row as { id: number }).id;
  await linkPortalItems(db, id, [], fields.portalItems);
  await addVersion(db, id, 1, authorId, fields, now);
  return (await findInitiative(db, id)) as Initiative;
}

/**
 * Saves an edit as the next version. With `baseVersion`, refuses (409) when someone saved in
 * between. Call it inside a transaction (audited).
 */
export async function updateInitiative(
  db: Queryable,
  id: number,
  fields: InitiativeFields,
  baselines: readonly Baseline[],
  baseVersion: number | undefined,
  authorId: number | null,
  now: Date,
): Promise<{ before: Initiative; after: Initiative }> {
  const [current] = await db.query<Row>(`${SELECT} WHERE id = $1 FOR UPDATE`, [id]);
  if (!current) throw new NotFoundError(`Der er intet initiativ med id ${id}`);
  const before = toInitiative(current);
  if (baseVersion !== undefined && baseVersion !== before.version)
    throw new PotentialeError(
      'conflict',
      `Initiativet er gemt af en anden siden version ${baseVersion} (nu version ${before.version}). Hent det igen, og ret derefter.`,
    );
  const version = before.version + 1;
  await db.query(
    `UPDATE initiatives SET municipality = $1, title = $2, description = $3, theme = $4,
       type = $5, owner = $6::jsonb, key_figures = $7::text[], baselines = $8::jsonb,
       start_year = $9, expected = $10::jsonb, realised = $11::jsonb, price_basis = $12,
       status = $13, money = $14::jsonb, portal_items = $15::integer[], visibility = $16,
       example = $17, version = $18, updated_at = $19
     WHERE id = $20`,
    [...params(fields, baselines), version, now.toISOString(), id],
  );
  await linkPortalItems(db, id, before.portalItems, fields.portalItems);
  await addVersion(db, id, version, authorId, fields, now);
  return { before, after: (await findInitiative(db, id)) as Initiative };
}

/** Keeps the portal items' `initiative_id` in step with the initiative's links. */
async function linkPortalItems(
  db: Queryable,
  id: number,
  before: readonly number[],
  after: readonly number[],
): Promise<void> {
  const removed = before.filter((i) => !after.includes(i));
  if (removed.length > 0)
    await db.query(
      `UPDATE portal_items SET initiative_id = NULL WHERE initiative_id = $1 AND id = ANY($2::integer[])`,
      [id, removed],
    );
  if (after.length > 0)
    await db.query(`UPDATE portal_items SET initiative_id = $1 WHERE id = ANY($2::integer[])`, [
      id,
      [...after],
    ]);
}

export interface InitiativeFilter {
  readonly municipality?: string;
  readonly theme?: string;
  readonly type?: string;
  readonly status?: string;
  readonly keyFigure?: string;
}

/** Every initiative that passes the filter, newest first (visibility is the caller's). */
export async function listInitiatives(
  db: Queryable,
  filter: InitiativeFilter = {},
): Promise<Initiative[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE ($1::text IS NULL OR municipality = $1)
       AND ($2::text IS NULL OR theme = $2) AND ($3::text IS NULL OR type = $3)
       AND ($4::text IS NULL OR status = $4)
       AND ($5::text IS NULL OR key_figures @> ARRAY[$5::text])
     ORDER BY updated_at DESC, id DESC`,
    [
      filter.municipality ?? null,
      filter.theme ?? null,
      filter.type ?? null,
      filter.status ?? null,
      filter.keyFigure ?? null,
    ],
  );
  return rows.map(toInitiative);
}

/** An initiative with this title (any case) in this municipality: an import updates it. */
export async function findInitiativeByTitle(db: Queryable, municipality: string, title: string) {
  const [row] = await db.query<Row>(
    `${SELECT} WHERE municipality = $1 AND lower(title) = lower($2) ORDER BY id LIMIT 1`,
    [municipality, title],
  );
  return row ? toInitiative(row) : undefined;
}

export type InitiativeVersion = SavedVersion<InitiativeFields>;

/** An initiative's versions, oldest first. */
export function listInitiativeVersions(db: Queryable, id: number): Promise<InitiativeVersion[]> {
  return listVersions<InitiativeFields>(db, 'initiative', id);
}
