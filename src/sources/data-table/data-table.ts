import { InvalidFileError, type Diagnostic } from '../../core/index.ts';
import { decodeText, readCsvRecords } from '../text/index.ts';

/** A numeric table read from a user's CSV: one id per row and the asked-for numeric columns. */
export interface DataTable {
  readonly ids: readonly string[];
  /** columns[name][row]. */
  readonly columns: Readonly<Record<string, readonly number[]>>;
}

/**
 * Reads a CSV with a header row (`,` or `;`, decimal point or, with `;`, decimal comma) and
 * returns the id column and the named numeric columns. Refuses, naming file, line, column and
 * value: a missing column (listing those there are), an empty or non-numeric cell, a negative
 * value, a repeated id, a header but no rows.
 * @example parseDataTable(bytes, 'data.csv', { id: 'firm', columns: ['x', 'y'] })
 */
export function parseDataTable(
  bytes: Uint8Array,
  fileName: string,
  want: { readonly id: string; readonly columns: readonly string[] },
): DataTable {
  const { text } = decodeText(bytes, fileName);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = readCsvRecords(text, fileName, delimiter);
  const [header, ...rows] = records;
  const fail = (d: Omit<Diagnostic, 'severity' | 'file'>): never => {
    throw new InvalidFileError([{ severity: 'error', file: fileName, ...d }]);
  };
  if (!header) return fail({ line: 1, message: 'filen er tom' });
  const names = header.fields.map((f) => f.trim().replace(/^"|"$/g, ''));
  const index = (name: string): number => {
    const i = names.indexOf(name);
    if (i < 0)
      fail({
        line: header.line,
        field: name,
        message: `kolonnen "${name}" findes ikke; kolonnerne er ${names.join(', ')}`,
      });
    return i;
  };
  const idAt = index(want.id);
  const at = want.columns.map((c) => [c, index(c)] as const);
  if (rows.length === 0)
    fail({ line: header.line, message: 'filen har en overskrift, men ingen rækker' });
  const ids: string[] = [];
  const seen = new Set<string>();
  const columns: Record<string, number[]> = Object.fromEntries(want.columns.map((c) => [c, []]));
  for (const row of rows) {
    const id = (row.fields[idAt] ?? '').trim();
    if (id === '') fail({ line: row.line, field: want.id, value: id, message: 'tomt id' });
    if (seen.has(id))
      fail({ line: row.line, field: want.id, value: id, message: 'id’et står to gange' });
    seen.add(id);
    ids.push(id);
    for (const [name, i] of at) {
      const raw = (row.fields[i] ?? '').trim();
      const normal = delimiter === ';' ? raw.replace(/\./g, '').replace(',', '.') : raw;
      const value = raw === '' ? Number.NaN : Number(normal);
      if (!Number.isFinite(value))
        fail({
          line: row.line,
          field: name,
          value: raw,
          message: raw === '' ? 'tom celle' : 'ikke et tal',
        });
      if (value < 0)
        fail({
          line: row.line,
          field: name,
          value: raw,
          message: 'negativ værdi; DEA kræver værdier ≥ 0',
        });
      (columns[name] as number[]).push(value);
    }
  }
  return { ids, columns };
}
