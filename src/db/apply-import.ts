import {
  nonAccountsYears,
  storedBasis,
  type Diagnostic,
  type ParsedSource,
  type PriceLevel,
} from '../core/index.ts';
import type { Database, Queryable } from './database.ts';
import { analyzeIfChanged, applyObservations } from './apply-observations.ts';
import { checkExpectedTotals } from './expected-totals.ts';
import { refreshDerivedPriceIndex, storeImportedPriceIndex } from './price-index.ts';

/** What the user gave us besides the content: where it came from and when. */
export interface ImportMeta {
  readonly fileName: string;
  readonly sha256: string;
  readonly byteSize: number;
  readonly importedAt: Date;
  /**
   * The price level of the file's money when the source does not state it: from
   * `--price-basis` ('flag') or found by overlap with stored values ('detected'), with the
   * evidence. Money of unknown level is refused.
   */
  readonly priceBasis?: {
    readonly level: PriceLevel;
    readonly how: 'flag' | 'detected';
    readonly detail?: unknown;
  };
}

/** The record of one import, as stored in `imports`. */
export interface ImportSummary {
  readonly id: number;
  readonly format: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly status: 'applied' | 'unchanged';
  readonly keyFigures: number;
  readonly rowsRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly diagnostics: readonly Diagnostic[];
  /** The price basis of the file's money and how it was found; absent when it holds none. */
  readonly priceBasis?: { readonly basis: string; readonly how: 'stated' | 'flag' | 'detected' };
}

/** Observations are sent in chunks so no single statement carries too many parameters. */
const CHUNK = 20_000;

/**
 * Stores a parsed source in one transaction: key figures it introduces, its notes, its
 * observations (new ones inserted, changed ones updated with the old value kept in
 * observation_history, equal ones left alone), classification and boundaries, and the import
 * record. Either all of it is stored or, on any error, none of it.
 * @param onProgress called with the number of observations stored so far
 */
