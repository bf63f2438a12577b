import { NotFoundError, type SteeringRound } from '../core/index.ts';
import type { Queryable } from './database.ts';

// Group rounds of the steering self-assessment (migration 0010): a national editor names the
// municipalities; the round's assessments are made with it, in the same transaction.

interface RoundRow {
  id: number;
  name: string;
  questionnaire_version: string;
  deadline: Date | string | null;
  author_id: number | null;
  created_at: Date | string;
}

const day = (d: Date | string) =>
  typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

async function withAssessments(db: Queryable, rows: readonly RoundRow[]): Promise<SteeringRound[]> {
  if (rows.length === 0) return [];
  const members = await db.query<{
    id: number;
    round_id: number;
    municipality: string;
    shared: boolean;
  }>(
    `SELECT id, round_id, municipality, shared FROM steering_assessments
     WHERE round_id = ANY($1::int[]) ORDER BY municipality`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    questionnaireVersion: r.questionnaire_version,
    deadline: r.deadline === null ? null : day(r.deadline),
    authorId: r.author_id,
    createdAt: new Date(r.created_at).toISOString(),
    assessments: members
      .filter((m) => m.round_id === r.id)
      .map((m) => ({ id: m.id, municipality: m.municipality, shared: m.shared })),
  }));
}

const ROUND_SELECT =
  'SELECT id, name, questionnaire_version, deadline, author_id, created_at FROM steering_rounds';

/** Makes a round; its assessments are made by the caller in the same transaction. */
export async function createRound(
  db: Queryable,
  r: {
    readonly name: string;
    readonly questionnaireVersion: string;
    readonly deadline: string | null;
    readonly authorId: number | null;
  },
  now: Date,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO steering_rounds (name, questionnaire_version, deadline, author_id, created_at)
     VALUES ($1, $2, $3::date, $4, $5) RETURNING id`,
    [r.name, r.questionnaireVersion, r.deadline, r.authorId, now.toISOString()],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row.id;
}

/** One round with its assessments, or NotFoundError. */
export async function mustFindRound(db: Queryable, id: number): Promise<SteeringRound> {
  const rows = await db.query<RoundRow>(`${ROUND_SELECT} WHERE id = $1`, [id]);
  const [round] = await withAssessments(db, rows);
  if (!round) throw new NotFoundError(`Der er ingen runde med id ${id}`);
  return round;
}

/** Rounds, newest first; `municipalities` limits them to rounds naming one of them. */
export async function listRounds(
  db: Queryable,
  municipalities?: readonly string[],
): Promise<SteeringRound[]> {
  const rows = await db.query<RoundRow>(
    `SELECT id, name, questionnaire_version, deadline, author_id, created_at
     FROM steering_rounds r WHERE $1::text[] IS NULL OR EXISTS (
       SELECT 1 FROM steering_assessments a
       WHERE a.round_id = r.id AND a.municipality = ANY($1::text[]))
     ORDER BY created_at DESC, id DESC`,
    [municipalities ?? null],
  );
  return withAssessments(db, rows);
}
