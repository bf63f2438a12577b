import {
  levelOfStored,
  type BudgetPoint,
  type DeviationCause,
  type DeviationExplanation,
  type ExplanationVisibility,
} from '../core/index.ts';
import type { Queryable } from './database.ts';

// Budget follow-up (issue 18): the budget and accounts values of the account functions
// (key figures `regk31-d-dd-dd`, both year kinds) and the municipalities' explanations.

const FUNCTION_ID = '^regk31-[0-9]-[0-9]{2}-[0-9]{2}$';

/**
 * Every stored value, budget or accounts, of the account functions for these municipalities
 * (one area when given). Areas without a single budget value are left out: they have nothing
 * to follow up.
 */
export async function budgetPoints(
  db: Queryable,
  municipalities: readonly string[],
  area?: string,
): Promise<BudgetPoint[]> {
  // The functions come from the (small) key figure table, so the observations are read by
  // their primary key's leading column rather than scanned with the pattern.
  const rows = await db.query<{
    key_figure_id: string;
    municipality_code: string;
    year: number;
    year_kind: 'budget' | 'accounts';
    price_basis: string;
    value: string;
  }>(
    `WITH f AS (
       SELECT k.id FROM key_figures k
       WHERE k.id ~ $2 AND ($3::text IS NULL OR k.id = $3)
         AND EXISTS (SELECT 1 FROM observations b WHERE b.key_figure_id = k.id
           AND b.year_kind = 'budget' AND b.status = 'value')
     )
     SELECT o.key_figure_id, o.municipality_code, o.year, o.year_kind, o.price_basis,
       o.value::text AS value
     FROM f JOIN observations o ON o.key_figure_id = f.id
     WHERE o.municipality_code = ANY($1::text[]) AND o.status = 'value'
       AND o.year_kind IN ('budget', 'accounts')`,
    [[...municipalities], FUNCTION_ID, area ?? null],
  );
  return rows.flatMap((r) => {
    const prices = levelOfStored(r.price_basis);
    const m = /^regk31-(\d)-(\d{2})-(\d{2})$/.exec(r.key_figure_id);
    if (!prices || !m) return [];
    return [
      {
        municipality: r.municipality_code,
        area: `${m[1]}.${m[2]}.${m[3]}`,
        year: r.year,
        yearKind: r.year_kind,
        prices,
        value: Number(r.value),
      },
    ];
  });
}

/** The names of account functions by their key figure ids (the source name, "REGK31 5.30.27 …"). */
export async function functionNames(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; name: string }>(
    `SELECT id, source_name AS name FROM key_figures WHERE id = ANY($1::text[])`,
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether any budget value of an account function is stored (BUDK32 or an imported file). */
export async function hasBudgetData(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM observations WHERE year_kind = 'budget'
       AND status = 'value' AND key_figure_id ~ $1 LIMIT 1) s`,
    [FUNCTION_ID],
  );
  return (row?.n ?? 0) > 0;
}

/** The population (key figure `indbyggertal`, accounts preferred) per municipality and year. */
export async function populations(
  db: Queryable,
  municipalities: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.query<{ municipality_code: string; year: number; value: string }>(
    `SELECT DISTINCT ON (municipality_code, year) municipality_code, year, value::text AS value
     FROM observations WHERE key_figure_id = 'indbyggertal' AND status = 'value'
       AND municipality_code = ANY($1::text[])
     ORDER BY municipality_code, year,
       CASE year_kind WHEN 'accounts' THEN 0 WHEN 'budget' THEN 1 ELSE 2 END`,
    [[...municipalities]],
  );
  return new Map(rows.map((r) => [`${r.municipality_code}|${r.year}`, Number(r.value)]));
}

interface ExplanationRow {
  municipality: string;
  year: number;
  area: string;
  cause: string;
  text: string;
  visibility: string;
  version: number;
  updated_at: Date | string;
}

const toExplanation = (r: ExplanationRow): DeviationExplanation => ({
  municipality: r.municipality,
  year: r.year,
  area: r.area,
  cause: r.cause as DeviationCause,
  text: r.text,
  visibility: r.visibility as ExplanationVisibility,
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** The explanations of these municipalities (visibility is the caller's). */
export async function listExplanations(
  db: Queryable,
  municipalities: readonly string[],
): Promise<DeviationExplanation[]> {
  const rows = await db.query<ExplanationRow>(
    `SELECT municipality, year, area, cause, text, visibility, version, updated_at
     FROM budget_explanations WHERE municipality = ANY($1::text[])
     ORDER BY municipality, year, area`,
    [[...municipalities]],
  );
  return rows.map(toExplanation);
}

/**
 * Writes a municipality's explanation of one area and year (a new one, or the next version);
 * returns it with the one it replaced. Call it inside a transaction (audited).
 */
export async function saveExplanation(
  db: Queryable,
  e: {
    readonly municipality: string;
    readonly year: number;
    readonly area: string;
    readonly cause: DeviationCause;
    readonly text: string;
    readonly visibility: ExplanationVisibility;
  },
  authorId: number | null,
  now: Date,
): Promise<{ before: DeviationExplanation | null; after: DeviationExplanation }> {
  const [old] = await db.query<ExplanationRow>(
    `SELECT municipality, year, area, cause, text, visibility, version, updated_at
     FROM budget_explanations WHERE municipality = $1 AND year = $2 AND area = $3 FOR UPDATE`,
    [e.municipality, e.year, e.area],
  );
  const [row] = await db.query<ExplanationRow>(
    `INSERT INTO budget_explanations (municipality, year, area, cause, text, visibility,
       author_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (municipality, year, area) DO UPDATE SET cause = EXCLUDED.cause,
       text = EXCLUDED.text, visibility = EXCLUDED.visibility, author_id = EXCLUDED.author_id,
       updated_at = EXCLUDED.updated_at, version = budget_explanations.version + 1
     RETURNING municipality, year, area, cause, text, visibility, version, updated_at`,
    [e.municipality, e.year, e.area, e.cause, e.text, e.visibility, authorId, now.toISOString()],
  );
  return { before: old ? toExplanation(old) : null, after: toExplanation(row as ExplanationRow) };
}
