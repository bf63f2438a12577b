import { InvalidFileError } from '../../core/index.ts';

/** One value of a variable: its code and its text. */
export interface TableValue {
  readonly id: string;
  readonly text: string;
}

/** A variable of a table as TABLEINFO describes it. */
export interface TableVariable {
  readonly id: string;
  readonly text: string;
  readonly elimination: boolean;
  readonly time: boolean;
  readonly values: readonly TableValue[];
}

/** What TABLEINFO says of a table: title, unit, last update and variables. */
export interface TableInfo {
  readonly id: string;
  readonly text: string;
  readonly unit: string;
  /** Local time without zone, as StatBank writes it ("2025-08-11T08:00:00"). */
  readonly updated: string;
  /** The value of a combination StatBank leaves out of a BULK answer (usually "0"). */
  readonly suppressedDataValue: string;
  readonly variables: readonly TableVariable[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function refuse(source: string, message: string, value?: string): never {
  throw new InvalidFileError([
    { severity: 'error', file: source, message, ...(value !== undefined ? { value } : {}) },
  ]);
}

function str(o: object, key: string, source: string): string {
  const v: unknown = key in o ? Reflect.get(o, key) : undefined;
  if (typeof v !== 'string') return refuse(source, `feltet "${key}" mangler eller er ikke tekst`);
  return v;
}

function bool(o: object, key: string): boolean {
  return key in o && Reflect.get(o, key) === true;
}

function list(o: object, key: string, source: string): readonly object[] {
  const v: unknown = key in o ? Reflect.get(o, key) : undefined;
  if (!Array.isArray(v)) return refuse(source, `feltet "${key}" mangler eller er ikke en liste`);
  return v.map((x: unknown) =>
    typeof x === 'object' && x !== null
      ? x
      : refuse(source, `et element i "${key}" er ikke et objekt`),
  );
}

/**
 * Parses a TABLEINFO answer (JSON, with or without BOM) into the parts the client uses.
 * @example parseTableInfo(bytes, 'FOLK1A').variables.map((v) => v.id) // ['OMRÅDE', 'KØN', 'ALDER', 'CIVILSTAND', 'Tid']
 */
export function parseTableInfo(bytes: Uint8Array, source: string): TableInfo {
  let body: unknown;
  try {
    body = JSON.parse(utf8.decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return refuse(source, 'tabelinformationen er ikke gyldig JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return refuse(source, 'tabelinformationen er ikke et JSON-objekt');
  }
  const suppressed: unknown = 'suppressedDataValue' in body ? body.suppressedDataValue : '0';
  return {
    id: str(body, 'id', source),
    text: str(body, 'text', source),
    unit: str(body, 'unit', source),
    updated: str(body, 'updated', source),
    suppressedDataValue: typeof suppressed === 'string' ? suppressed : '0',
    variables: list(body, 'variables', source).map((v) => ({
      id: str(v, 'id', source),
      text: str(v, 'text', source),
      elimination: bool(v, 'elimination'),
      time: bool(v, 'time'),
      values: list(v, 'values', source).map((x) => ({
        id: str(x, 'id', source),
        text: str(x, 'text', source),
      })),
    })),
  };
}

/** The variable with this id, compared in upper case (StatBank's ids are case-insensitive). */
export function findVariable(info: TableInfo, id: string): TableVariable | undefined {
  return info.variables.find((v) => v.id.toUpperCase() === id.toUpperCase());
}
