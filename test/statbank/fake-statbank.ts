// A StatBank stand-in for the fetch tests, built from real data: REGK31 per inhabitant from
// the exports in ../shared/data/raw/dst-regk31-marieleth (2022-2024), population from FOLK1AM
// (1 January = month 01). What is NOT real, and said so: the REGK31 TABLEINFO (none was ever
// recorded; its codes follow API-NOTES and public clients: FUNKTION "32201", DRANST "1", ART
// "TOT", PRISENHED "LOBM"/"INDL"), the 1.000 kr. amounts (per inhabitant × population / 1000,
// rounded as DST rounds to whole 1.000 kr.) and the split of each population by age.
import { readFileSync } from 'node:fs';
import { findMunicipalityByName } from '../../src/core/index.ts';
import { parseRegk31 } from '../../src/sources/index.ts';
import { rawDataPath, sharedPath } from '../support/shared-data.ts';
import type { ReceivedRequest } from './loopback.ts';
import type { ServerResponse } from 'node:http';

export const YEARS = [2022, 2023, 2024] as const;

type Row = Readonly<Record<string, string>> & { readonly INDHOLD: string };

/** Population 1 January by municipality code and year, from FOLK1AM. */
export function population(): Map<string, Map<number, number>> {
  const text = readFileSync(rawDataPath('dst-folk1am-mujemula', 'FOLK1AM.csv'), 'utf8').replace(
    /^\uFEFF/,
    '',
  );
  const out = new Map<string, Map<number, number>>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [name = '', time = '', value = ''] = line.split(';');
    const m = /^(\d{4})M01$/.exec(time);
    if (!m) continue;
    const code = name === 'Hele landet' ? '000' : findMunicipalityByName(name)?.code;
    if (!code) continue;
    const byYear = out.get(code) ?? new Map<number, number>();
    byYear.set(Number(m[1]), Number(value));
    out.set(code, byYear);
  }
  return out;
}

export interface Regk31Export {
  /** kr. per inhabitant by "function code|municipality|year". */
  readonly perInhabitant: Map<string, number>;
  /** The "Hele landet" figure the export states, by "function code|year". */
  readonly national: Map<string, number>;
  /** Function code → "3.22.01 Folkeskoler". */
  readonly functions: Map<string, string>;
}

