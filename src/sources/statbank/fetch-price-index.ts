import {
  ATTRIBUTIONS,
  PotentialeError,
  emptyParsedSource,
  validatePriceIndexRows,
  type Diagnostic,
  type ParsedSource,
  type PriceIndexRow,
} from '../../core/index.ts';
import { sha256Hex } from './cache.ts';
import type { StatbankClient, StatbankResponse } from './client.ts';
import { parseStatbankTable, type StatbankTable } from './parse-table.ts';
import { chooseFormat, type DataRequest, type VariableSelection } from './request.ts';
import {
  findVariable,
  parseTableInfo,
  type TableInfo,
  type TableValue,
  type TableVariable,
} from './tableinfo.ts';

/** The table the pris- og lønindeks is read from: NGLK, Udvalgte kommunale regnskabstal. */
export const PRICE_INDEX_TABLE = 'NGLK';

/** How close to 1 the ratio current/fixed must be in the base year. */
export const BASE_YEAR_TOLERANCE = 5e-4;

/** A fetched pris- og lønindeks as one ParsedSource, with what the import record and the report need. */
export interface PriceIndexFetch {
  readonly parsed: ParsedSource;
  /** "statbank:NGLK pris- og lønindeks 2008-2024". */
  readonly fileName: string;
  /** SHA-256 of the manifest (every request and its answer's SHA-256). */
  readonly sha256: string;
  readonly byteSize: number;
  readonly responses: readonly StatbankResponse[];
  readonly baseYear: number;
  readonly fromYear: number;
  readonly toYear: number;
  /** The key figure the index was read from, e.g. "DRI". */
  readonly keyFigure: string;
  /** TABLEINFO's `updated`, local time as StatBank writes it. */
  readonly updated: string;
}

/** The table does not look as expected. */
function unsupported(why: string): PotentialeError {
  return new PotentialeError(
    'unsupported',
    `StatBank-tabellen ${PRICE_INDEX_TABLE} kan ikke give pris- og lønindekset: ${why}. Tabellen er måske lagt om; opdatér Potentiale.`,
  );
}

/** The table looks as expected, but its numbers cannot give an index. */
function unusable(why: string): PotentialeError {
  return new PotentialeError(
    'unsupported',
    `StatBank-tabellen ${PRICE_INDEX_TABLE} kan ikke give pris- og lønindekset: ${why}. Intet er gemt.`,
  );
}

function variable(info: TableInfo, id: string, what: string): TableVariable {
  const v = findVariable(info, id);
  if (!v) throw unsupported(`variablen ${id} (${what}) findes ikke`);
  return v;
}

const lower = (s: string): string => s.toLocaleLowerCase('da');

/** The one value whose text contains `word`; refuses none or several. */
function valueByText(v: TableVariable, word: string, what: string): TableValue {
  const [hit, ...more] = v.values.filter((x) => lower(x.text).includes(word));
  if (!hit) {
    throw unsupported(
      `${v.id} har ingen værdi med "${word}" i teksten (${what}); værdierne er ${describe(v)}`,
    );
  }
  if (more.length) {
    throw unsupported(`${v.id} har flere værdier med "${word}" i teksten (${describe(v)})`);
  }
  return hit;
}

/** A value by its id, else by the start of its text (both case-insensitive). */
function valueByIdOrText(v: TableVariable, id: string, textStart: string): TableValue | undefined {
  return (
    v.values.find((x) => x.id.toUpperCase() === id) ??
    v.values.find((x) => lower(x.text).startsWith(lower(textStart)))
  );
}

function describe(v: TableVariable): string {
  return v.values.map((x) => `${x.id} "${x.text}"`).join(', ') || 'ingen';
}

/** What the index is read from, confirmed against TABLEINFO. */
interface Plan {
  readonly request: DataRequest;
  readonly years: readonly number[];
  readonly ids: {
    readonly area: string;
    readonly figure: string;
    readonly net: string;
    readonly unit: string;
    readonly time: string;
  };
  readonly country: TableValue;
  readonly figure: TableValue;
  readonly net: TableValue;
  readonly current: TableValue;
  readonly fixed: TableValue;
}

