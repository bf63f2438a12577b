import {
  NotFoundError,
  PotentialeError,
  levelOfStored,
  storedBasis,
  type Barrier,
  type BarrierAnswer,
  type BarrierEstimate,
  type BarrierEventKind,
  type BarrierFields,
  type BarrierSecond,
  type BarrierState,
  type PriceLevel,
} from '../core/index.ts';
import type { Queryable } from './database.ts';

// Rule barriers (migration 0009): report, edit, second, answer and merge, each with an event
// row in the barrier's trail. Call the writes inside a transaction (audited): a merge moves
// seconds and writes two events, all or nothing.

export interface BarrierRow {
  id: number;
  municipality: string;
  title: string;
  law_name: string;
  law_paragraph: string;
  law_url: string | null;
  area: string;
  theme: string;
  description: string;
  key_figure: string | null;
  estimate: unknown;
  precedents: string;
  links: unknown;
  state: string;
  answer: unknown;
  merged_into: number | null;
  version: number;
  author_id: number | null;
  created_at: Date | string;
  updated_at: Date | string;
}

interface SecondRow {
  id: number;
  barrier_id: number;
  municipality: string;
  comment: string;
  estimate: unknown;
  merged_from: number | null;
  at: Date | string;
}

/** An estimate as stored: the price level as 'current' or 'fixed-YYYY'. */
interface StoredEstimate {
  amount: number;
  prices: string;
  year: number;
  source: BarrierEstimate['source'];
}

const iso = (d: Date | string) => new Date(d).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

const toEstimate = (v: unknown): BarrierEstimate | null => {
  const e = json<StoredEstimate | null>(v);
  if (!e) return null;
  const prices: PriceLevel = levelOfStored(e.prices) ?? { basis: 'current', year: null };
  return { amount: e.amount, prices, year: e.year, source: e.source };
};
const storeEstimate = (e: BarrierEstimate | null): string | null =>
  e === null
    ? null
    : JSON.stringify({
        amount: e.amount,
        prices: storedBasis(e.prices),
        year: e.year,
        source: e.source,
      } satisfies StoredEstimate);

export const BARRIER_SELECT = `SELECT id, municipality, title, law_name, law_paragraph, law_url, area, theme,
    description, key_figure, estimate, precedents, links, state, answer, merged_into, version,
    author_id, created_at, updated_at FROM barriers`;

function toSecond(r: SecondRow): BarrierSecond {
  return {
    id: r.id,
    municipality: r.municipality,
    comment: r.comment,
    estimate: toEstimate(r.estimate),
    at: iso(r.at),
    mergedFrom: r.merged_from,
  };
}

