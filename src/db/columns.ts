import type { Queryable } from './database.ts';

/**
 * Values of several key figures over several years for every municipality, as columns
 * aligned with `codes` (NaN where there is no number): what the engine computes on.
 */
export interface ColumnSet {
  /** The municipalities, in code order; every column is aligned with them. */
  readonly codes: readonly string[];
  /** column(id, year): the figure's values in that year, or undefined when it has none. */
  column(keyFigureId: string, year: number): Float64Array | undefined;
  /** The years in which the figure has at least one number, ascending (also years not loaded). */
  years(keyFigureId: string): readonly number[];
}

/** Loads the numeric values of the given figures in the given years (all years when omitted). */
export async function loadColumns(
  db: Queryable,
  keyFigureIds: readonly string[],
  years?: readonly number[],
): Promise<ColumnSet> {
  const municipalities = await db.query<{ code: string }>(
    'SELECT code FROM municipalities ORDER BY code::int',
  );
  const codes = municipalities.map((m) => m.code);
  const position = new Map(codes.map((c, i) => [c, i]));
  const rows = await db.query<{ k: string; y: number; m: string; v: number }>(
    `SELECT key_figure_id AS k, year AS y, municipality_code AS m, value::float8 AS v
     FROM observations
     WHERE key_figure_id = ANY($1::text[]) AND status = 'value'
       AND ($2::int[] IS NULL OR year = ANY($2::int[]))`,
    [[...new Set(keyFigureIds)], years ? [...years] : null],
  );
  const yearRows = await db.query<{ k: string; years: number[] }>(
    `SELECT key_figure_id AS k, array_agg(DISTINCT year ORDER BY year) AS years FROM observations
     WHERE key_figure_id = ANY($1::text[]) AND status = 'value' GROUP BY key_figure_id`,
    [[...new Set(keyFigureIds)]],
  );
  const allYears = new Map(yearRows.map((r) => [r.k, r.years]));
  const byFigure = new Map<string, Map<number, Float64Array>>();
  for (const r of rows) {
    let perYear = byFigure.get(r.k);
    if (!perYear) byFigure.set(r.k, (perYear = new Map()));
    let col = perYear.get(r.y);
    if (!col) perYear.set(r.y, (col = new Float64Array(codes.length).fill(Number.NaN)));
    const i = position.get(r.m);
    if (i !== undefined) col[i] = r.v;
  }
  return {
    codes,
    column: (id, year) => byFigure.get(id)?.get(year),
    years: (id) => allYears.get(id) ?? [],
  };
}