export function regk31Exports(): Regk31Export {
  const perInhabitant = new Map<string, number>();
  const national = new Map<string, number>();
  const functions = new Map<string, string>();
  for (const year of YEARS) {
    const p = parseRegk31(
      readFileSync(rawDataPath('dst-regk31-marieleth', `${year}.csv`)),
      `${year}.csv`,
    );
    for (const k of p.keyFigures) {
      const m = /^REGK31 (\d)\.(\d\d)\.(\d\d) (.*) \(netto/.exec(k.sourceName);
      if (m) functions.set(`${m[1]}${m[2]}${m[3]}`, `${m[1]}.${m[2]}.${m[3]} ${m[4]}`);
    }
    for (const o of p.observations) {
      const f = o.keyFigureId.replace(/^regk31-/, '').replaceAll('-', '');
      perInhabitant.set(`${f}|${o.municipalityCode}|${year}`, o.value ?? NaN);
    }
    const order = [...functions.keys()];
    p.diagnostics.forEach((d, i) => {
      const m = /landstal (-?\d+) kr/.exec(d.message);
      if (m && order[i]) national.set(`${order[i]}|${year}`, Number(m[1]));
    });
  }
  return { perInhabitant, national, functions };
}

export interface FakeStatbank {
  readonly regk31Info: string;
  readonly folk1aInfo: Uint8Array;
  /** BUDK32's TABLEINFO, when the fake serves it (fake-budk32.ts). */
  readonly budk32Info?: string;
  readonly rows: ReadonlyMap<string, readonly Row[]>;
}

export function buildFakeStatbank(): FakeStatbank {
  const pop = population();
  const exp = regk31Exports();
  const codes = [...pop.keys()];
  const regk31: Row[] = [];
  for (const [key, indl] of exp.perInhabitant) {
    const [f = '', area = '', y = ''] = key.split('|');
    const people = pop.get(area)?.get(Number(y));
    if (people === undefined) continue;
    const base = { OMRÅDE: area, FUNKTION: f, DRANST: '1', ART: 'TOT', TID: y };
    regk31.push({ ...base, PRISENHED: 'INDL', INDHOLD: String(indl) });
    regk31.push({
      ...base,
      PRISENHED: 'LOBM',
      INDHOLD: String(Math.round((indl * people) / 1000)),
    });
  }
  const folk1a: Row[] = [];
  for (const [area, byYear] of pop) {
    for (const [year, people] of byYear) {
      if (!YEARS.includes(year as (typeof YEARS)[number])) continue;
      const base = { OMRÅDE: area, KØN: 'TOT', CIVILSTAND: 'TOT', TID: `${year}K1` };
      folk1a.push({ ...base, ALDER: 'IALT', INDHOLD: String(people) });
      // Synthetic ages: an even spread over 0-89, the remainder at 40.
      const each = Math.floor(people / 90);
      for (let a = 0; a < 90; a++) {
        folk1a.push({
          ...base,
          ALDER: String(a),
          INDHOLD: String(a === 40 ? people - each * 89 : each),
        });
      }
    }
  }
  const regk31Info = JSON.stringify({
    id: 'REGK31',
    text: 'Kommunernes regnskaber på funktioner (synthetic tableinfo for tests)',
    description: '',
    unit: '-',
    suppressedDataValue: '0',
    updated: '2025-06-30T08:00:00',
    active: true,
    variables: [
      {
        id: 'OMRÅDE',
        text: 'område',
        elimination: true,
        time: false,
        values: codes.map((c) => ({ id: c, text: c })),
      },
      {
        id: 'FUNKTION',
        text: 'funktion',
        elimination: false,
        time: false,
        values: [...exp.functions].map(([id, text]) => ({ id, text })),
      },
      {
        id: 'DRANST',
        text: 'dranst',
        elimination: false,
        time: false,
        values: [{ id: '1', text: 'Drift' }],
      },
      {
        id: 'ART',
        text: 'art',
        elimination: false,
        time: false,
        values: [{ id: 'TOT', text: 'I alt (netto)' }],
      },
      {
        id: 'PRISENHED',
        text: 'prisenhed',
        elimination: false,
        time: false,
        values: [
          { id: 'LOBM', text: 'Løbende priser (1.000 kr.)' },
          { id: 'INDL', text: 'Pr. indbygger, løbende priser (kr.)' },
        ],
      },
      {
        id: 'Tid',
        text: 'tid',
        elimination: false,
        time: true,
        values: YEARS.map((y) => ({ id: String(y), text: String(y) })),
      },
    ],
  });
  return {
    regk31Info,
    folk1aInfo: new Uint8Array(
      readFileSync(
        sharedPath(
          'data',
          'statbank-samples',
          'dst-skills-mikkelkrogsholm',
          'tableinfo_FOLK1A_da.compact-reconstructed.json',
        ),
      ),
    ),
    rows: new Map([
      ['REGK31', regk31],
      ['FOLK1A', folk1a],
    ]),
  };
}

/** Answers TABLEINFO and DATA (CSV with BOM or BULK without, CRLF, codes) like StatBank. */
export function serveFake(fake: FakeStatbank, req: ReceivedRequest, res: ServerResponse): void {
  const body = JSON.parse(req.body) as {
    table: string;
    format?: string;
    variables?: { code: string; values: string[] }[];
  };
  const table = body.table.toUpperCase();
  if (req.path === '/v1/tableinfo') {
    res.writeHead(200, { 'Content-Type': 'text/json; charset=utf-8' });
    res.end(
      table === 'REGK31'
        ? fake.regk31Info
        : table === 'BUDK32' && fake.budk32Info !== undefined
          ? fake.budk32Info
          : fake.folk1aInfo,
    );
    return;
  }
  const vars = (body.variables ?? []).map((v) => ({
    code: v.code.toUpperCase(),
    values: new Set(v.values),
  }));
  const lines = [[...vars.map((v) => v.code), 'INDHOLD'].join(';')];
  for (const row of fake.rows.get(table) ?? []) {
    if (vars.every((v) => v.values.has(row[v.code] ?? ''))) {
      lines.push([...vars.map((v) => row[v.code] ?? ''), row.INDHOLD].join(';'));
    }
  }
  const bulk = body.format?.toUpperCase() === 'BULK';
  res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' });
  res.end(`${bulk ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`);
}
