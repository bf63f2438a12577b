import type ExcelJS from 'exceljs';
import {
  INITIATIVE_STATUSES,
  INITIATIVE_TYPES,
  INITIATIVE_VISIBILITIES,
  ITEM_THEMES,
  MONEY_USES,
  findMunicipality,
  isChristiansoe,
  normaliseMunicipalityCode,
  type Gain,
  type InitiativeFields,
  type PriceLevel,
} from '../../core/index.ts';
import {
  GAIN_COLUMNS,
  INITIATIVE_COLUMNS,
  SHEETS,
  columnLetter,
  type Column,
  type ColumnKey,
} from './columns.ts';
import { quoted, type CellFault } from './faults.ts';
import { cellValue, formulaFault, structureFaults, textOf, type CellValue } from './sheet.ts';
import { CURRENT_PRICES_WORD } from './workbook.ts';

/** Where a gain came from: its row on "Gevinster". */
export interface GainSource {
  readonly row: number;
}

/** One initiative read from the workbook, with where each part of it stands. */
export interface WorkbookRow {
  /** Its row on "Initiativer". */
  readonly row: number;
  readonly fields: InitiativeFields;
  /** The "Gevinster" rows of `fields.expected[k]` and `fields.realised[k]`. */
  readonly expectedRows: readonly GainSource[];
  readonly realisedRows: readonly GainSource[];
}

class CellError extends Error {}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** An id or Danish name → the id, case and spaces aside. */
function enumValue<T extends string>(
  ids: readonly T[],
  names: Readonly<Record<string, string>>,
  text: string,
): T {
  const key = text.trim().toLowerCase();
  const id = ids.find((i) => i === key || names[i]?.toLowerCase() === key);
  if (id === undefined)
    throw new CellError(
      `${quoted(text)} er ikke en af værdierne på listen (${ids.map((i) => names[i] ?? i).join('; ')})`,
    );
  return id;
}

function yearOf(v: CellValue): number {
  const text = textOf(v);
  const n = v.kind === 'number' ? v.value : /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n)) throw new CellError(`${quoted(text)} er ikke et år`);
  if (n < MIN_YEAR || n > MAX_YEAR)
    throw new CellError(`${n} er ikke et år mellem ${MIN_YEAR} og ${MAX_YEAR}`);
  return n;
}

/** A whole or decimal amount in kroner: a number, or text like 2000000, 2.000.000 or 1500,5. */
function amountOf(v: CellValue): number {
  if (v.kind === 'number') return v.value;
  const t = textOf(v).replace(/\s|kr\.?$/gi, '');
  const plain = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '') : t;
  const n = /^-?\d+([.,]\d+)?$/.test(plain) ? Number(plain.replace(',', '.')) : NaN;
  if (!Number.isFinite(n)) throw new CellError(`${quoted(textOf(v))} er ikke et beløb i kroner`);
  return n;
}

const list = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function textUpTo(text: string, max: number, min = 0): string {
  if (text.length > max) throw new CellError(`teksten er ${text.length} tegn; højst ${max}`);
  if (text.length < min) throw new CellError(`${quoted(text)} er for kort; mindst ${min} tegn`);
  return text;
}

/** Reads one cell of "Initiativer" as its column says. */
function readCell(c: Column, v: CellValue): unknown {
  const text = textOf(v);
  const names = c.names ?? {};
  switch (c.key) {
    case 'municipality': {
      const code = normaliseMunicipalityCode(v.kind === 'number' ? v.value : text);
      if (code === undefined || !findMunicipality(code) || isChristiansoe(code))
        throw new CellError(`${quoted(text)} er ikke en kommunekode (tre cifre, fx 766)`);
      return code;
    }
    case 'title':
      return textUpTo(text, 200, 3);
    case 'description':
      return textUpTo(text, 10_000);
    case 'ownerName':
    case 'ownerRole':
      return textUpTo(text, 200);
    case 'moneyArea':
      return textUpTo(text, 300);
    case 'theme':
      return enumValue(ITEM_THEMES, names, text);
    case 'type':
      return enumValue(INITIATIVE_TYPES, names, text);
    case 'status':
      return enumValue(INITIATIVE_STATUSES, names, text);
    case 'moneyUse':
      return enumValue(MONEY_USES, names, text);
    case 'visibility':
      return enumValue(INITIATIVE_VISIBILITIES, names, text);
    case 'example':
      return enumValue(['yes', 'no'] as const, names, text) === 'yes';
    case 'startYear':
      return yearOf(v);
    case 'prices': {
      if (['løbende', 'loebende', 'current', CURRENT_PRICES_WORD].includes(text.toLowerCase()))
        return { basis: 'current', year: null } satisfies PriceLevel;
      try {
        return { basis: 'fixed', year: yearOf(v) } satisfies PriceLevel;
      } catch {
        throw new CellError(`${quoted(text)} er hverken "løbende" eller et årstal`);
      }
    }
    case 'keyFigures': {
      const ids = list(text);
      const bad = ids.find((id) => !/^[a-z0-9-]{1,120}$/.test(id));
      if (bad !== undefined)
        throw new CellError(`${quoted(bad)} er ikke et nøgletals-id (små bogstaver, tal og -)`);
      if (ids.length > 10) throw new CellError(`${ids.length} nøgletal; højst 10`);
      return ids;
    }
    case 'portalItems': {
      const ids = list(text);
      const bad = ids.find((id) => !/^[1-9]\d{0,9}$/.test(id));
      if (bad !== undefined) throw new CellError(`${quoted(bad)} er ikke et id (et helt tal)`);
      if (ids.length > 30) throw new CellError(`${ids.length} stykker indhold; højst 30`);
      return ids.map(Number);
    }
  }
}

