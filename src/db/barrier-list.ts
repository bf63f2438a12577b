import type { Barrier, BarrierEvent, BarrierEventKind, BarrierState } from '../core/index.ts';
import { BARRIER_SELECT, withSeconds, type BarrierRow } from './barriers.ts';
import type { Queryable } from './database.ts';

// Reading rule barriers: the filtered list, the similar ones while a barrier is typed, and a
// barrier's trail.

export interface BarrierFilter {
  readonly theme?: string;
  /** Part of the law's name, any case ("serviceloven", "social service"). */
  readonly law?: string;
  readonly state?: BarrierState;
  readonly municipality?: string;
  /** Also the barriers merged into others (the list leaves them out). */
  readonly includeMerged?: boolean;
}

/** The barriers that pass the filter, oldest first (ranking is the caller's: rankBarriers). */
export async function listBarriers(db: Queryable, filter: BarrierFilter = {}): Promise<Barrier[]> {
  const rows = await db.query<BarrierRow>(
    `${BARRIER_SELECT} WHERE ($1::text IS NULL OR theme = $1)
       AND ($2::text IS NULL OR strpos(lower(law_name), lower($2)) > 0)
       AND ($3::text IS NULL OR state = $3)
       AND ($4::text IS NULL OR municipality = $4
         OR id IN (SELECT barrier_id FROM barrier_seconds WHERE municipality = $4))
       AND ($5::boolean OR merged_into IS NULL)
     ORDER BY id`,
    [
      filter.theme ?? null,
      filter.law ?? null,
      filter.state ?? null,
      filter.municipality ?? null,
      filter.includeMerged ?? false,
    ],
  );
  return withSeconds(db, rows);
}

/** What is typed so far: words (letters and digits only) and the rule. */
export interface SimilarQuery {
  readonly words: readonly string[];
  readonly lawName?: string;
  readonly paragraph?: string;
  readonly exclude?: number;
}

/**
 * Barriers like the one being typed, best first, at most `limit`: the same law and paragraph
 * (any case, spaces ignored) first, then full text (PostgreSQL's `danish` configuration) on any
 * of the words, by rank. Merged barriers are left out: their target is the one to second.
 */
export async function similarBarriers(
  db: Queryable,
  q: SimilarQuery,
  limit = 5,
): Promise<Array<{ barrier: Barrier; sameRule: boolean; rank: number }>> {
  // Each word quoted as a tsquery lexeme, so no user text is tsquery syntax.
  const tsquery = q.words.map((w) => `'${w}'`).join(' | ');
  const norm = (s: string | undefined) =>
    s === undefined || s.trim() === '' ? null : s.toLowerCase().replace(/\s+/g, '');
  // The rule compared with case and spaces ignored; the words through the GIN index (`@@`),
  // ranked only for the rows that match.
  const rule = `regexp_replace(lower(law_name), '\\s+', '', 'g') = $2
      AND regexp_replace(lower(law_paragraph), '\\s+', '', 'g') = $3`;
  const ranked = await db.query<{ id: number; same_rule: boolean; rank: number }>(
    `SELECT id, ($2::text IS NOT NULL AND $3::text IS NOT NULL AND ${rule}) AS same_rule,
       CASE WHEN $1 = '' THEN 0 ELSE ts_rank(search, to_tsquery('danish', $1)) END AS rank
     FROM barriers
     WHERE merged_into IS NULL AND ($4::int IS NULL OR id <> $4)
       AND (($2::text IS NOT NULL AND $3::text IS NOT NULL AND ${rule})
         OR ($1 <> '' AND search @@ to_tsquery('danish', $1)))
     ORDER BY same_rule DESC, rank DESC, id LIMIT $5`,
    [tsquery, norm(q.lawName), norm(q.paragraph), q.exclude ?? null, limit],
  );
  if (ranked.length === 0) return [];
  const rows = await db.query<BarrierRow>(`${BARRIER_SELECT} WHERE id = ANY($1::int[])`, [
    ranked.map((r) => r.id),
  ]);
  const barriers = new Map((await withSeconds(db, rows)).map((b) => [b.id, b]));
  return ranked.flatMap((r) => {
    const barrier = barriers.get(r.id);
    return barrier ? [{ barrier, sameRule: r.same_rule, rank: Number(r.rank) }] : [];
  });
}

interface EventRow {
  kind: BarrierEventKind;
  at: Date | string;
  municipality: string | null;
  other_barrier: number | null;
  state: string | null;
  snapshot: unknown;
}

/** A barrier's trail, oldest first; an edit's changes are against the snapshot before it. */
export async function barrierEvents(db: Queryable, id: number): Promise<BarrierEvent[]> {
  const rows = await db.query<EventRow>(
    `SELECT kind, at, municipality, other_barrier, state, snapshot FROM barrier_events
     WHERE barrier_id = $1 ORDER BY id`,
    [id],
  );
  let fields: Record<string, unknown> | null = null;
  return rows.map((r) => {
    const snapshot = (
      typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot
    ) as Record<string, unknown>;
    let changes: BarrierEvent['changes'] = [];
    if (r.kind === 'reported' || r.kind === 'edited') {
      const before = fields;
      changes = Object.keys(snapshot).flatMap((field) => {
        const was = before?.[field] ?? null;
        const now = snapshot[field] ?? null;
        return JSON.stringify(was) === JSON.stringify(now)
          ? []
          : [{ field, before: was, after: now }];
      });
      fields = snapshot;
    }
    return {
      kind: r.kind,
      at: new Date(r.at).toISOString(),
      municipality: r.municipality,
      other: r.other_barrier,
      changes: r.kind === 'reported' ? [] : changes,
      state: (r.state as BarrierState | null) ?? null,
    };
  });
}

/** The barriers merged into `id`, oldest first: its merge trail's other side. */
export async function mergedInto(
  db: Queryable,
  id: number,
): Promise<Array<{ id: number; title: string }>> {
  return db.query<{ id: number; title: string }>(
    'SELECT id, title FROM barriers WHERE merged_into = $1 ORDER BY id',
    [id],
  );
}