function plan(info: TableInfo): Plan {
  if (info.id.toUpperCase() !== PRICE_INDEX_TABLE) {
    throw unsupported(`svaret beskriver tabellen ${info.id}`);
  }
  const area = variable(info, 'OMRÅDE', 'område');
  const figure = variable(info, 'BNØGLE', 'nøgletal');
  const grossNet = variable(info, 'BRUTNETUDG', 'brutto-/nettoudgifter');
  const unit = variable(info, 'PRISENHED', 'prisenhed');
  const time = findVariable(info, 'Tid') ?? info.variables.find((v) => v.time);
  if (!time) throw unsupported('variablen Tid (tid) findes ikke');

  const country = area.values.find((x) => /^0+$/.test(x.id));
  if (!country) throw unsupported(`${area.id} har ikke hele landet (000)`);
  const chosen =
    valueByIdOrText(figure, 'DRI', 'Kommunale driftsudgifter') ??
    valueByIdOrText(figure, 'SER', 'Serviceudgifter');
  if (!chosen) {
    throw unsupported(
      `${figure.id} har hverken DRI (Kommunale driftsudgifter pr. indbygger) eller SER (Serviceudgifter pr. indbygger)`,
    );
  }
  const net = valueByIdOrText(grossNet, 'NET', 'Nettoudgifter');
  if (!net) throw unsupported(`${grossNet.id} har ikke NET (Nettoudgifter)`);
  const current = valueByText(unit, 'løbende', 'løbende priser');
  const fixed = valueByText(unit, 'faste', 'faste priser');
  const yearIds = time.values.filter((x) => /^\d{4}$/.test(x.id)).map((x) => x.id);
  if (yearIds.length === 0) throw unsupported(`${time.id} har ingen år`);

  const known = new Set([area, figure, grossNet, unit, time]);
  for (const v of info.variables) {
    if (!known.has(v) && !v.elimination) {
      throw unsupported(`variablen ${v.id} (${v.text}) er ukendt og kan ikke udelades`);
    }
  }
  const selection = new Map<TableVariable, readonly string[]>([
    [area, [country.id]],
    [figure, [chosen.id]],
    [grossNet, [net.id]],
    [unit, [current.id, fixed.id]],
    [time, yearIds],
  ]);
  // In the table's order, which is the order of the CSV's columns.
  const variables: VariableSelection[] = info.variables.flatMap((v) => {
    const values = selection.get(v);
    return values ? [{ code: v.id, values }] : [];
  });
  const base = { table: info.id, lang: 'da' as const, variables };
  return {
    request: { ...base, format: chooseFormat(base) },
    years: yearIds.map(Number).sort((a, b) => a - b),
    ids: {
      area: area.id.toUpperCase(),
      figure: figure.id.toUpperCase(),
      net: grossNet.id.toUpperCase(),
      unit: unit.id.toUpperCase(),
      time: time.id.toUpperCase(),
    },
    country,
    figure: chosen,
    net,
    current,
    fixed,
  };
}

/** Index per year = current / fixed of the chosen cell; refuses a year without two positive values. */
function indexRows(p: Plan, table: StatbankTable): PriceIndexRow[] {
  const missing = Object.values(p.ids).filter((id) => !table.variables.includes(id));
  if (missing.length) {
    throw unsupported(`svaret mangler kolonnerne ${missing.join(', ')}`);
  }
  const values = new Map<string, number | null>();
  for (const c of table.cells) {
    const matches =
      c.codes[p.ids.area] === p.country.id &&
      c.codes[p.ids.figure] === p.figure.id &&
      c.codes[p.ids.net] === p.net.id;
    if (!matches) continue;
    const key = `${c.codes[p.ids.time] ?? ''}|${c.codes[p.ids.unit] ?? ''}`;
    if (values.has(key)) throw unusable(`svaret har ${key.replace('|', ' ')} to gange`);
    values.set(key, c.value);
  }
  const positive = (year: number, unit: TableValue): number => {
    const value = values.get(`${year}|${unit.id}`);
    const where = `${p.figure.id} for ${year} i ${lower(unit.text)}`;
    if (value === undefined) throw unusable(`svaret mangler året ${year} (${where})`);
    if (value === null) throw unusable(`værdien af ${where} mangler ("..")`);
    if (!(value > 0)) throw unusable(`værdien af ${where} er ${value}, ikke positiv`);
    return value;
  };
  return p.years.map((year) => ({
    year,
    value: positive(year, p.current) / positive(year, p.fixed),
  }));
}