function toBarrier(r: BarrierRow, seconds: readonly BarrierSecond[]): Barrier {
  return {
    id: r.id,
    municipality: r.municipality,
    title: r.title,
    law: { name: r.law_name, paragraph: r.law_paragraph, url: r.law_url },
    area: r.area,
    theme: r.theme as Barrier['theme'],
    description: r.description,
    keyFigure: r.key_figure,
    estimate: toEstimate(r.estimate),
    precedents: r.precedents,
    links: json<Barrier['links']>(r.links),
    state: r.state as BarrierState,
    answer: json<BarrierAnswer | null>(r.answer),
    mergedInto: r.merged_into,
    seconds,
    version: r.version,
    authorId: r.author_id,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function withSeconds(db: Queryable, rows: readonly BarrierRow[]): Promise<Barrier[]> {
  if (rows.length === 0) return [];
  const seconds = await db.query<SecondRow>(
    `SELECT id, barrier_id, municipality, comment, estimate, merged_from, at
     FROM barrier_seconds WHERE barrier_id = ANY($1::int[]) ORDER BY at, id`,
    [rows.map((r) => r.id)],
  );
  const by = new Map<number, BarrierSecond[]>();
  for (const s of seconds) by.set(s.barrier_id, [...(by.get(s.barrier_id) ?? []), toSecond(s)]);
  return rows.map((r) => toBarrier(r, by.get(r.id) ?? []));
}

/** The fields as a snapshot in the trail (what an edit's changes compare), in a fixed order. */
export function barrierFieldsOf(b: BarrierFields): BarrierFields {
  return {
    municipality: b.municipality,
    title: b.title,
    law: b.law,
    area: b.area,
    theme: b.theme,
    description: b.description,
    keyFigure: b.keyFigure,
    estimate: b.estimate,
    precedents: b.precedents,
    links: b.links,
  };
}

async function addEvent(
  db: Queryable,
  e: {
    readonly barrier: number;
    readonly kind: BarrierEventKind;
    readonly at: Date;
    readonly municipality?: string | null;
    readonly other?: number | null;
    readonly state?: BarrierState | null;
    readonly snapshot: unknown;
    readonly authorId: number | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO barrier_events (barrier_id, kind, at, municipality, other_barrier, state,
       snapshot, author_id) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
    [
      e.barrier,
      e.kind,
      e.at.toISOString(),
      e.municipality ?? null,
      e.other ?? null,
      e.state ?? null,
      JSON.stringify(e.snapshot),
      e.authorId,
    ],
  );
}

/** One barrier with its seconds; undefined when there is none. */
export async function findBarrier(db: Queryable, id: number): Promise<Barrier | undefined> {
  const rows = await db.query<BarrierRow>(`${BARRIER_SELECT} WHERE id = $1`, [id]);
  return (await withSeconds(db, rows))[0];
}

async function mustFind(db: Queryable, id: number, lock = false): Promise<Barrier> {
  const rows = await db.query<BarrierRow>(
    `${BARRIER_SELECT} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  const [b] = await withSeconds(db, rows);
  if (!b) throw new NotFoundError(`Der er ingen regelbarriere med id ${id}`);
  return b;
}

const fieldParams = (f: BarrierFields) => [
  f.municipality,
  f.title,
  f.law.name,
  f.law.paragraph,
  f.law.url,
  f.area,
  f.theme,
  f.description,
  f.keyFigure,
  storeEstimate(f.estimate),
  f.precedents,
  JSON.stringify(f.links),
];

/** Reports a barrier (state received) with its first event. */
export async function createBarrier(
  db: Queryable,
  fields: BarrierFields,
  authorId: number | null,
  now: Date,
): Promise<Barrier> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO barriers (municipality, title, law_name, law_paragraph, law_url, area, theme,
       description, key_figure, estimate, precedents, links, author_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12::jsonb, $13, $14, $14)
     RETURNING id`,
    [...fieldParams(fields), authorId, now.toISOString()],
  );
  const id = (row as { id: number }).id;
  await addEvent(db, {
    barrier: id,
    kind: 'reported',
    at: now,
    municipality: fields.municipality,
    snapshot: barrierFieldsOf(fields),
    authorId,
  });
  return mustFind(db, id);
}

/** Saves an edit as the next version; with `baseVersion`, refuses (409) when someone saved in between. */
export async function updateBarrier(
  db: Queryable,
  id: number,
  fields: BarrierFields,
  baseVersion: number | undefined,
  authorId: number | null,
  now: Date,
): Promise<{ before: Barrier; after: Barrier }> {
  const before = await mustFind(db, id, true);
  if (baseVersion !== undefined && baseVersion !== before.version)
    throw new PotentialeError(
      'conflict',
      `Barrieren er gemt af en anden siden version ${baseVersion} (nu version ${before.version}). Hent den igen, og ret derefter.`,
    );
  await db.query(
    `UPDATE barriers SET municipality = $1, title = $2, law_name = $3, law_paragraph = $4,
       law_url = $5, area = $6, theme = $7, description = $8, key_figure = $9,
       estimate = $10::jsonb, precedents = $11, links = $12::jsonb, version = version + 1,
       updated_at = $13 WHERE id = $14`,
    [...fieldParams(fields), now.toISOString(), id],
  );
  await addEvent(db, {
    barrier: id,
    kind: 'edited',
    at: now,
    municipality: fields.municipality,
    snapshot: barrierFieldsOf(fields),
    authorId,
  });
  return { before, after: await mustFind(db, id) };
}

/** Adds a municipality's second (the checks are the caller's: checkSecond). */
export async function addSecond(
  db: Queryable,
  id: number,
  second: {
    readonly municipality: string;
    readonly comment: string;
    readonly estimate: BarrierEstimate | null;
  },
  authorId: number | null,
  now: Date,
): Promise<Barrier> {
  await db.query(
    `INSERT INTO barrier_seconds (barrier_id, municipality, comment, estimate, author_id, at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
    [
      id,
      second.municipality,
      second.comment,
      storeEstimate(second.estimate),
      authorId,
      now.toISOString(),
    ],
  );
  await db.query('UPDATE barriers SET updated_at = $1 WHERE id = $2', [now.toISOString(), id]);
  await addEvent(db, {
    barrier: id,
    kind: 'seconded',
    at: now,
    municipality: second.municipality,
    snapshot: { comment: second.comment, estimate: second.estimate },
    authorId,
  });
  return mustFind(db, id);
}

/** Publishes the national editor's answer and sets the state. */
export async function answerBarrier(
  db: Queryable,
  id: number,
  answer: { readonly text: string; readonly state: BarrierState },
  authorId: number | null,
  now: Date,
): Promise<{ before: Barrier; after: Barrier }> {
  const before = await mustFind(db, id, true);
  const stored: BarrierAnswer = { text: answer.text, at: now.toISOString(), state: answer.state };
  await db.query(
    `UPDATE barriers SET state = $1, answer = $2::jsonb, updated_at = $3 WHERE id = $4`,
    [answer.state, JSON.stringify(stored), now.toISOString(), id],
  );
  await addEvent(db, {
    barrier: id,
    kind: 'answered',
    at: now,
    state: answer.state,
    snapshot: stored,
    authorId,
  });
  return { before, after: await mustFind(db, id) };
}

/**
 * Folds `from` into `into`: `from`'s seconds move to `into` (marked merged_from), `from`'s
 * reporter becomes a second of `into` with the duplicate's estimate (unless it reported `into`
 * too), `from` is marked merged_into, and both trails record the merge. The checks are the
 * caller's (checkMerge).
 */
export async function mergeBarriers(
  db: Queryable,
  fromId: number,
  intoId: number,
  authorId: number | null,
  now: Date,
): Promise<{ from: Barrier; into: Barrier }> {
  const from = await mustFind(db, fromId, true);
  const into = await mustFind(db, intoId, true);
  const at = now.toISOString();
  await db.query(
    `UPDATE barrier_seconds SET barrier_id = $1, merged_from = coalesce(merged_from, $2)
     WHERE barrier_id = $2`,
    [intoId, fromId],
  );
  if (from.municipality !== into.municipality)
    await db.query(
      `INSERT INTO barrier_seconds (barrier_id, municipality, comment, estimate, merged_from,
         author_id, at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)`,
      [
        intoId,
        from.municipality,
        `${from.title}\n\n${from.description}`.slice(0, 5000),
        storeEstimate(from.estimate),
        fromId,
        from.authorId,
        from.createdAt,
      ],
    );
  await db.query('UPDATE barriers SET merged_into = $1, updated_at = $2 WHERE id = $3', [
    intoId,
    at,
    fromId,
  ]);
  await db.query('UPDATE barriers SET updated_at = $1 WHERE id = $2', [at, intoId]);
  const snapshot = { from: fromId, into: intoId, title: from.title };
  await addEvent(db, {
    barrier: fromId,
    kind: 'merged-into',
    at: now,
    other: intoId,
    snapshot,
    authorId,
  });
  await addEvent(db, {
    barrier: intoId,
    kind: 'merged-from',
    at: now,
    other: fromId,
    snapshot,
    authorId,
  });
  return { from: await mustFind(db, fromId), into: await mustFind(db, intoId) };
}