/** Reads the cells of `row` in `columns`; faults for formulas, empty required cells and bad values. */
function readRow<K extends string>(
  ws: ExcelJS.Worksheet,
  r: number,
  columns: readonly { readonly key: K; readonly header: string; readonly required: boolean }[],
  read: (key: K, v: CellValue) => unknown,
  faults: CellFault[],
): Partial<Record<K, unknown>> | undefined {
  const out: Partial<Record<K, unknown>> = {};
  let ok = true;
  columns.forEach((c, k) => {
    const cell = ws.getCell(r, k + 1);
    const at = { sheet: ws.name, cell: `${columnLetter(k + 1)}${r}`, row: r, column: c.header };
    const formula = formulaFault(ws, cell, c.header);
    if (formula) {
      faults.push(formula);
      ok = false;
      return;
    }
    const v = cellValue(cell);
    if (v.kind === 'empty') {
      if (c.required) {
        faults.push({ ...at, message: 'skal udfyldes' });
        ok = false;
      }
      return;
    }
    try {
      out[c.key] = read(c.key, v);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      faults.push({ ...at, message: e.message });
      ok = false;
    }
  });
  return ok ? out : undefined;
}

/** The rows of a sheet that hold anything (in its columns or past them), from row 2. */
function usedRows(ws: ExcelJS.Worksheet): number[] {
  const rows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < 2) return;
    let used = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== undefined && cell.value !== '') used = true;
    });
    if (used) rows.push(r);
  });
  return rows;
}

const keyOf = (municipality: string, title: string) =>
  `${municipality}\u0000${title.toLowerCase()}`;

/**
 * Reads "Initiativer" and "Gevinster" of a workbook into initiatives, checking every row:
 * the headers, merged cells, formulas, empty required cells, values on the lists, years and
 * amounts. Returns the rows and every fault found (the caller refuses the whole file if any).
 */