/** The year whose index is 1: the fixed prices' level. */
function baseYearOf(rows: readonly PriceIndexRow[]): number {
  const near = rows
    .map((r) => ({ year: r.year, off: Math.abs(r.value - 1) }))
    .filter((r) => r.off <= BASE_YEAR_TOLERANCE)
    .sort((a, b) => a.off - b.off);
  const [best, second] = near;
  if (!best) {
    throw unusable(
      `basisåret kan ikke aflæses: intet år har forholdet løbende/faste priser lig 1 (inden for ${BASE_YEAR_TOLERANCE})`,
    );
  }
  if (second) {
    throw unusable(
      `basisåret kan ikke aflæses: både ${best.year} og ${second.year} har forholdet løbende/faste priser lig 1`,
    );
  }
  return best.year;
}

/**
 * Fetches the pris- og lønindeks from NGLK: confirms the table's variables and codes through
 * TABLEINFO (price units by their texts "løbende"/"faste", key figure DRI or else SER, net),
 * asks for the whole country in both price units for every year, and takes per year
 * index = current / fixed; the base year is the one whose index is 1 (within 5e-4). Values are
 * as computed (applyImport rebases to the base year). Refuses, in Danish, a table that does not
 * look as expected and a year without two positive values. Writes nothing.
 * @example const f = await fetchPriceIndex(client); f.parsed.priceIndex // { baseYear: 2010, rows: [{ year: 2008, value: 0.955 }, …], source: 'statbank' }
 */
export async function fetchPriceIndex(client: StatbankClient): Promise<PriceIndexFetch> {
  const source = `statbank:${PRICE_INDEX_TABLE}`;
  const infoResponse = await client.tableinfo(PRICE_INDEX_TABLE);
  const info = parseTableInfo(infoResponse.bytes, source);
  const p = plan(info);
  const dataResponse = await client.data(p.request);
  const rows = indexRows(p, parseStatbankTable(dataResponse.bytes, source));
  validatePriceIndexRows(rows);
  const baseYear = baseYearOf(rows);
  const fromYear = p.years[0] ?? baseYear;
  const toYear = p.years.at(-1) ?? baseYear;

  const responses = [infoResponse, dataResponse];
  const manifest = responses.map((r) => ({
    table: r.table,
    endpoint: r.meta.endpoint,
    body: r.meta.body,
    sha256: r.meta.sha256,
  }));
  const fileName = `statbank:${PRICE_INDEX_TABLE} pris- og lønindeks ${fromYear}-${toYear}`;
  const named = /\b(\d{4})\b/.exec(p.fixed.text)?.[1];
  const diagnostics: Diagnostic[] = [
    ...responses.map((r): Diagnostic => ({
      severity: 'info',
      file: source,
      message:
        `${r.meta.method} ${r.meta.url} ${JSON.stringify(r.meta.body)} → SHA-256 ${r.meta.sha256}, ` +
        `${r.meta.byteSize} bytes, hentet ${r.meta.fetchedAt}${r.fromCache ? ' (fra cachen)' : ''}`,
    })),
    {
      severity: 'info',
      file: source,
      message:
        `indeks = ${p.current.id} "${p.current.text}" / ${p.fixed.id} "${p.fixed.text}" af ` +
        `${p.figure.id} "${p.figure.text}", ${p.net.id}, hele landet; basisår ${baseYear}`,
    },
    ...(named !== undefined && Number(named) !== baseYear
      ? [
          {
            severity: 'warning' as const,
            file: source,
            value: p.fixed.text,
            message: `prisenheden nævner ${named}, men forholdet løbende/faste priser er 1 i ${baseYear}`,
          },
        ]
      : []),
  ];
  const parsed: ParsedSource = {
    ...emptyParsedSource('statbank-api', fileName),
    priceIndex: { baseYear, rows, source: 'statbank' },
    diagnostics,
    exportedBy: `Kilde: ${ATTRIBUTIONS.statbank.citationDa}, ${ATTRIBUTIONS.statbank.productDa} (${PRICE_INDEX_TABLE} opdateret ${info.updated})`,
    exportedOn: info.updated.slice(0, 10),
  };
  return {
    parsed,
    fileName,
    sha256: sha256Hex(JSON.stringify(manifest)),
    byteSize: responses.reduce((n, r) => n + r.meta.byteSize, 0),
    responses,
    baseYear,
    fromYear,
    toYear,
    keyFigure: p.figure.id,
    updated: info.updated,
  };
}
