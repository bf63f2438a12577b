import {
  findCatalogueEntry,
  type DefinitionBreak,
  type KeyFigure,
  type KeyFigureKind,
  type Polarity,
  type Theme,
} from '../core/index.ts';
import type { Queryable } from './database.ts';

interface KeyFigureRow {
  id: string;
  source: KeyFigure['source'];
  source_name: string;
  name_da: string;
  name_en: string;
  unit: string;
  themes: string[];
  kind: KeyFigureKind | null;
  polarity: Polarity;
  value_type: 'number' | 'boolean';
  volume_population: string | null;
  volume_share: string | null;
  volume_description: string | null;
  parent_id: string | null;
  overlaps_with: string[];
  counterparts: string[];
  catalogued: boolean;
  discontinued_after: number | null;
  breaks: DefinitionBreak[] | null;
}

/** A key figure as stored, with the numbered source notes attached to it. */
export interface StoredKeyFigure extends KeyFigure {
  readonly notes: readonly { readonly number: number; readonly text: string }[];
  /** Rows stored, numbers and M/U marks alike. */
  readonly observationCount: number;
  /** The first year in which some municipality has a number; null when none has. */
  readonly firstYear: number | null;
  /** The last year in which some municipality has a number; null when none has. */
  readonly lastYear: number | null;
  /** The years in which at least one municipality has a number (not only M/U marks). */
  readonly yearsWithValues: readonly number[];
}

const DETAILS = `
    (SELECT json_agg(json_build_object('year', b.year, 'description', b.description,
       'sourceNote', b.source_note) ORDER BY b.year)
     FROM key_figure_breaks b WHERE b.key_figure_id = k.id) AS breaks,
    (SELECT json_agg(json_build_object('number', n.note_number, 'text', s.text) ORDER BY n.note_number)
     FROM key_figure_notes n JOIN source_notes s ON s.source = n.source AND s.number = n.note_number
     WHERE n.key_figure_id = k.id) AS notes`;

// The observations' statistics per figure: the count of rows (M/U marks included), and the
// first, last and every year with a number. A row with only a mark is no year of the figure:
// an export lists every figure from 1993, also one defined from 2018.
const STATS = `count(*)::int AS observation_count,
    min(year) FILTER (WHERE value IS NOT NULL) AS first_year,
    max(year) FILTER (WHERE value IS NOT NULL) AS last_year,
    array_agg(DISTINCT year ORDER BY year) FILTER (WHERE value IS NOT NULL) AS years_with_values`;

/** One figure (or a few): the statistics from the primary key's range of that figure. */
const SELECT = `
  SELECT k.*, ${DETAILS}, st.*
  FROM key_figures k
  CROSS JOIN LATERAL (SELECT ${STATS} FROM observations o WHERE o.key_figure_id = k.id) st`;

/** Every figure: the statistics in one pass over the observations (twice as fast as per figure). */
const SELECT_ALL = `
  SELECT k.*, ${DETAILS}, coalesce(st.observation_count, 0) AS observation_count,
    st.first_year, st.last_year, st.years_with_values
  FROM key_figures k
  LEFT JOIN (SELECT key_figure_id, ${STATS} FROM observations GROUP BY key_figure_id) st
    ON st.key_figure_id = k.id`;

function toKeyFigure(
  r: KeyFigureRow & {
    notes: { number: number; text: string }[] | null;
    observation_count: number;
    first_year: number | null;
    last_year: number | null;
    years_with_values: number[] | null;
  },
): StoredKeyFigure {
  return {
    id: r.id,
    sourceName: r.source_name,
    source: r.source,
    nameDa: r.name_da,
    nameEn: r.name_en,
    unit: r.unit,
    themes: r.themes as Theme[],
    kind: r.kind,
    polarity: r.polarity,
    valueType: r.value_type,
    ...(r.volume_population !== null && r.volume_population !== ''
      ? {
          volume: {
            population: r.volume_population,
            ...(r.volume_share !== null && r.volume_share !== '' ? { share: r.volume_share } : {}),
            description: r.volume_description ?? '',
          },
        }
      : {}),
    ...(r.parent_id !== null && r.parent_id !== '' ? { parent: r.parent_id } : {}),
    overlaps: r.overlaps_with,
    counterparts: r.counterparts,
    breaks: withEnglish(
      r.id,
      r.catalogued,
      (r.breaks ?? []).map((b) =>
        b.sourceNote === null ? { year: b.year, description: b.description } : b,
      ),
    ),
    catalogued: r.catalogued,
    ...(r.discontinued_after === null ? {} : { discontinuedAfter: r.discontinued_after }),
    notes: r.notes ?? [],
    observationCount: r.observation_count,
    firstYear: r.first_year,
    lastYear: r.last_year,
    yearsWithValues: (r.years_with_values ?? []).map(Number),
    ...catalogueOnly(r.id, r.catalogued),
  };
}