export function readInitiativeRows(wb: ExcelJS.Workbook): {
  rows: WorkbookRow[];
  faults: CellFault[];
} {
  const faults: CellFault[] = [];
  const sheetOf = (name: string) => {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws)
      faults.push({
        sheet: name,
        cell: null,
        row: null,
        column: null,
        message: `arket ${quoted(name)} mangler; brug skabelonen (potentiale initiatives template)`,
      });
    return ws;
  };
  const main = sheetOf(SHEETS.initiatives);
  const gains = sheetOf(SHEETS.gains);
  if (!main || !gains) return { rows: [], faults };
  faults.push(
    ...structureFaults(
      main,
      INITIATIVE_COLUMNS.map((c) => c.header),
    ),
  );
  faults.push(
    ...structureFaults(
      gains,
      GAIN_COLUMNS.map((c) => c.header),
    ),
  );
  if (faults.length > 0) return { rows: [], faults };

  const byKey = new Map<string, { row: number; values: Partial<Record<ColumnKey, unknown>> }>();
  const order: string[] = [];
  // A gain's initiative may be on a row that could not be read: then its absence is no fault.
  let unreadRows = false;
  for (const r of usedRows(main)) {
    const values = readRow(
      main,
      r,
      INITIATIVE_COLUMNS,
      (key, v) => {
        const c = INITIATIVE_COLUMNS.find((x) => x.key === key) as Column;
        return readCell(c, v);
      },
      faults,
    );
    if (values === undefined) {
      unreadRows = true;
      continue;
    }
    const key = keyOf(values.municipality as string, values.title as string);
    const first = byKey.get(key);
    if (first) {
      faults.push({
        sheet: main.name,
        cell: `B${r}`,
        row: r,
        column: 'titel',
        message: `${quoted(values.title as string)} står allerede i række ${first.row} for samme kommune; en titel må kun stå én gang pr. kommune`,
      });
      continue;
    }
    byKey.set(key, { row: r, values });
    order.push(key);
  }

  const gainsOf = new Map<
    string,
    { expected: Array<Gain & GainSource>; realised: Array<Gain & GainSource> }
  >();
  const seenYear = new Map<string, number>();
  for (const r of usedRows(gains)) {
    const values = readRow(
      gains,
      r,
      GAIN_COLUMNS,
      (key, v) => {
        if (key === 'municipality') return readCell(INITIATIVE_COLUMNS[0] as Column, v);
        if (key === 'title') return textOf(v);
        if (key === 'year') return yearOf(v);
        return amountOf(v);
      },
      faults,
    );
    if (values === undefined) continue;
    const at = { sheet: gains.name, row: r };
    const key = keyOf(values.municipality as string, values.title as string);
    if (!byKey.has(key) && !unreadRows) {
      faults.push({
        ...at,
        cell: `B${r}`,
        column: 'titel',
        message: `intet initiativ med titlen ${quoted(values.title as string)} og kommunekode ${String(values.municipality)} på arket ${SHEETS.initiatives}`,
      });
      continue;
    }
    if (values.expected === undefined && values.realised === undefined) {
      faults.push({
        ...at,
        cell: `D${r}`,
        column: 'forventet (kr.)',
        message: 'udfyld forventet og/eller realiseret',
      });
      continue;
    }
    const year = values.year as number;
    const earlier = seenYear.get(`${key}\u0000${year}`);
    if (earlier !== undefined) {
      faults.push({
        ...at,
        cell: `C${r}`,
        column: 'år',
        message: `${year} står allerede i række ${earlier} for samme initiativ`,
      });
      continue;
    }
    seenYear.set(`${key}\u0000${year}`, r);
    const g = gainsOf.get(key) ?? { expected: [], realised: [] };
    if (values.expected !== undefined)
      g.expected.push({ year, amount: values.expected as number, row: r });
    if (values.realised !== undefined)
      g.realised.push({ year, amount: values.realised as number, row: r });
    gainsOf.set(key, g);
  }

  const rows = order.map((key): WorkbookRow => {
    const { row, values: v } = byKey.get(key) as {
      row: number;
      values: Partial<Record<ColumnKey, unknown>>;
    };
    const g = gainsOf.get(key) ?? { expected: [], realised: [] };
    const name = (v.ownerName as string | undefined) ?? '';
    const role = (v.ownerRole as string | undefined) ?? '';
    if (name === '' && role !== '')
      faults.push({
        sheet: main.name,
        cell: `F${row}`,
        row,
        column: 'ejer navn',
        message: 'der er en ejerrolle, men intet navn',
      });
    const gain = ({ year, amount }: Gain): Gain => ({ year, amount });
    const fields: InitiativeFields = {
      municipality: v.municipality as string,
      title: v.title as string,
      description: (v.description as string | undefined) ?? '',
      theme: v.theme as InitiativeFields['theme'],
      type: v.type as InitiativeFields['type'],
      owner: name === '' ? null : { name, role },
      keyFigures: (v.keyFigures as string[] | undefined) ?? [],
      startYear: v.startYear as number,
      expected: g.expected.map(gain),
      realised: g.realised.map(gain),
      prices: (v.prices as PriceLevel | undefined) ?? { basis: 'current', year: null },
      status: v.status as InitiativeFields['status'],
      money: {
        use: (v.moneyUse as InitiativeFields['money']['use'] | undefined) ?? 'undecided',
        area: ((v.moneyArea as string | undefined) ?? '') === '' ? null : (v.moneyArea as string),
      },
      portalItems: (v.portalItems as number[] | undefined) ?? [],
      visibility: (v.visibility as InitiativeFields['visibility'] | undefined) ?? 'public',
      example: (v.example as boolean | undefined) ?? false,
    };
    return {
      row,
      fields,
      expectedRows: g.expected.map(({ row: r }) => ({ row: r })),
      realisedRows: g.realised.map(({ row: r }) => ({ row: r })),
    };
  });
  return { rows, faults };
}
