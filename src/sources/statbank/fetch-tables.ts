import {
  ATTRIBUTIONS,
  MUNICIPALITIES,
  PotentialeError,
  STATBANK_TABLES,
  CURRENT_PRICES,
  emptyParsedSource,
  evaluateCatalogue,
  findMunicipality,
  formulaTables,
  indexSeries,
  isChristiansoe,
  normaliseMunicipalityCode,
  type CodeSelector,
  type Diagnostic,
  type KeyFigure,
  type ParsedSource,
  type SeriesRow,
  type StatbankTableId,
} from '../../core/index.ts';
import { sha256Hex } from './cache.ts';
import type { StatbankClient, StatbankResponse } from './client.ts';
import { parseStatbankTable } from './parse-table.ts';
import { PER_INHABITANT_UNIT, budk32Selectors, functionsPerInhabitant } from './per-inhabitant.ts';
import { chooseFormat, splitRequest, type DataRequest, type VariableSelection } from './request.ts';
import { findVariable, parseTableInfo, type TableInfo, type TableVariable } from './tableinfo.ts';

/** The tables a first run fetches: the accounts by function and the population by age. */
export const DEFAULT_TABLES: readonly StatbankTableId[] = ['REGK31', 'FOLK1A'];
/** Years fetched when no --from is given: the latest five. */
export const DEFAULT_YEARS = 5;

/** What to fetch. */
export interface FetchOptions {
  /** The catalogue whose formulas say which series are needed. */
  readonly catalogue: readonly KeyFigure[];
  readonly tables?: readonly StatbankTableId[];
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly onProgress?: (event: FetchProgress) => void;
}

/** Progress of one table: its answers received of all it needs. */
export interface FetchProgress {
  readonly table: StatbankTableId;
  readonly done: number;
  readonly total: number;
  readonly rows: number;
}

/** One fetched table. */
export interface FetchedTable {
  readonly table: StatbankTableId;
  readonly updated: string;
  readonly years: readonly number[];
  readonly rows: number;
  readonly requests: number;
}

/** A fetch parsed into one ParsedSource, with what the import record needs. */
export interface StatbankFetch {
  readonly parsed: ParsedSource;
  /** "statbank:REGK31+FOLK1A 2020-2024". */
  readonly fileName: string;
  /** SHA-256 of the manifest (every request and its answer's SHA-256), so the same answers give the same hash. */
  readonly sha256: string;
  readonly byteSize: number;
  readonly tables: readonly FetchedTable[];
  readonly responses: readonly StatbankResponse[];
  readonly fromYear: number;
  readonly toYear: number;
}

/** Variables fixed per table besides the formulas: REGK31 also per inhabitant (INDL), as the exports are. */
const EXTRA: Partial<Record<StatbankTableId, Readonly<Record<string, readonly CodeSelector[]>>>> = {
  REGK31: { PRISENHED: [PER_INHABITANT_UNIT] },
};

