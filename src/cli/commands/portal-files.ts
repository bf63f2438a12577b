import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from '@hono/zod-openapi';
import {
  InvalidFileError,
  formatDiagnostic,
  type Diagnostic,
  type ItemFields,
} from '../../core/index.ts';
import { NewItemBody } from '../../server/schemas/index.ts';

/** One item read from a file, with where it came from. */
export interface ItemFromFile {
  readonly file: string;
  readonly index: number;
  /** The owner is the one the file names, else its first municipality, else none. */
  readonly fields: ItemFields;
}

/** The JSON files a path names: the file itself, or the folder's *.json files by name. */
export function portalFiles(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat)
    throw new InvalidFileError([
      { severity: 'error', file: path, message: 'Filen eller mappen findes ikke' },
    ]);
  if (!stat.isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort()
    .map((f) => join(path, f));
  if (files.length === 0)
    throw new InvalidFileError([
      { severity: 'error', file: path, message: 'Mappen har ingen .json-filer' },
    ]);
  return files;
}

/** Zod's messages in Danish. */
const DANISH = z.locales.da().localeError;

/** The 1-based line of a character position in a text. */
const lineAt = (text: string, position: number) => text.slice(0, position).split('\n').length;

/**
 * Reads and checks every item in the files (an object or an array of objects per file, each
 * an item as `POST /api/v1/portal/items` takes it). Collects every fault, each naming the
 * file, the item's place in it, the field and the value, and throws them together, so a
 * folder is imported whole or not at all.
 */
export function readPortalFiles(paths: readonly string[]): ItemFromFile[] {
  const items: ItemFromFile[] = [];
  const faults: Diagnostic[] = [];
  for (const file of paths) {
    const name = basename(file);
    const text = readFileSync(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      const position = /position (\d+)/.exec(String(e))?.[1];
      faults.push({
        severity: 'error',
        file: name,
        ...(position === undefined ? {} : { line: lineAt(text, Number(position)) }),
        message: `Ikke gyldig JSON: ${(e as Error).message}`,
      });
      continue;
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    list.forEach((raw: unknown, index) => {
      const result = NewItemBody.safeParse(raw, { error: DANISH });
      if (result.success) {
        const { municipality, ...rest } = result.data;
        const owner = municipality === undefined ? (rest.municipalities[0] ?? null) : municipality;
        items.push({ file: name, index, fields: { ...rest, municipality: owner } });
        return;
      }
      for (const issue of result.error.issues.slice(0, 5)) {
        const field = issue.path.join('.');
        const value = issue.path.reduce<unknown>(
          (v, k) =>
            v !== null && typeof v === 'object'
              ? (v as Record<string, unknown>)[k as string]
              : undefined,
          raw,
        );
        faults.push({
          severity: 'error',
          file: Array.isArray(parsed) ? `${name}[${index}]` : name,
          ...(field === '' ? {} : { field }),
          ...(value === undefined
            ? {}
            : { value: typeof value === 'string' ? value : JSON.stringify(value) }),
          message: issue.message,
        });
      }
    });
  }
  const [first] = faults;
  if (first !== undefined)
    throw new InvalidFileError(
      faults,
      `Intet er importeret (${faults.length} fejl):\n  ${formatDiagnostic(first)}`,
    );
  return items;
}
