import {
  NotFoundError,
  PotentialeError,
  type Answers,
  type Assessment,
  type CentreId,
  type ItemSummaryFields,
  type SteeringData,
  type StoredResponse,
} from '../core/index.ts';
import type { Queryable } from './database.ts';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './portal-items.ts';

// The steering self-assessment (migration 0010): assessments with their data snapshot,
// respondents' responses, and group rounds. Call the writes inside an audited transaction.

interface AssessmentRow {
  id: number;
  municipality: string;
  title: string;
  questionnaire_version: string;
  round_id: number | null;
  shared: boolean;
  shared_at: Date | string | null;
  data: unknown;
  data_version: string | null;
  version: number;
  author_id: number | null;
  created_at: Date | string;
  updated_at: Date | string;
}

interface ResponseRow {
  id: number;
  assessment_id: number;
  user_id: number;
  label: string;
  centre: string;
  answers: unknown;
  finished_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

const ASSESSMENT_SELECT = `SELECT id, municipality, title, questionnaire_version, round_id, shared,
    shared_at, data, data_version, version, author_id, created_at, updated_at
  FROM steering_assessments`;
const RESPONSE_SELECT = `SELECT id, assessment_id, user_id, label, centre, answers, finished_at,
    created_at, updated_at FROM steering_responses`;

function toAssessment(r: AssessmentRow): Assessment {
  return {
    id: r.id,
    municipality: r.municipality,
    title: r.title,
    questionnaireVersion: r.questionnaire_version,
    roundId: r.round_id,
    shared: r.shared,
    sharedAt: r.shared_at === null ? null : iso(r.shared_at),
    data: json<SteeringData>(r.data),
    dataVersion: r.data_version,
    version: r.version,
    authorId: r.author_id,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function toResponse(r: ResponseRow): StoredResponse {
  return {
    id: r.id,
    assessmentId: r.assessment_id,
    userId: r.user_id,
    label: r.label,
    centre: r.centre as CentreId,
    answers: json<Answers>(r.answers),
    finishedAt: r.finished_at === null ? null : iso(r.finished_at),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** What a new assessment holds. */
export interface NewAssessment {
  readonly municipality: string;
  readonly title: string;
  readonly questionnaireVersion: string;
  readonly roundId: number | null;
  readonly shared: boolean;
  readonly data: SteeringData;
  readonly dataVersion: string;
  readonly authorId: number | null;
}

export async function createAssessment(
  db: Queryable,
  a: NewAssessment,
  now: Date,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO steering_assessments (municipality, title, questionnaire_version, round_id,
       shared, shared_at, data, data_version, author_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 THEN $9::timestamptz END, $6::jsonb, $7, $8, $9, $9)
     RETURNING id`,
    [
      a.municipality,
      a.title,
      a.questionnaireVersion,
      a.roundId,
      a.shared,
      JSON.stringify(a.data),
      a.dataVersion,
      a.authorId,
      now.toISOString(),
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row.id;
}

/** One assessment, or undefined. */
export async function findAssessment(db: Queryable, id: number): Promise<Assessment | undefined> {
  const rows = await db.query<AssessmentRow>(`${ASSESSMENT_SELECT} WHERE id = $1`, [id]);
  return rows[0] && toAssessment(rows[0]);
}

/** An assessment or NotFoundError. */
export async function mustFindAssessment(db: Queryable, id: number): Promise<Assessment> {
  const a = await findAssessment(db, id);
  if (!a) throw new NotFoundError(`Der er ingen styringsvurdering med id ${id}`);
  return a;
}

/**
 * Assessments, newest first: a municipality's (when given), or all; `visibleTo` limits them to
 * the shared ones and those of the municipalities listed.
 */
export async function listAssessments(
  db: Queryable,
  filter: {
    readonly municipality?: string;
    readonly visibleTo?: readonly string[];
    readonly ids?: readonly number[];
  },
): Promise<Assessment[]> {
  const rows = await db.query<AssessmentRow>(
    `${ASSESSMENT_SELECT}
     WHERE ($1::text IS NULL OR municipality = $1)
       AND ($2::text[] IS NULL OR shared OR municipality = ANY($2::text[]))
       AND ($3::int[] IS NULL OR id = ANY($3::int[]))
     ORDER BY created_at DESC, id DESC`,
    [filter.municipality ?? null, filter.visibleTo ?? null, filter.ids ?? null],
  );
  return rows.map(toAssessment);
}

/** Changes an assessment's title or sharing; refuses a stale version with 409. */
export async function updateAssessment(
  db: Queryable,
  id: number,
  change: {
    readonly title?: string | undefined;
    readonly shared?: boolean | undefined;
    readonly baseVersion?: number | undefined;
  },
  now: Date,
): Promise<void> {
  const current = await db.query<{ version: number }>(
    'SELECT version FROM steering_assessments WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (!current[0]) throw new NotFoundError(`Der er ingen styringsvurdering med id ${id}`);
  if (change.baseVersion !== undefined && change.baseVersion !== current[0].version)
    throw new PotentialeError(
      'conflict',
      `Vurderingen er ændret af en anden (version ${current[0].version}, du havde ${change.baseVersion}); hent den igen`,
    );
  await db.query(
    `UPDATE steering_assessments SET
       title = coalesce($2, title),
       shared = coalesce($3, shared),
       shared_at = CASE WHEN $3::boolean IS NULL THEN shared_at
                        WHEN $3 AND NOT shared THEN $4::timestamptz
                        WHEN $3 THEN shared_at END,
       version = version + 1, updated_at = $4
     WHERE id = $1`,
    [id, change.title ?? null, change.shared ?? null, now.toISOString()],
  );
}

/** The responses of assessments, oldest first. */
export async function responsesOf(
  db: Queryable,
  assessmentIds: readonly number[],
): Promise<StoredResponse[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db.query<ResponseRow>(
    `${RESPONSE_SELECT} WHERE assessment_id = ANY($1::int[]) ORDER BY created_at, id`,
    [assessmentIds],
  );
  return rows.map(toResponse);
}

/** A user's response to an assessment, or undefined. */
export async function findResponse(
  db: Queryable,
  assessmentId: number,
  userId: number,
): Promise<StoredResponse | undefined> {
  const rows = await db.query<ResponseRow>(
    `${RESPONSE_SELECT} WHERE assessment_id = $1 AND user_id = $2`,
    [assessmentId, userId],
  );
  return rows[0] && toResponse(rows[0]);
}

/** Saves a user's response (inserted or replaced); `finished` stamps it finished. */
export async function saveResponse(
  db: Queryable,
  r: {
    readonly assessmentId: number;
    readonly userId: number;
    readonly label: string;
    readonly centre: CentreId;
    readonly answers: Answers;
    readonly finished: boolean;
  },
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO steering_responses (assessment_id, user_id, label, centre, answers, finished_at,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, CASE WHEN $6 THEN $7::timestamptz END, $7, $7)
     ON CONFLICT (assessment_id, user_id) DO UPDATE SET label = EXCLUDED.label,
       centre = EXCLUDED.centre, answers = EXCLUDED.answers,
       finished_at = CASE WHEN $6 THEN coalesce(steering_responses.finished_at, $7::timestamptz) END,
       updated_at = $7`,
    [
      r.assessmentId,
      r.userId,
      r.label,
      r.centre,
      JSON.stringify(r.answers),
      r.finished,
      now.toISOString(),
    ],
  );
}

/**
 * Published portal items on steering (topic `styring`) or the specialised area's themes, by
 * the municipalities they belong to or name: what "whom to call" lists with each municipality.
 */
export async function steeringItems(
  db: Queryable,
  municipalities: readonly string[],
): Promise<Map<string, ItemSummaryFields[]>> {
  const out = new Map<string, ItemSummaryFields[]>();
  if (municipalities.length === 0) return out;
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM portal_items
     WHERE status = 'published'
       AND (topics @> ARRAY['styring'] OR themes && ARRAY['specialised-adults']::text[])
       AND (municipality = ANY($1::text[]) OR municipalities && $1::text[])
     ORDER BY published_at DESC, id DESC`,
    [municipalities],
  );
  for (const r of rows) {
    const item = toSummary(r);
    const owners = new Set([
      ...(item.municipality === null ? [] : [item.municipality]),
      ...item.municipalities,
    ]);
    for (const m of owners)
      if (municipalities.includes(m)) out.set(m, [...(out.get(m) ?? []), item]);
  }
  return out;
}
