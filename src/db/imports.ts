import type { Diagnostic } from '../core/index.ts';
import type { Queryable } from './database.ts';

export interface ImportRecord {
  readonly id: number;
  readonly format: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly byteSize: number;
  readonly importedAt: string;
  readonly status: 'applied' | 'unchanged';
  readonly exportedBy: string | null;
  readonly keyFigures: number;
  readonly rowsRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly diagnostics: readonly Diagnostic[];
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
