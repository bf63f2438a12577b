import { computeVolume, type ObservationStatus, type VolumeDefinition } from '../core/index.ts';
import type { Queryable } from './database.ts';

/** One municipality's value of a key figure in a year, with its provenance and volume. */
export interface MunicipalityValue {
  readonly code: string;
  readonly name: string;
  readonly regionCode: string;
  /** Null unless status is `value`. */
  readonly value: number | null;
  /** `value`, `missing`, `undefined`, `confidential`, or `no-data` when nothing was imported. */
  readonly status: ObservationStatus | 'no-data';
  /** The cell as the source wrote it. */
  readonly raw: string | null;
  /** The import the value came from. */
  readonly importId: number | null;
  /** The catalogue volume for the same year (e.g. number of 67+), when the figure has one. */
  readonly volume: number | null;
}

interface Row {
  code: string;
  name: string;
  region_code: string;
  value: string | null;
  status: ObservationStatus | null;
  raw: string | null;
  import_id: number | null;
  population: string | null;
  share: string | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/**
 * Every municipality's value of a key figure in one year, in code order. Municipalities
 * without an observation appear with status `no-data`.
 */
export async function valuesForYear(
  db: Queryable,
  keyFigureId: string,
  year: number,
  volume?: VolumeDefinition,
): Promise<MunicipalityValue[]> {
  const rows = await db.query<Row>(
    `SELECT m.code, m.name, m.region_code, o.value::text AS value, o.status, o.raw, o.import_id,
       p.value::text AS population, s.value::text AS share
     FROM municipalities m
     LEFT JOIN observations o ON o.key_figure_id = $1 AND o.year = $2 AND o.municipality_code = m.code
     LEFT JOIN observations p ON p.key_figure_id = $3 AND p.year = $2 AND p.municipality_code = m.code
     LEFT JOIN observations s ON s.key_figure_id = $4 AND s.year = $2 AND s.municipality_code = m.code
     ORDER BY m.code::int`,
    [keyFigureId, year, volume?.population ?? null, volume?.share ?? null],
  );
  return rows.map((r) => toValue(r, volume));
}

/** One municipality's value of a key figure in every year with an observation, oldest first. */
export interface SeriesPoint {
  readonly year: number;
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly raw: string;
  readonly importId: number;
  readonly volume: number | null;
}

export async function seriesFor(
  db: Queryable,
  keyFigureId: string,
  municipalityCode: string,
  volume?: VolumeDefinition,
): Promise<SeriesPoint[]> {
  const rows = await db.query<Row & { year: number }>(
    `SELECT o.year, o.value::text AS value, o.status, o.raw, o.import_id,
       p.value::text AS population, s.value::text AS share
     FROM observations o
     LEFT JOIN observations p ON p.key_figure_id = $3 AND p.year = o.year AND p.municipality_code = o.municipality_code
     LEFT JOIN observations s ON s.key_figure_id = $4 AND s.year = o.year AND s.municipality_code = o.municipality_code
     WHERE o.key_figure_id = $1 AND o.municipality_code = $2
     ORDER BY o.year`,
    [keyFigureId, municipalityCode, volume?.population ?? null, volume?.share ?? null],
  );
  return rows.map((r) => {
    const v = toValue(r, volume);
    return {
      year: r.year,
      value: v.value,
      status: r.status ?? 'missing',
      raw: r.raw ?? '',
      importId: r.import_id ?? 0,
      volume: v.volume,
    };
  });
}

function toValue(r: Row, volume: VolumeDefinition | undefined): MunicipalityValue {
  return {
    code: r.code,
    name: r.name,
    regionCode: r.region_code,
    value: num(r.value),
    status: r.status ?? 'no-data',
    raw: r.raw,
    importId: r.import_id,
    volume: volume ? computeVolume(volume, num(r.population), num(r.share)) : null,
  };
}

/** Counts of stored observations by status, for `db status` and the fidelity tests. */
export async function observationCounts(db: Queryable): Promise<Record<string, number>> {
  const rows = await db.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM observations GROUP BY status ORDER BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
