import type { FigureFreshness, YearKind } from '../core/index.ts';
import type { Queryable } from './database.ts';

interface FreshnessRow {
  id: string;
  source: string;
  name_da: string;
  name_en: string;
  first_year: number | null;
  last_year: number | null;
  last_accounts_year: number | null;
  kinds: YearKind[] | null;
  bases: string[] | null;
  municipalities: number | null;
}

/**
 * How fresh every key figure's numbers are (FigureFreshness), by source and Danish name: the
 * first, newest and newest accounts year with a number in one pass over the observations, and
 * the kinds, price bases and municipalities of the newest year from the primary key's range.
 * A figure without numbers (not fetched yet) has null years and empty lists.
 */
export async function listFreshness(db: Queryable): Promise<FigureFreshness[]> {
  const rows = await db.query<FreshnessRow>(
    `WITH per AS (
       SELECT key_figure_id, min(year) AS first_year, max(year) AS last_year,
         max(year) FILTER (WHERE year_kind = 'accounts') AS last_accounts_year
       FROM observations WHERE value IS NOT NULL GROUP BY key_figure_id)
     SELECT k.id, k.source, k.name_da, k.name_en, p.first_year, p.last_year,
       p.last_accounts_year, l.kinds, l.bases, l.municipalities
     FROM key_figures k
     LEFT JOIN per p ON p.key_figure_id = k.id
     LEFT JOIN LATERAL (
       SELECT array_agg(DISTINCT o.year_kind ORDER BY o.year_kind) AS kinds,
         array_agg(DISTINCT o.price_basis ORDER BY o.price_basis) AS bases,
         count(DISTINCT o.municipality_code)::int AS municipalities
       FROM observations o
       WHERE o.key_figure_id = k.id AND o.year = p.last_year AND o.value IS NOT NULL) l ON true
     ORDER BY k.source, k.name_da, k.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    nameDa: r.name_da,
    nameEn: r.name_en,
    firstYear: r.first_year === null ? null : Number(r.first_year),
    lastYear: r.last_year === null ? null : Number(r.last_year),
    lastYearKinds: r.kinds ?? [],
    lastAccountsYear: r.last_accounts_year === null ? null : Number(r.last_accounts_year),
    lastYearPriceBases: r.bases ?? [],
    lastYearMunicipalities: r.municipalities ?? 0,
  }));
}
