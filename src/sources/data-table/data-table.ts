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
 * value: a missing column (listing the first 20 there are), a used column whose name the header
 * repeats (which one is meant?), an empty or non-numeric cell, a negative value, a repeated id, a
 * header but no rows.
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
        message: `kolonnen "${clip(name)}" findes ikke; kolonnerne er ${listNames(names)}`,
      });
    const again = names.indexOf(name, i + 1);
    if (again >= 0)
      fail({
        line: header.line,
        field: name,
        message: `kolonnen "${clip(name)}" står to gange i overskriften (kolonne ${i + 1} og ${again + 1}); giv dem forskellige navne`,
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
    if (id === '') fail({ line: row.line, field: want.id, value: clip(id), message: 'tomt id' });
    if (seen.has(id))
      fail({ line: row.line, field: want.id, value: clip(id), message: 'id’et står to gange' });
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
          value: clip(raw),
          message: raw === '' ? 'tom celle' : 'ikke et tal',
        });
      if (value < 0)
        fail({
          line: row.line,
          field: name,
          value: clip(raw),
          message: 'negativ værdi; DEA kræver værdier ≥ 0',
        });
      (columns[name] as number[]).push(value);
    }
  }
  return { ids, columns };
}

/** How many header names a refusal lists; a header of 150 000 names must not make a 1 MB message. */
const LISTED_NAMES = 20;

/** A user's name, cut to a readable length for a message. */
const clip = (name: string): string => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

/** `a, b, c`, or the first 20 and `og N flere`. */
function listNames(names: readonly string[]): string {
  const shown = names.slice(0, LISTED_NAMES).map(clip).join(', ');
  const more = names.length - LISTED_NAMES;
  return more > 0 ? `${shown} og ${more} flere` : shown;
}
