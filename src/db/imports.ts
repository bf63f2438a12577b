import type { Diagnostic } from '../core/index.ts';
import type { ImportSummary } from './apply-import.ts';
import type { Queryable } from './database.ts';

/** An import as recorded in `imports`: its summary plus when and from which export. */
export interface ImportRecord extends Omit<ImportSummary, 'priceBasis'> {
  readonly byteSize: number;
  readonly importedAt: string;
  readonly exportedBy: string | null;
  /** The price basis of the file's money ('current', 'fixed-2010'), and how it was found. */
  readonly priceBasis: string | null;
  readonly priceBasisHow: 'stated' | 'flag' | 'detected' | null;
  /** The evidence of a detected basis: the factor per year against what it was compared with. */
  readonly priceBasisDetail: unknown;
  /** The years that are not accounts, e.g. { "2019": "budget" }. */
  readonly yearKinds: Readonly<Record<string, string>>;
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
    price_basis: string | null;
    price_basis_how: 'stated' | 'flag' | 'detected' | null;
    price_basis_detail: unknown;
    year_kinds: Record<string, string> | string;
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
    priceBasis: r.price_basis,
    priceBasisHow: r.price_basis_how,
    priceBasisDetail:
      typeof r.price_basis_detail === 'string'
        ? (JSON.parse(r.price_basis_detail) as unknown)
        : r.price_basis_detail,
    yearKinds:
      typeof r.year_kinds === 'string'
        ? (JSON.parse(r.year_kinds) as Record<string, string>)
        : r.year_kinds,
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
