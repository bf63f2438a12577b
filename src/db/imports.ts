import type { Diagnostic } from '../core/index.ts';
import type { ImportSummary } from './apply-import.ts';
import type { Queryable } from './database.ts';

/** An import as recorded in `imports`: its summary plus when and from which export. */
export interface ImportRecord extends ImportSummary {
  readonly byteSize: number;
  readonly importedAt: string;
  readonly exportedBy: string | null;
}

/** Every import, newest first: the provenance of all data. */
export async function listImports(db: Queryable): Promise<ImportRecord[]> {
  const rows = await db.query<{
    id: number;
    source_format: string;
    file_name: string;
    sha256: string;
    byte_size: number;
    imported_at: Date | string;
    status: 'applied' | 'unchanged';
    exported_by: string | null;
    key_figures: number;
    rows_read: number;
    inserted: number;
    updated: number;
    unchanged: number;
    diagnostics: Diagnostic[] | string;
  }>(`SELECT * FROM imports ORDER BY id DESC`);
  return rows.map((r) => ({
    id: r.id,
    format: r.source_format,
    fileName: r.file_name,
    sha256: r.sha256,
    byteSize: r.byte_size,
    importedAt: new Date(r.imported_at).toISOString(),
    status: r.status,
    exportedBy: r.exported_by,
    keyFigures: r.key_figures,
    rowsRead: r.rows_read,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    diagnostics:
      typeof r.diagnostics === 'string'
        ? (JSON.parse(r.diagnostics) as Diagnostic[])
        : r.diagnostics,
  }));
}

/**
 * A stamp that changes with every import (the newest id and the count): answers and loaded
 * data computed under one stamp stay valid until it changes, from any process.
 */
export async function dataVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ v: string }>(
    `SELECT coalesce(max(id), 0)::text || '.' || count(*)::text AS v FROM imports`,
  );
  return row?.v ?? '0';
}
