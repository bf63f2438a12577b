import {
  computeVolume,
  volumeShareFor,
  type ObservationStatus,
  type VolumeDefinition,
  type YearKind,
} from '../core/index.ts';
import type { Queryable } from './database.ts';

/** One stored value of a cell: cells can hold several, of other year kinds or price bases. */
export interface StoredValue {
  readonly yearKind: YearKind;
  /** 'current', 'fixed-2010', 'none' (not money) or 'unknown'. */
  readonly priceBasis: string;
  /** Null unless status is `value`. */
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** The cell as the source wrote it. */
  readonly raw: string;
  /** The import the value came from. */
  readonly importId: number;
}

/** One municipality's stored values of a key figure in a year, with its volume. */
export interface MunicipalityValues {
  readonly code: string;
  readonly name: string;
  readonly regionCode: string;
  /** Every stored value, accounts first; empty when nothing was imported. */
  readonly values: readonly StoredValue[];
  /** The catalogue volume for the same year (e.g. number of 67+), when the figure has one. */
  readonly volume: number | null;
}

interface Row {
  code: string;
  name: string;
  region_code: string;
  year: number;
  value: string | null;
  status: ObservationStatus | null;
  raw: string | null;
  import_id: number | null;
  year_kind: YearKind | null;
  price_basis: string | null;
  population: string | null;
  share: string | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

// A volume's population and share: one value per cell, the accounts first (they are not money,
// so their price basis is 'none').
const ONE_VALUE = (alias: string, figure: string, year: string) => `LEFT JOIN LATERAL (
       SELECT value FROM observations x WHERE x.key_figure_id = ${figure} AND x.year = ${year}
         AND x.municipality_code = m.code AND x.status = 'value'
       ORDER BY CASE x.year_kind WHEN 'accounts' THEN 0 WHEN 'budget' THEN 1 ELSE 2 END LIMIT 1
     ) ${alias} ON true`;

/**
 * Every municipality's stored values of a key figure in one year, in code order. Municipalities
 * without an observation have no values.
 */
export async function valuesForYear(
  db: Queryable,
  keyFigureId: string,
  year: number,
  volume?: VolumeDefinition,
): Promise<MunicipalityValues[]> {
  const rows = await db.query<Row>(
    `SELECT m.code, m.name, m.region_code, $2::int AS year, o.value::text AS value, o.status,
       o.raw, o.import_id, o.year_kind, o.price_basis,
       p.value::text AS population, s.value::text AS share
     FROM municipalities m
     LEFT JOIN observations o ON o.key_figure_id = $1 AND o.year = $2 AND o.municipality_code = m.code
     ${ONE_VALUE('p', '$3', '$2')}
     ${ONE_VALUE('s', '$4', '$2')}
     ORDER BY m.code::int, CASE o.year_kind WHEN 'accounts' THEN 0 WHEN 'budget' THEN 1 ELSE 2 END,
       o.price_basis`,
    [
      keyFigureId,
      year,
      volume?.population ?? null,
      volume ? (volumeShareFor(volume, year) ?? null) : null,
    ],
  );
  return groupRows(
    rows,
    (r) => r.code,
    (r) => ({
      code: r.code,
      name: r.name,
      regionCode: r.region_code,
      values: [],
      volume: volume ? computeVolume(volume, num(r.population), num(r.share)) : null,
    }),
  );
}

/** One municipality's stored values of a key figure in one year. */
export interface SeriesYear {
  readonly year: number;
  readonly values: readonly StoredValue[];
  readonly volume: number | null;
}

/** One municipality's values of a key figure in every year with an observation, oldest first. */
export async function seriesFor(
  db: Queryable,
  keyFigureId: string,
  municipalityCode: string,
  volume?: VolumeDefinition,
): Promise<SeriesYear[]> {
  const shares = volume?.before
    ? [volume.share ?? null, volume.before.share]
    : [volume?.share ?? null];
  const rows = await db.query<Row>(
    `SELECT m.code, m.name, m.region_code, o.year, o.value::text AS value, o.status, o.raw,
       o.import_id, o.year_kind, o.price_basis, p.value::text AS population,
       s.value::text AS share
     FROM observations o
     JOIN municipalities m ON m.code = o.municipality_code
     ${ONE_VALUE('p', '$3', 'o.year')}
     ${ONE_VALUE('s', `(CASE WHEN $5::int IS NOT NULL AND o.year < $5::int THEN $6 ELSE $4 END)`, 'o.year')}
     WHERE o.key_figure_id = $1 AND o.municipality_code = $2
     ORDER BY o.year, CASE o.year_kind WHEN 'accounts' THEN 0 WHEN 'budget' THEN 1 ELSE 2 END,
       o.price_basis`,
    [
      keyFigureId,
      municipalityCode,
      volume?.population ?? null,
      shares[0] ?? null,
      volume?.before?.year ?? null,
      shares[1] ?? null,
    ],
  );
  return groupRows(
    rows,
    (r) => r.year,
    (r) => ({
      year: r.year,
      values: [],
      volume: volume ? computeVolume(volume, num(r.population), num(r.share)) : null,
    }),
  );
}

/** Consecutive rows with the same key become one group holding each row's stored value. */
function groupRows<G extends { readonly values: readonly StoredValue[] }>(
  rows: readonly Row[],
  keyOf: (r: Row) => string | number,
  start: (r: Row) => G,
): G[] {
  const out: G[] = [];
  let key: string | number | undefined;
  for (const r of rows) {
    let last = out[out.length - 1];
    if (last === undefined || keyOf(r) !== key) {
      key = keyOf(r);
      last = start(r);
      out.push(last);
    }
    const v = storedValue(r);
    if (v) (last.values as StoredValue[]).push(v);
  }
  return out;
}

function storedValue(r: Row): StoredValue | undefined {
  if (r.status === null || r.year_kind === null || r.price_basis === null) return undefined;
  return {
    yearKind: r.year_kind,
    priceBasis: r.price_basis,
    value: num(r.value),
    status: r.status,
    raw: r.raw ?? '',
    importId: r.import_id ?? 0,
  };
}

/** Counts of stored observations by status, for `db status` and the fidelity tests. */
export async function observationCounts(db: Queryable): Promise<Record<string, number>> {
  const rows = await db.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM observations GROUP BY status ORDER BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** How many observations are stored in all (health's count). */
export async function countObservations(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM observations');
  return row?.n ?? 0;
}