/**
 * What the reviewed catalogue says of a figure beyond the stored columns: the volume's rule
 * before a definition change (note 25), a figure derived at read time, a cross-area aggregate.
 * The catalogue is code, so it is read from there rather than stored twice.
 */
function catalogueOnly(id: string, catalogued: boolean): Partial<KeyFigure> {
  const entry = catalogued ? findCatalogueEntry(id) : undefined;
  if (entry?.id !== id) return {};
  return {
    ...(entry.volume ? { volume: entry.volume } : {}),
    ...(entry.derived ? { derived: entry.derived } : {}),
    ...(entry.aggregate ? { aggregate: entry.aggregate } : {}),
  };
}

/**
 * The stored breaks with the catalogue's English, where the catalogue has the same break (year
 * and Danish text): the English is code, like the volume, and not stored twice.
 */
function withEnglish(
  id: string,
  catalogued: boolean,
  breaks: readonly DefinitionBreak[],
): DefinitionBreak[] {
  const entry = catalogued ? findCatalogueEntry(id) : undefined;
  return breaks.map((b) => {
    const en = entry?.breaks.find(
      (c) => c.year === b.year && c.description === b.description,
    )?.descriptionEn;
    return en === undefined ? b : { ...b, descriptionEn: en };
  });
}

export interface KeyFigureFilter {
  readonly theme?: string;
  readonly kind?: string;
  readonly catalogued?: boolean;
}

/** The key figures, catalogued first, then by Danish name. */
export async function listKeyFigures(
  db: Queryable,
  filter: KeyFigureFilter = {},
): Promise<StoredKeyFigure[]> {
  const rows = await db.query<Parameters<typeof toKeyFigure>[0]>(
    `${SELECT_ALL}
     WHERE ($1::text IS NULL OR $1 = ANY (k.themes))
       AND ($2::text IS NULL OR k.kind = $2)
       AND ($3::boolean IS NULL OR k.catalogued = $3)
     ORDER BY k.catalogued DESC, k.name_da, k.id`,
    [filter.theme ?? null, filter.kind ?? null, filter.catalogued ?? null],
  );
  return rows.map(toKeyFigure);
}

/**
 * Every figure's definition without the statistics over the observations (which scan them
 * all): what the initiatives' checks and the effect check read.
 */
export async function listKeyFigureDefinitions(db: Queryable): Promise<KeyFigure[]> {
  const rows = await db.query<Parameters<typeof toKeyFigure>[0]>(
    `SELECT k.*, ${DETAILS}, 0 AS observation_count, NULL::int AS first_year,
       NULL::int AS last_year, NULL::int[] AS years_with_values
     FROM key_figures k ORDER BY k.id`,
  );
  return rows.map((r) => {
    const {
      notes: _n,
      observationCount: _c,
      firstYear: _f,
      lastYear: _l,
      yearsWithValues: _y,
      ...k
    } = toKeyFigure(r);
    return k;
  });
}

/**
 * Finds a key figure by id, by its exact source name, or by its source name ignoring case.
 * Returns undefined when none matches; several case-insensitive matches are ambiguous.
 */
export async function findKeyFigure(
  db: Queryable,
  idOrName: string,
): Promise<StoredKeyFigure | undefined> {
  const rows = await db.query<Parameters<typeof toKeyFigure>[0] & { rank: number }>(
    `SELECT * FROM (${SELECT}) k2
     WHERE k2.id = $1 OR k2.source_name = $1 OR lower(k2.source_name) = lower($1)
     ORDER BY (k2.id = $1) DESC, (k2.source_name = $1) DESC LIMIT 2`,
    [idOrName.trim()],
  );
  const [first, second] = rows;
  if (!first) return undefined;
  if (second && first.id !== idOrName.trim() && first.source_name !== idOrName.trim())
    return undefined;
  return toKeyFigure(first);
}
