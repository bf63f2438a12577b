// NGLK for the price-index tests. Both fixtures are SYNTHETIC, written by us in the shapes the
// API documents and the recordings show (no NGLK answer was ever recorded):
// - fixtures/tableinfo_NGLK_da.synthetic.json: the structure of the recorded FOLK1A tableinfo
//   (served compact, as StatBank sends JSON), NGLK's variables and codes from TABLES.md (BNØGLE
//   DRI … ANL, BRUTNETUDG NET/BRUT, PRISENHED AARPRIS "Løbende priser" / 08PRIS "Faste priser"),
//   OMRÅDE as FOLK1A's without Christiansø, years 2008-2024;
// - fixtures/data_NGLK_csv_code.synthetic.csv: a CSV answer with codes (BOM, CRLF, upper-case
//   header ending in INDHOLD) for areas 000 and 101, DRI and SER, NET and BRUT, both price
//   units; current = round(fixed × INDEX), so the ratio is exactly 1 in 2010. SER uses the
//   index × 1.004 outside 2010, so a test can tell which figure was read.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { answer, type ReceivedRequest } from './loopback.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The index the fixture's DRI was built with (2010 = 1). */
export const INDEX: ReadonlyMap<number, number> = new Map([
  [2008, 0.955],
  [2009, 0.98],
  [2010, 1],
  [2011, 1.02],
  [2012, 1.04],
  [2013, 1.055],
  [2014, 1.07],
  [2015, 1.08],
  [2016, 1.09],
  [2017, 1.10867],
  [2018, 1.12308],
  [2019, 1.14],
  [2020, 1.16],
  [2021, 1.18],
  [2022, 1.22],
  [2023, 1.27],
  [2024, 1.3],
]);

export interface InfoValue {
  id: string;
  text: string;
}
export interface InfoVariable {
  id: string;
  text: string;
  elimination: boolean;
  time: boolean;
  values: InfoValue[];
}
export interface NglkInfo {
  id: string;
  updated: string;
  variables: InfoVariable[];
}
export type NglkRow = Record<string, string>;

/** A fresh copy of the tableinfo fixture, to change in a test. */
export function nglkInfo(): NglkInfo {
  return JSON.parse(fixture('tableinfo_NGLK_da.synthetic.json')) as NglkInfo;
}

/** The data fixture's rows by upper-case column (INDHOLD included). */
export function nglkRows(): NglkRow[] {
  const [header = '', ...lines] = fixture('data_NGLK_csv_code.synthetic.csv')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const columns = header.split(';');
  return lines.map((l) => {
    const fields = l.split(';');
    return Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
  });
}

/** The variable of the tableinfo with this id. */
export function infoVariable(info: NglkInfo, id: string): InfoVariable {
  const v = info.variables.find((x) => x.id === id);
  if (!v) throw new Error(`no ${id}`);
  return v;
}

export interface FakeNglk {
  readonly info: NglkInfo;
  readonly rows: readonly NglkRow[];
}

/** The fixtures as they are. */
export function fakeNglk(): FakeNglk {
  return { info: nglkInfo(), rows: nglkRows() };
}

/**
 * Answers NGLK's TABLEINFO (compact JSON) and DATA (CSV with BOM, CRLF, the requested
 * variables in the request's order, rows filtered by the requested codes) as StatBank does;
 * another table goes to `other`.
 */
export function serveNglk(
  fake: FakeNglk,
  req: ReceivedRequest,
  res: ServerResponse,
  other?: (req: ReceivedRequest, res: ServerResponse) => void,
): void {
  const body = JSON.parse(req.body) as {
    table: string;
    variables?: { code: string; values: string[] }[];
  };
  if (body.table.toUpperCase() !== 'NGLK') {
    if (other) return other(req, res);
    return answer(
      res,
      400,
      `{"errorTypeCode":"EXTRACT-NOTFOUND","message":"Tabel findes ikke: ${body.table}"}`,
      'text/json; charset=utf-8',
    );
  }
  if (req.path === '/v1/tableinfo') {
    return answer(res, 200, JSON.stringify(fake.info), 'text/json; charset=utf-8');
  }
  const vars = (body.variables ?? []).map((v) => ({
    code: v.code.toUpperCase(),
    values: new Set(v.values),
  }));
  const lines = [[...vars.map((v) => v.code), 'INDHOLD'].join(';')];
  for (const row of fake.rows) {
    if (vars.every((v) => v.values.has(row[v.code] ?? ''))) {
      lines.push([...vars.map((v) => row[v.code] ?? ''), row['INDHOLD'] ?? ''].join(';'));
    }
  }
  answer(res, 200, `\uFEFF${lines.join('\r\n')}\r\n`);
}