function yearsOf(info: TableInfo, table: StatbankTableId): readonly number[] {
  const t = STATBANK_TABLES[table];
  const time = findVariable(info, t.timeVariable);
  const pattern = new RegExp(`^(\\d{4})${t.timeSuffix}$`);
  return (time?.values ?? [])
    .map((v) => pattern.exec(v.id)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The union of selectors per variable over the catalogue's formula terms on a table. */
function selectorsFor(
  catalogue: readonly KeyFigure[],
  table: StatbankTableId,
): Map<string, CodeSelector[]> {
  const out = new Map<string, CodeSelector[]>();
  const add = (v: string, s: readonly CodeSelector[]): void => {
    const list = out.get(v) ?? [];
    for (const x of s) if (!list.some((y) => JSON.stringify(y) === JSON.stringify(x))) list.push(x);
    out.set(v, list);
  };
  for (const k of catalogue) {
    const f = k.formula;
    if (!f) continue;
    for (const sum of f.denominator ? [f.numerator, f.denominator] : [f.numerator]) {
      for (const term of sum.terms) {
        if (term.table !== table) continue;
        for (const [v, s] of Object.entries(term.variables)) add(v, s);
      }
    }
  }
  for (const [v, s] of Object.entries(EXTRA[table] ?? {})) if (out.has(v)) add(v, s);
  // No formula reads the budget: it is fetched for the REGK31 functions, as REGK31 is.
  return table === 'BUDK32' ? budk32Selectors(catalogue, selectorsFor(catalogue, 'REGK31')) : out;
}

function resolveCodes(
  info: TableInfo,
  variable: string,
  selectors: readonly CodeSelector[],
): string[] {
  const v = findVariable(info, variable);
  if (!v) throw unsupported(info.id, `variablen ${variable} findes ikke i tabellen`);
  const codes: string[] = [];
  for (const s of selectors) {
    const hits = v.values
      .map((x) => x.id)
      .filter((id) =>
        typeof s === 'string' ? id === s : id.length === s.length && id.startsWith(s.prefix),
      );
    // A prefix (a hovedfunktion) may be empty in a table; an exact code must exist.
    if (hits.length === 0 && typeof s === 'string') {
      throw unsupported(info.id, `værdien ${s} af ${variable} findes ikke i tabellen`);
    }
    for (const h of hits) if (!codes.includes(h)) codes.push(h);
  }
  return codes;
}

function unsupported(table: string, why: string): PotentialeError {
  return new PotentialeError(
    'unsupported',
    `StatBank-tabellen ${table} passer ikke til Potentialets formler: ${why}. Tabellen er måske lagt om; opdatér Potentiale.`,
  );
}

/** True for a code of one of the 98 municipalities or the whole country ("000"). */
function isAreaCode(id: string): boolean {
  const code = normaliseMunicipalityCode(id);
  return (
    /^0+$/.test(id) ||
    (code !== undefined && findMunicipality(code) !== undefined && !isChristiansoe(code))
  );
}

/**
 * The table's area variable: the one STATBANK_TABLES names, else the one whose values are the
 * municipalities' codes (BUDK32's "kommune", whose id is not OMRÅDE).
 */
function areaVariable(info: TableInfo, table: StatbankTableId): TableVariable {
  const named = findVariable(info, STATBANK_TABLES[table].areaVariable);
  if (named) return named;
  const found = info.variables.filter(
    (v) => !v.time && v.values.filter((x) => isAreaCode(x.id)).length >= 90,
  );
  if (found.length !== 1 || !found[0]) {
    throw unsupported(info.id, 'tabellen har ingen områdevariabel med kommunernes koder');
  }
  return found[0];
}

/** Area codes of the 98 municipalities and the whole country, as the table writes them. */
function areaCodes(area: TableVariable): string[] {
  return area.values.filter((x) => isAreaCode(x.id)).map((x) => x.id);
}

function planRequests(
  info: TableInfo,
  table: StatbankTableId,
  catalogue: readonly KeyFigure[],
  years: readonly number[],
): readonly DataRequest[] {
  const t = STATBANK_TABLES[table];
  const wanted = selectorsFor(catalogue, table);
  const area = areaVariable(info, table);
  const variables: VariableSelection[] = info.variables.map((v) => {
    const id = v.id.toUpperCase();
    if (v === area) return { code: v.id, values: areaCodes(area) };
    if (id === t.timeVariable)
      return { code: v.id, values: years.map((y) => `${y}${t.timeSuffix}`) };
    const selectors = wanted.get(id);
    if (selectors) return { code: v.id, values: resolveCodes(info, id, selectors) };
    // BULK eliminates nothing: an unused variable is fixed at its total.
    const total = v.values.find((x) => x.id === 'TOT' || x.id === 'IALT');
    if (!total) throw unsupported(info.id, `variablen ${v.id} bruges ikke og har ingen total`);
    return { code: v.id, values: [total.id] };
  });
  const base = { table: info.id, lang: 'da' as const, variables };
  const format = chooseFormat(base);
  return splitRequest({ ...base, format }, t.timeVariable);
}

function seriesRows(
  response: StatbankResponse,
  table: StatbankTableId,
  info: TableInfo,
  request: DataRequest,
): SeriesRow[] {
  const parsed = parseStatbankTable(response.bytes, `statbank:${table}`);
  const expected = request.variables.map((v) => v.code.toUpperCase());
  if (parsed.variables.join(';') !== expected.join(';')) {
    throw new PotentialeError(
      'invalid-file',
      `statbank:${table}: svaret har kolonnerne ${parsed.variables.join(';')}, forventede ${expected.join(';')}`,
    );
  }
  // The rows carry the area under the name STATBANK_TABLES gives, whatever the table's id.
  const own = areaVariable(info, table).id.toUpperCase();
  const area = STATBANK_TABLES[table].areaVariable;
  return parsed.cells.map((c) => {
    const raw = c.codes[own] ?? '';
    const code = /^0+$/.test(raw) ? '000' : (normaliseMunicipalityCode(raw) ?? raw);
    const { [own]: _, ...codes } = c.codes;
    return { table, codes: { ...codes, [area]: code }, value: c.value };
  });
}

/**
 * Fetches the tables the catalogue's formulas need (TABLEINFO first, for the years and codes
 * the table has, then DATA as CSV or, when over the cell limit, BULK), and turns the answers
 * into one ParsedSource: REGK31 per inhabitant as `regk31-<function>` (kr. pr. indb., the unit
 * of the REGK31 exports), BUDK32 when asked as budget years of the same figures (each row
 * with year kind `budget`), and every formula figure of the catalogue. Writes nothing; any
 * failure throws before anything is returned.
 * @example const f = await fetchStatbank(client, { catalogue: CATALOGUE }); f.parsed.observations.length
 */
export async function fetchStatbank(
  client: StatbankClient,
  options: FetchOptions,
): Promise<StatbankFetch> {
  const tables = options.tables ?? DEFAULT_TABLES;
  const infoResponses = await Promise.all(tables.map((t) => client.tableinfo(t)));
  const infoList = tables.map((t, i) => ({
    table: t,
    info: parseTableInfo(infoResponses[i]?.bytes ?? new Uint8Array(), `statbank:${t}`),
  }));
  const infos = new Map(infoList.map((x) => [x.table, x.info]));
  const available = new Map(infoList.map((x) => [x.table, yearsOf(x.info, x.table)]));
  const latest = Math.min(...tables.map((t) => available.get(t)?.at(-1) ?? -Infinity));
  const toYear = options.toYear ?? latest;
  const fromYear = options.fromYear ?? toYear - DEFAULT_YEARS + 1;
  if (!Number.isFinite(toYear) || fromYear > toYear) {
    throw new PotentialeError('invalid-input', `ingen år at hente (fra ${fromYear} til ${toYear})`);
  }

  const plans = infoList.map(({ table, info }) => {
    const years = (available.get(table) ?? []).filter((y) => y >= fromYear && y <= toYear);
    if (years.length === 0) {
      throw new PotentialeError(
        'invalid-input',
        `${table} har ingen år mellem ${fromYear} og ${toYear} (tabellen har ${available.get(table)?.[0] ?? '?'}-${available.get(table)?.at(-1) ?? '?'})`,
      );
    }
    return { table, info, years, requests: planRequests(info, table, options.catalogue, years) };
  });

  const results = await Promise.all(
    plans.map(async (p) => {
      let done = 0;
      let rowCount = 0;
      options.onProgress?.({ table: p.table, done, total: p.requests.length, rows: 0 });
      const parts = await Promise.all(
        p.requests.map(async (request) => {
          const response = await client.data(request);
          const rows = seriesRows(response, p.table, p.info, request);
          rowCount += rows.length;
          options.onProgress?.({
            table: p.table,
            done: ++done,
            total: p.requests.length,
            rows: rowCount,
          });
          return { response, rows };
        }),
      );
      return { ...p, responses: parts.map((x) => x.response), rows: parts.flatMap((x) => x.rows) };
    }),
  );

  const allRows = results.flatMap((r) => r.rows);
  const years = [...new Set(results.flatMap((r) => r.years))].sort((a, b) => a - b);
  const fetched = new Set(tables);
  const formulas = options.catalogue.filter(
    (k) => k.formula && formulaTables(k.formula).every((t) => fetched.has(t)),
  );
  const derived = evaluateCatalogue(formulas, indexSeries(allRows), {
    municipalityCodes: MUNICIPALITIES.map((m) => m.code),
    years,
  });
  // Accounts and budget by function on the same regk31-<function> figures; a fetch of both
  // holds both kinds for a year, so the budget rows carry their year kind.
  const regk = functionsPerInhabitant(allRows, infos.get('REGK31'), 'REGK31', 'accounts');
  const budk = functionsPerInhabitant(allRows, infos.get('BUDK32'), 'BUDK32', 'budget');
  const sightings = new Map([...budk.sightings, ...regk.sightings].map((k) => [k.id, k]));

  const responses = [...infoResponses, ...results.flatMap((r) => r.responses)];
  const manifest = responses.map((r) => ({
    table: r.table,
    endpoint: r.meta.endpoint,
    body: r.meta.body,
    sha256: r.meta.sha256,
  }));
  const fileName = `statbank:${tables.join('+')} ${fromYear}-${toYear}`;
  const diagnostics: Diagnostic[] = responses.map((r) => ({
    severity: 'info',
    file: `statbank:${r.table}`,
    message:
      `${r.meta.method} ${r.meta.url} ${JSON.stringify(r.meta.body)} → SHA-256 ${r.meta.sha256}, ` +
      `${r.meta.byteSize} bytes, hentet ${r.meta.fetchedAt}${r.fromCache ? ' (fra cachen)' : ''}`,
  }));
  const updated = [...infos.values()].map((i) => i.updated).sort();
  const parsed: ParsedSource = {
    ...emptyParsedSource('statbank-api', fileName),
    // REGK31 and BUDK32 (LOBM, INDL) are in current prices; FOLK1A is not money.
    priceBasis: CURRENT_PRICES,
    keyFigures: [
      ...sightings.values(),
      ...formulas.map((k) => ({
        id: k.id,
        sourceName: k.sourceName,
        source: k.source,
        valueType: k.valueType,
        noteNumbers: [],
        unit: k.unit,
      })),
    ],
    observations: [...regk.observations, ...budk.observations, ...derived],
    diagnostics,
    exportedBy: `Kilde: ${ATTRIBUTIONS.statbank.citationDa}, ${ATTRIBUTIONS.statbank.productDa} (${tables.map((t) => `${t} opdateret ${infos.get(t)?.updated ?? '?'}`).join(', ')})`,
    ...((updated.at(-1) ?? '') !== '' ? { exportedOn: (updated.at(-1) ?? '').slice(0, 10) } : {}),
  };
  return {
    parsed,
    fileName,
    sha256: sha256Hex(JSON.stringify(manifest)),
    byteSize: responses.reduce((n, r) => n + r.meta.byteSize, 0),
    tables: results.map((r) => ({
      table: r.table,
      updated: r.info.updated,
      years: r.years,
      rows: r.rows.length,
      requests: r.requests.length,
    })),
    responses,
    fromYear,
    toYear,
  };
}
