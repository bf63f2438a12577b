import { yearKindPriority, type YearKind } from '../core/index.ts';
import type { Queryable } from './database.ts';

/**
 * One figure's values in one year of one year kind and price basis, as a column aligned with
 * the municipalities: values of different kinds or bases are never mixed in a column.
 */
export interface ColumnVariant {
  readonly yearKind: YearKind;
  /** The stored price basis: 'current', 'fixed-2010', 'none' (not money) or 'unknown'. */
  readonly priceBasis: string;
  readonly values: Float64Array;
  /** How many municipalities have a number. */
  readonly count: number;
}

/**
 * Values of several key figures over several years for every municipality, as columns
 * aligned with `codes` (NaN where there is no number): what the engine computes on.
 */
export interface ColumnSet {
  /** The municipalities, in code order; every column is aligned with them. */
  readonly codes: readonly string[];
  /**
   * column(id, year): the figure's values in that year as published, or undefined when it has
   * none: the accounts when there are any, else the budget (for figures that are not money,
   * such as populations and shares, whose columns need no price level).
   */
  column(keyFigureId: string, year: number): Float64Array | undefined;
  /** Every kind and basis of the figure's values in the year, accounts first. */
  variants(keyFigureId: string, year: number): readonly ColumnVariant[];
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
  // One row per figure, year, kind and basis with its municipalities and values as arrays: the
  // drivers turn a few thousand rows of arrays into numbers far faster than the ~400 000 single
  // rows of all years (PGlite: about 1 s instead of 5,5 s for every value in the database).
  const rows = await db.query<{
    k: string;
    y: number;
    yk: YearKind;
    b: string;
    m: string[];
    v: number[];
  }>(
    `SELECT key_figure_id AS k, year AS y, year_kind AS yk, price_basis AS b,
       array_agg(municipality_code ORDER BY municipality_code) AS m,
       array_agg(value::float8 ORDER BY municipality_code) AS v
     FROM observations
     WHERE key_figure_id = ANY($1::text[]) AND status = 'value'
       AND ($2::int[] IS NULL OR year = ANY($2::int[]))
     GROUP BY key_figure_id, year, year_kind, price_basis`,
    [[...new Set(keyFigureIds)], years ? [...years] : null],
  );
  const yearRows = await db.query<{ k: string; years: number[] }>(
    `SELECT key_figure_id AS k, array_agg(DISTINCT year ORDER BY year) AS years FROM observations
     WHERE key_figure_id = ANY($1::text[]) AND status = 'value' GROUP BY key_figure_id`,
    [[...new Set(keyFigureIds)]],
  );
  const allYears = new Map(yearRows.map((r) => [r.k, r.years]));
  type Mutable = { yearKind: YearKind; priceBasis: string; values: Float64Array; count: number };
  const byFigure = new Map<string, Map<number, Mutable[]>>();
  for (const r of rows) {
    let perYear = byFigure.get(r.k);
    if (!perYear) byFigure.set(r.k, (perYear = new Map()));
    let list = perYear.get(r.y);
    if (!list) perYear.set(r.y, (list = []));
    const variant: Mutable = {
      yearKind: r.yk,
      priceBasis: r.b,
      values: new Float64Array(codes.length).fill(Number.NaN),
      count: 0,
    };
    list.push(variant);
    r.m.forEach((m, j) => {
      const i = position.get(m);
      if (i === undefined) return;
      variant.values[i] = Number(r.v[j]);
      variant.count++;
    });
  }
  for (const perYear of byFigure.values()) {
    for (const list of perYear.values()) list.sort(compareVariants);
  }
  const variants = (id: string, year: number): readonly ColumnVariant[] =>
    byFigure.get(id)?.get(year) ?? [];
  return {
    codes,
    column: (id, year) => variants(id, year)[0]?.values,
    variants,
    years: (id) => allYears.get(id) ?? [],
  };
}

/** Accounts before budget before estimates; then the fuller column; then by basis name. */
export function compareVariants(
  a: Pick<ColumnVariant, 'yearKind' | 'count' | 'priceBasis'>,
  b: Pick<ColumnVariant, 'yearKind' | 'count' | 'priceBasis'>,
): number {
  return (
    yearKindPriority(a.yearKind) - yearKindPriority(b.yearKind) ||
    b.count - a.count ||
    (a.priceBasis < b.priceBasis ? -1 : a.priceBasis > b.priceBasis ? 1 : 0)
  );
}
