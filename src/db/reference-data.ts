import { MUNICIPALITIES, REGIONS, type KeyFigure } from '../core/index.ts';
import type { Queryable } from './database.ts';

/** Inserts the 5 regions and 98 municipalities when missing (idempotent). */
export async function seedMunicipalities(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, name) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (code) DO NOTHING`,
    [REGIONS.map((r) => r.code), REGIONS.map((r) => r.name)],
  );
  await db.query(
    `INSERT INTO municipalities (code, name, region_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (code) DO NOTHING`,
    [
      MUNICIPALITIES.map((m) => m.code),
      MUNICIPALITIES.map((m) => m.name),
      MUNICIPALITIES.map((m) => m.regionCode),
    ],
  );
}

/**
 * Writes the reviewed catalogue into key_figures: catalogued entries get the catalogue's
 * metadata (a figure seen in an import before it was catalogued is upgraded in place).
 */
export async function syncCatalogue(db: Queryable, catalogue: readonly KeyFigure[]): Promise<void> {
  if (catalogue.length === 0) return;
  const col = <T>(f: (k: KeyFigure) => T): T[] => catalogue.map(f);
  await adoptUncatalogued(db, catalogue);
  await db.query(
    `INSERT INTO key_figures AS k (id, source, source_name, name_da, name_en, unit, themes, kind,
       polarity, value_type, volume_population, volume_share, volume_description, parent_id,
       overlaps_with, counterparts, catalogued, discontinued_after)
     SELECT t.id, t.source, t.source_name, t.name_da, t.name_en, t.unit,
       string_to_array(t.themes, ',')::text[], t.kind, t.polarity, t.value_type, t.volume_population,
       t.volume_share, t.volume_description, t.parent_id, string_to_array(t.overlaps_with, ',')::text[],
       string_to_array(t.counterparts, ',')::text[], true, t.discontinued_after
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
       $15::text[], $16::text[], $17::int[])
       AS t(id, source, source_name, name_da, name_en, unit, themes, kind, polarity, value_type,
         volume_population, volume_share, volume_description, parent_id, overlaps_with, counterparts,
         discontinued_after)
     ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, source_name = EXCLUDED.source_name,
       name_da = EXCLUDED.name_da, name_en = EXCLUDED.name_en, unit = EXCLUDED.unit,
       themes = EXCLUDED.themes, kind = EXCLUDED.kind, polarity = EXCLUDED.polarity,
       value_type = EXCLUDED.value_type, volume_population = EXCLUDED.volume_population,
       volume_share = EXCLUDED.volume_share, volume_description = EXCLUDED.volume_description,
       parent_id = EXCLUDED.parent_id, overlaps_with = EXCLUDED.overlaps_with,
       counterparts = EXCLUDED.counterparts, catalogued = true,
       discontinued_after = EXCLUDED.discontinued_after`,
    [
      col((k) => k.id),
      col((k) => k.source),
      col((k) => k.sourceName),
      col((k) => k.nameDa),
      col((k) => k.nameEn),
      col((k) => k.unit),
      col((k) => k.themes.join(',')),
      col((k) => k.kind),
      col((k) => k.polarity),
      col((k) => k.valueType),
      col((k) => k.volume?.population ?? null),
      col((k) => k.volume?.share ?? null),
      col((k) => k.volume?.description ?? null),
      col((k) => k.parent ?? null),
      col((k) => k.overlaps.join(',')),
      col((k) => k.counterparts.join(',')),
      col((k) => k.discontinuedAfter ?? null),
    ],
  );
  const breaks = catalogue.flatMap((k) => k.breaks.map((b) => ({ id: k.id, ...b })));
  await db.query(`DELETE FROM key_figure_breaks WHERE key_figure_id = ANY($1::text[])`, [
    col((k) => k.id),
  ]);
  if (breaks.length) {
    await db.query(
      `INSERT INTO key_figure_breaks (key_figure_id, year, description, source_note)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[])`,
      [
        breaks.map((b) => b.id),
        breaks.map((b) => b.year),
        breaks.map((b) => b.description),
        breaks.map((b) => b.sourceNote ?? null),
      ],
    );
  }
}

/**
 * A figure first seen in an import (stored under the slug of its name) that a newer catalogue
 * names under another id is moved to the catalogue's id, with its values, history and notes,
 * so an upgrade never loses data or hits the unique source name.
 */
async function adoptUncatalogued(db: Queryable, catalogue: readonly KeyFigure[]): Promise<void> {
  const moves = await db.query<{ old_id: string; new_id: string }>(
    `SELECT k.id AS old_id, t.id AS new_id
     FROM key_figures k JOIN unnest($1::text[], $2::text[], $3::text[]) AS t(id, source, source_name)
       ON k.source = t.source AND k.source_name = t.source_name
     WHERE k.id <> t.id AND NOT k.catalogued`,
    [
      catalogue.map((k) => k.id),
      catalogue.map((k) => k.source),
      catalogue.map((k) => k.sourceName),
    ],
  );
  for (const { old_id: from, new_id: to } of moves) {
    await db.query(
      `INSERT INTO key_figures (id, source, source_name, name_da, name_en, unit, value_type, catalogued, first_import_id)
       SELECT $2, source, source_name || ' ', name_da, name_en, unit, value_type, false, first_import_id
       FROM key_figures WHERE id = $1 ON CONFLICT (id) DO NOTHING`,
      [from, to],
    );
    for (const table of [
      'observations',
      'observation_history',
      'observation_notes',
      'key_figure_notes',
      'key_figure_breaks',
    ]) {
      await db.query(`UPDATE ${table} SET key_figure_id = $2 WHERE key_figure_id = $1`, [from, to]);
    }
    await db.query('DELETE FROM key_figures WHERE id = $1', [from]);
  }
}
