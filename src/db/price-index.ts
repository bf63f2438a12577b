import {
  deriveIndex,
  type BasisPair,
  type DerivedIndexYear,
  type PriceIndex,
  type PriceIndexRow,
  type PriceIndexSource,
} from '../core/index.ts';
import type { Queryable } from './database.ts';

/** A unit in kroner, as SQL (the same test as the core's isMoneyUnit). */
export const MONEY_UNIT_SQL = `'(^|[[:space:].0-9])kr\\.'`;

/** Stores an index read from a file, replacing the imported index. @returns rows written */
export async function storeImportedPriceIndex(
  tx: Queryable,
  index: {
    readonly baseYear: number;
    readonly rows: readonly PriceIndexRow[];
    readonly source?: 'imported' | 'statbank';
  },
  importId: number,
): Promise<number> {
  const source = index.source ?? 'imported';
  // Rebased so the base year is 1, as every stored index.
  const base = index.rows.find((r) => r.year === index.baseYear)?.value ?? 1;
  const stored = await tx.query<{ year: number; value: string; base_year: number }>(
    `SELECT year, value::text AS value, base_year FROM price_index
     WHERE source = $1 AND key_figure_id = '' ORDER BY year`,
    [source],
  );
  const incoming = [...index.rows].sort((a, b) => a.year - b.year);
  const same =
    stored.length === incoming.length &&
    stored.every(
      (r, i) =>
        r.year === incoming[i]?.year &&
        r.base_year === index.baseYear &&
        Number(r.value) === (incoming[i]?.value ?? NaN) / base,
    );
  // The same index again changes nothing (and keeps the import it came from).
  if (same) return 0;
  await tx.query(`DELETE FROM price_index WHERE source = $1`, [source]);
  const rows = await tx.query(
    `INSERT INTO price_index (source, key_figure_id, year, value, base_year, import_id)
     SELECT $5, '', t.y, t.v, $3, $4 FROM unnest($1::int[], $2::numeric[]) AS t(y, v)
     RETURNING year`,
    [
      index.rows.map((r) => r.year),
      index.rows.map((r) => String(r.value / base)),
      index.baseYear,
      importId,
      source,
    ],
  );
  return rows.length;
}

/**
 * Derives the price index from every cell stored in both current and fixed prices (accounts
 * only) and stores it as source 'derived': general, plus per figure where a figure's factors
 * differ. Recomputed from the stored values after each import, so the order of imports does
 * not matter. @returns the number of years of the general index
 */
export async function refreshDerivedPriceIndex(tx: Queryable): Promise<number> {
  const rows = await tx.query<{ k: string; y: number; c: number; f: number; b: string }>(
    `SELECT c.key_figure_id AS k, c.year AS y, c.value::float8 AS c, f.value::float8 AS f,
       f.price_basis AS b
     FROM observations c
     JOIN observations f ON f.key_figure_id = c.key_figure_id AND f.year = c.year
       AND f.municipality_code = c.municipality_code AND f.year_kind = 'accounts'
       AND f.status = 'value' AND f.price_basis LIKE 'fixed-%'
     WHERE c.price_basis = 'current' AND c.year_kind = 'accounts' AND c.status = 'value'`,
  );
  await tx.query(`DELETE FROM price_index WHERE source = 'derived'`);
  if (rows.length === 0) return 0;
  // One base year: the one with the most pairs.
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.b, (counts.get(r.b) ?? 0) + 1);
  const [basis] = [...counts.entries()].sort(
    (x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1),
  )[0] ?? ['fixed-0'];
  const baseYear = Number(basis.slice('fixed-'.length));
  const pairs: BasisPair[] = rows
    .filter((r) => r.b === basis)
    .map((r) => ({ keyFigureId: r.k, year: r.y, current: r.c, fixed: r.f }));
  const derived = deriveIndex(pairs, baseYear);
  const write = async (keyFigureId: string, years: readonly DerivedIndexYear[]) => {
    if (years.length === 0) return;
    await tx.query(
      `INSERT INTO price_index (source, key_figure_id, year, value, base_year, detail)
       SELECT 'derived', $1, t.y, t.v, $4, t.d::jsonb
       FROM unnest($2::int[], $3::numeric[], $5::text[]) AS t(y, v, d)`,
      [
        keyFigureId,
        years.map((y) => y.year),
        years.map((y) => String(y.factor)),
        baseYear,
        years.map((y) =>
          JSON.stringify({
            pairs: y.pairs,
            agreeing: y.agreeing,
            min: y.min,
            max: y.max,
            keyFigureIds: y.keyFigureIds,
          }),
        ),
      ],
    );
  };
  await write('', derived.general);
  for (const [id, years] of Object.entries(derived.perFigure)) await write(id, years);
  return 0;
}

/** One stored year of an index, with its derivation, for `prices` answers and /data. */
export interface StoredPriceIndexYear {
  readonly source: PriceIndexSource;
  readonly keyFigureId: string | null;
  readonly year: number;
  readonly value: number;
  readonly baseYear: number;
  readonly importId: number | null;
  readonly detail: Record<string, unknown>;
}

/** Every stored index year, by source, figure and year. */
export async function listPriceIndexYears(db: Queryable): Promise<StoredPriceIndexYear[]> {
  const rows = await db.query<{
    source: PriceIndexSource;
    key_figure_id: string;
    year: number;
    value: number;
    base_year: number;
    import_id: number | null;
    detail: Record<string, unknown>;
  }>(
    `SELECT source, key_figure_id, year, value::float8 AS value, base_year, import_id, detail
     FROM price_index ORDER BY source, key_figure_id, year`,
  );
  return rows.map((r) => ({
    source: r.source,
    keyFigureId: r.key_figure_id === '' ? null : r.key_figure_id,
    year: r.year,
    value: r.value,
    baseYear: r.base_year,
    importId: r.import_id,
    detail: r.detail,
  }));
}

/** The stored indices as the core's PriceIndex values. */
export async function loadPriceIndices(db: Queryable): Promise<PriceIndex[]> {
  const groups = new Map<
    string,
    {
      source: PriceIndexSource;
      keyFigureId: string | null;
      baseYear: number;
      values: Map<number, number>;
    }
  >();
  for (const r of await listPriceIndexYears(db)) {
    const key = `${r.source}|${r.keyFigureId ?? ''}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          source: r.source,
          keyFigureId: r.keyFigureId,
          baseYear: r.baseYear,
          values: new Map(),
        }),
      );
    g.values.set(r.year, r.value);
  }
  return [...groups.values()];
}
