// Reading the DEA reference results of R's Benchmarking package (../shared/oracle/dea): the
// manifest, the data sets and the result files, as plain records of strings.
import { readFileSync, readdirSync } from 'node:fs';
import { sharedPath } from '../support/shared-data.ts';

export type CsvRecord = Readonly<Record<string, string>>;

/** A small CSV reader for the oracle files: comma-separated, optional double quotes, CRLF or LF. */
export function readCsv(path: string): CsvRecord[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const split = (line: string): string[] => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return cells;
  };
  const header = split(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const cells = split(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** R's numbers as written: Inf, -Inf and NA included. */
export function readNumber(text: string | undefined): number {
  if (text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === undefined || text === 'NA' || text === '') return NaN;
  return Number(text);
}

export interface OracleDataSet {
  readonly name: string;
  readonly ids: string[];
  readonly inputNames: string[];
  readonly outputNames: string[];
  readonly inputs: number[][];
  readonly outputs: number[][];
}

export function oraclePath(...segments: string[]): string {
  return sharedPath('oracle', 'dea', ...segments);
}

export function readDataSet(name: string): OracleDataSet {
  const entry = readCsv(oraclePath('manifest.csv')).find((r) => r['dataset'] === name);
  if (entry === undefined) throw new Error(`no data set ${name} in the manifest`);
  const inputNames = (entry['inputs'] ?? '').split(';');
  const outputNames = (entry['outputs'] ?? '').split(';');
  const rows = readCsv(oraclePath(entry['data_file'] ?? ''));
  return {
    name,
    ids: rows.map((r) => r['dmu'] ?? ''),
    inputNames,
    outputNames,
    inputs: rows.map((r) => inputNames.map((c) => readNumber(r[c]))),
    outputs: rows.map((r) => outputNames.map((c) => readNumber(r[c]))),
  };
}

export interface OracleResultFile {
  readonly file: string;
  readonly dataSet: string;
  /** 'crs' … 'irs' for dea, 'sdea_crs' / 'sdea_vrs' for super-efficiency. */
  readonly model: string;
  readonly orientation: 'input' | 'output';
}

/** Every file in results/, named <set>__<model>__<in|out>.csv. */
export function listResultFiles(): OracleResultFile[] {
  return readdirSync(oraclePath('results'))
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const [dataSet = '', model = '', or = ''] = file.replace(/\.csv$/, '').split('__');
      return { file, dataSet, model, orientation: or === 'in' ? 'input' : 'output' };
    });
}

/** Reads "3/4", "1" or "15/11" exactly enough for a double. */
export function readFraction(text: string): number {
  const [num = '', den = '1'] = text.split('/');
  return Number(num) / Number(den);
}