export async function applyImport(
  db: Database,
  parsed: ParsedSource,
  meta: ImportMeta,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportSummary> {
  const basis = parsed.priceBasis
    ? { level: parsed.priceBasis, how: 'stated' as const, detail: undefined }
    : meta.priceBasis;
  const yearKinds = nonAccountsYears(parsed);
  return db.transaction(async (tx) => {
    const [record] = await tx.query<{ id: number }>(
      `INSERT INTO imports (source_format, file_name, sha256, byte_size, imported_at, status,
         exported_by, exported_on, key_figures, rows_read, diagnostics, price_basis,
         price_basis_how, price_basis_detail, year_kinds)
       VALUES ($1, $2, $3, $4, $5, 'applied', $6, $7, $8, $9, $10::jsonb, $11, $12, $13::jsonb,
         $14::jsonb) RETURNING id`,
      [
        parsed.format,
        meta.fileName,
        meta.sha256,
        meta.byteSize,
        meta.importedAt.toISOString(),
        parsed.exportedBy ?? null,
        parsed.exportedOn ?? null,
        parsed.keyFigures.length,
        parsed.observations.length,
        JSON.stringify(parsed.diagnostics),
        basis ? storedBasis(basis.level) : null,
        basis?.how ?? null,
        basis?.detail === undefined ? null : JSON.stringify(basis.detail),
        JSON.stringify(yearKinds),
      ],
    );
    const importId = (record as { id: number }).id;
    let changed = 0;
    if (parsed.classification) changed += await applyClassification(tx, parsed);
    changed += await applyKeyFigures(tx, parsed, importId);
    await checkExpectedTotals(tx, parsed);
    const { merged, ...counts } = await applyObservations(
      tx,
      parsed,
      importId,
      basis?.level,
      onProgress,
    );
    // Keep the planner's statistics current for the queries that read what was just written.
    await analyzeIfChanged(tx, counts.inserted + counts.updated);
    await applyRowNotes(tx, parsed);
    if (parsed.boundaries) changed += await applyBoundaries(tx, parsed, importId);
    if (parsed.priceIndex)
      changed += await storeImportedPriceIndex(tx, parsed.priceIndex, importId);
    // The derived index follows from what is stored, whatever the order of the imports. Values
    // of figures that had none stored cannot pair with another basis: then it stays as it is.
    if (merged && counts.inserted + counts.updated > 0)
      changed += await refreshDerivedPriceIndex(tx);
    const status = changed + counts.inserted + counts.updated === 0 ? 'unchanged' : 'applied';
    await tx.query(
      `UPDATE imports SET status = $2, inserted = $3, updated = $4, unchanged = $5 WHERE id = $1`,
      [importId, status, counts.inserted, counts.updated, counts.unchanged],
    );
    return {
      id: importId,
      format: parsed.format,
      fileName: meta.fileName,
      sha256: meta.sha256,
      status,
      keyFigures: parsed.keyFigures.length,
      rowsRead: parsed.observations.length,
      ...counts,
      diagnostics: parsed.diagnostics,
      ...(basis ? { priceBasis: { basis: storedBasis(basis.level), how: basis.how } } : {}),
    };
  });
}

async function applyClassification(tx: Queryable, parsed: ParsedSource): Promise<number> {
  const c = parsed.classification;
  if (!c) return 0;
  const regions = await tx.query(
    `INSERT INTO regions AS r (code, name) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE r.name IS DISTINCT FROM EXCLUDED.name
     RETURNING code`,
    [c.regions.map((r) => r.code), c.regions.map((r) => r.name)],
  );
  const landsdele = await tx.query(
    `INSERT INTO landsdele AS l (code, name, region_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code
       WHERE (l.name, l.region_code) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.region_code)
     RETURNING code`,
    [
      c.landsdele.map((l) => l.code),
      c.landsdele.map((l) => l.name),
      c.landsdele.map((l) => l.regionCode),
    ],
  );
  const municipalities = await tx.query(
    `INSERT INTO municipalities AS m (code, name, region_code, landsdel_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code,
       landsdel_code = EXCLUDED.landsdel_code
       WHERE (m.name, m.region_code, m.landsdel_code)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.region_code, EXCLUDED.landsdel_code)
     RETURNING code`,
    [
      c.municipalities.map((m) => m.code),
      c.municipalities.map((m) => m.name),
      c.municipalities.map((m) => m.regionCode),
      c.municipalities.map((m) => m.landsdelCode),
    ],
  );
  return regions.length + landsdele.length + municipalities.length;
}

async function applyKeyFigures(
  tx: Queryable,
  parsed: ParsedSource,
  importId: number,
): Promise<number> {
  const k = parsed.keyFigures;
  if (k.length === 0 && parsed.notes.length === 0) return 0;
  // Figures the catalogue does not know are stored as seen, with their source name as name.
  const added = await tx.query(
    `INSERT INTO key_figures (id, source, source_name, name_da, name_en, unit, value_type,
       discontinued_after, catalogued, first_import_id)
     SELECT t.id, t.source, t.name, t.name, t.name, coalesce(t.unit, ''), t.value_type, t.until, false, $7
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
       AS t(id, source, name, unit, value_type, until)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      k.map((f) => f.id),
      k.map((f) => f.source),
      k.map((f) => f.sourceName),
      k.map((f) => f.unit ?? null),
      k.map((f) => f.valueType),
      k.map((f) => f.discontinuedAfter ?? null),
      importId,
    ],
  );
  const source = k[0]?.source ?? 'noegletal';
  let notesChanged = 0;
  if (parsed.notes.length) {
    const rows = await tx.query(
      `INSERT INTO source_notes AS n (source, number, text, import_id)
       SELECT $1, t.number, t.text, $4 FROM unnest($2::int[], $3::text[]) AS t(number, text)
       ON CONFLICT (source, number) DO UPDATE SET text = EXCLUDED.text, import_id = EXCLUDED.import_id
         WHERE n.text IS DISTINCT FROM EXCLUDED.text
       RETURNING number`,
      [source, parsed.notes.map((n) => n.number), parsed.notes.map((n) => n.text), importId],
    );
    notesChanged = rows.length;
  }
  const links = k.flatMap((f) => f.noteNumbers.map((n) => [f.id, f.source, n] as const));
  if (links.length) {
    await tx.query(
      `INSERT INTO key_figure_notes (key_figure_id, source, note_number)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING`,
      [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
    );
  }
  return added.length + notesChanged;
}

async function applyRowNotes(tx: Queryable, parsed: ParsedSource): Promise<void> {
  const source = parsed.keyFigures[0]?.source ?? 'noegletal';
  const links = parsed.rowNotes.flatMap((r) =>
    r.noteNumbers.map((n) => [r.keyFigureId, r.municipalityCode, n] as const),
  );
  for (let i = 0; i < links.length; i += CHUNK) {
    const part = links.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO observation_notes (key_figure_id, municipality_code, source, note_number)
       SELECT t.k, t.m, $4, t.n FROM unnest($1::text[], $2::text[], $3::int[]) AS t(k, m, n)
       ON CONFLICT DO NOTHING`,
      [part.map((l) => l[0]), part.map((l) => l[1]), part.map((l) => l[2]), source],
    );
  }
}

async function applyBoundaries(
  tx: Queryable,
  parsed: ParsedSource,
  importId: number,
): Promise<number> {
  const b = parsed.boundaries ?? [];
  if (b.length === 0) return 0;
  const rows = await tx.query(
    `INSERT INTO boundaries AS b (level, code, name, geometry, import_id)
     SELECT t.level, t.code, t.name, t.geometry::jsonb, $5
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(level, code, name, geometry)
     ON CONFLICT (level, code) DO UPDATE SET name = EXCLUDED.name, geometry = EXCLUDED.geometry,
       import_id = EXCLUDED.import_id
       WHERE (b.name, b.geometry) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.geometry)
     RETURNING code`,
    [
      b.map((x) => x.level),
      b.map((x) => x.code),
      b.map((x) => x.name),
      b.map((x) => JSON.stringify(x.geometry)),
      importId,
    ],
  );
  return rows.length;
}
