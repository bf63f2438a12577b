import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  THEME_NAMES_DA,
  THEME_NAMES_EN,
  findMunicipality,
  roundTo,
  slugify,
  topPotentials,
} from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import type { PackageDocument } from '../../src/server/contract.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { validateJsonStat } from './jsonstat-schema.ts';

// The package files for a meeting (issue 14, item 4): the XLSX read back with exceljs, the CSV
// parsed, both compared with the JSON answer of the same request.

const PACKAGE = '/api/v1/package?municipality=766&year=2019';

/** The file name in Content-Disposition. */
const fileName = (r: Response) =>
  /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? '';

/** The rows of a sheet as arrays of cell values (1-based columns dropped to 0-based). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The row after the one whose first cell is `label`, up to the next empty row. */
function blockAfter(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row[] {
  const out: ExcelJS.Row[] = [];
  let inside = false;
  for (let n = 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const first = row.getCell(1).value;
    if (inside) {
      if (first === null || first === undefined) break;
      out.push(row);
    } else if (first === label) inside = true;
  }
  return out;
}

describe.each(ENGINES)('package files for a meeting on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'noegletal');
    app = createApp({ db, now: () => new Date('2026-11-23T12:00:00Z'), cacheVersionTtlMs: 0 });
  });
  afterAll(async () => {
    await db?.close();
  });
  const get = (path: string) => app.request(path);
  const json = async (path: string) => (await (await get(path)).json()) as PackageDocument;
  const workbook = async (r: Response) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    return wb;
  };

  it('writes a summary, a figures and a sources sheet whose totals are the JSON answer’s', async () => {
    const doc = await json(PACKAGE);
    const r = await get(`${PACKAGE}&format=xlsx`);
    expect(r.status).toBe(200);
    const wb = await workbook(r);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Oversigt', 'Nøgletal', 'Kilder']);
    const summary = wb.getWorksheet('Oversigt');
    if (!summary) throw new Error('no summary sheet');
    const text = rowsOf(summary).flat().map(String).join('\n');
    expect(text).toContain(`${doc.municipality.name} (766)`);
    expect(text).toContain(doc.levelNameDa);
    expect(text).toContain(doc.unitLabelDa);

    // The totals: whole kroner, formatted, equal to the answer's.
    const label = `Potentiale (sum af de positive) (${doc.unitLabelDa})`;
    const totalRow = rowsOf(summary).findIndex((row) => row[0] === label);
    expect(totalRow).toBeGreaterThan(0);
    const totalCell = summary.getRow(totalRow + 1).getCell(2);
    expect(totalCell.value).toBe(Math.round(doc.total.positive));
    expect(totalCell.numFmt).toBe('#,##0');
    const signedRow = rowsOf(summary).findIndex(
      (row) => row[0] === `Nettoposition (${doc.unitLabelDa})`,
    );
    expect(summary.getRow(signedRow + 1).getCell(2).value).toBe(Math.round(doc.total.signed));

    // The theme totals, each theme by its one name, and their sum row.
    const themes = blockAfter(summary, 'Potentiale pr. tema').slice(1);
    expect(themes.map((row) => row.getCell(1).value)).toEqual([
      ...doc.themes.map((t) => THEME_NAMES_DA[t.theme]),
      'I alt',
    ]);
    for (const [i, t] of doc.themes.entries()) {
      const row = themes[i];
      expect(row?.getCell(2).value).toBe(roundTo(t.total.positive, 0));
      expect(row?.getCell(3).value).toBe(roundTo(t.total.signed, 0));
      expect(row?.getCell(2).numFmt).toBe('#,##0');
    }
    expect(themes.at(-1)?.getCell(2).value).toBe(Math.round(doc.total.positive));

    // The top 10: the core's ranking of the answer, in that order.
    const top = topPotentials(doc.themes, 10);
    const positives = new Set(
      doc.themes
        .flatMap((t) => t.figures.filter((f) => f.status === 'included' && (f.potential ?? 0) > 0))
        .map((f) => f.keyFigureId),
    );
    expect(top.length).toBe(Math.min(10, positives.size));
    expect(top.length).toBeGreaterThan(0);
    const listed = blockAfter(summary, 'De 10 største potentialer').slice(1);
    expect(listed.map((row) => row.getCell(2).value)).toEqual(top.map((t) => t.figure.nameDa));
    expect(listed.map((row) => row.getCell(7).value)).toEqual(
      top.map((t) => roundTo(t.figure.potential, 0)),
    );

    // The group as the answer describes it: its name and every member by name.
    for (const g of Object.values(doc.groups)) {
      expect(text).toContain(g.nameDa);
      for (const m of g.members) expect(text).toContain(`${findMunicipality(m)?.name} (${m})`);
    }
    // Warnings in words.
    expect(doc.warnings.length).toBeGreaterThan(0);
    for (const w of doc.warnings) expect(text).toContain(w.messageDa);

    const sources = wb.getWorksheet('Kilder');
    const sourceText = rowsOf(sources as ExcelJS.Worksheet)
      .flat()
      .map(String)
      .join('\n');
    expect(sourceText).toContain('Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal');
    expect(sourceText).toContain('https://www.noegletal.dk');
  });

  it('writes every figure column as a rounded number with a number format', async () => {
    const doc = await json(PACKAGE);
    const wb = await workbook(await get(`${PACKAGE}&format=xlsx`));
    const ws = wb.getWorksheet('Nøgletal');
    if (!ws) throw new Error('no figures sheet');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        'egen værdi',
        'benchmark (median)',
        `potentiale (${doc.unitLabelDa})`,
        `korridor min (${doc.unitLabelDa})`,
        'enhed',
      ]),
    );
    const col = (name: string) => header.indexOf(name) + 1;
    const figures = doc.themes.flatMap((t) => t.figures);
    expect(ws.rowCount).toBe(1 + figures.length);
    let checked = 0;
    for (let n = 2; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      const f = figures[n - 2];
      expect(row.getCell(col('nøgletal-id')).value).toBe(f?.keyFigureId);
      for (const name of [`potentiale (${doc.unitLabelDa})`, 'egen værdi', 'volumen']) {
        const cell = row.getCell(col(name));
        if (cell.value === null) continue;
        expect(typeof cell.value, name).toBe('number');
        expect(cell.numFmt, name).toMatch(/^#,##0(\.0{1,2})?$/);
        const decimals = /\.(0+)$/.exec(cell.numFmt)?.[1]?.length ?? 0;
        // No float noise: the number is its own rounding to the decimals it is shown with.
        expect(cell.value).toBe(roundTo(cell.value as number, decimals));
        checked++;
      }
      if (f?.potential !== null && f?.potential !== undefined)
        expect(row.getCell(col(`potentiale (${doc.unitLabelDa})`)).value).toBe(
          roundTo(f.potential, 0),
        );
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('names the file by municipality, year, kind, level and group, a different file per group', async () => {
    const names = [];
    for (const peers of ['nearest:10', 'nearest:5', 'list:710,727,730', 'list:710,727,740']) {
      const r = await get(`${PACKAGE}&format=xlsx&peers=${peers}&benchmark=p25`);
      expect(r.status).toBe(200);
      names.push(fileName(r));
    }
    for (const n of names)
      expect(n).toMatch(/^potentiale-pakke-766-hedensted-2019-[a-z0-9-]+\.xlsx$/);
    expect(names[0]).toMatch(/-p25-/);
    // The nearest groups differ by theme (each theme has its own variables); a list is one group.
    expect(names[0]).toMatch(/-p25-grupper-pr-tema-[0-9a-f]{6}\.xlsx$/);
    const listed = await json(`${PACKAGE}&peers=list:710,727,730&benchmark=p25`);
    const group = Object.values(listed.groups)[0]?.nameDa ?? '';
    expect(group).not.toBe('');
    expect(names[2]).toContain(`-p25-${slugify(group).slice(0, 20)}`);
    expect(new Set(names).size).toBe(names.length);
    const csv = await get(`${PACKAGE}&format=csv&peers=list:710,727,730&benchmark=p25`);
    expect(fileName(csv)).toBe(names[2]?.replace(/\.xlsx$/, '.csv'));
  });

  it('writes the English file in English: sheets, themes, words and file name', async () => {
    const doc = await json(PACKAGE);
    const r = await get(`${PACKAGE}&format=xlsx&lang=en`);
    expect(fileName(r)).toMatch(/^potential-package-766-hedensted-2019-/);
    const wb = await workbook(r);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'Key figures', 'Sources']);
    const summary = wb.getWorksheet('Summary') as ExcelJS.Worksheet;
    const themes = blockAfter(summary, 'Potential per theme').slice(1);
    expect(themes.map((row) => row.getCell(1).value)).toEqual([
      ...doc.themes.map((t) => THEME_NAMES_EN[t.theme]),
      'Total',
    ]);
    const text = rowsOf(summary).flat().map(String).join('\n');
    for (const w of doc.warnings) expect(text).toContain(w.messageEn);
    // The groups in English: "10 nearest on structural conditions (2019)", no Danish name.
    for (const g of Object.values(doc.groups)) {
      expect(g.nameEn).toMatch(/^10 nearest on structural conditions \(\d{4}\)$/);
      expect(text).toContain(g.nameEn);
      expect(text).not.toContain(g.nameDa);
    }
    const figures = wb.getWorksheet('Key figures') as ExcelJS.Worksheet;
    const statusCol = (figures.getRow(1).values as unknown[]).indexOf('status in the package');
    const statuses = new Set<unknown>();
    figures.eachRow((row, n) => {
      if (n > 1) statuses.add(row.getCell(statusCol).value);
    });
    expect(statuses).toContain('counted');
    expect(statuses).not.toContain('tælles med');
  });

  it('writes the CSV rounded and in the language’s words, numbers never quoted as formulas', async () => {
    const doc = await json(PACKAGE);
    const da = await (await get(`${PACKAGE}&format=csv&locale=da`)).text();
    const [cols = [], ...lines] = parseCsv(da, { delimiter: ';' }) as string[][];
    const at = (name: string) => cols.indexOf(name);
    const potential = at(`potentiale (${doc.unitLabelDa})`);
    expect(potential).toBeGreaterThan(0);
    const figures = doc.themes.flatMap((t) => t.figures);
    expect(lines.length).toBe(figures.length);
    for (const [i, line] of lines.entries()) {
      const f = figures[i];
      const p = line[potential] ?? '';
      if (f?.potential === null) expect(p).toBe('');
      // Whole kroner: "-1309290", never "-1309289,9759999998" or "'-1309290".
      else expect(p).toBe(String(roundTo(f?.potential, 0)));
      for (const name of ['egen værdi', 'benchmark (median)']) {
        const v = line[at(name)] ?? '';
        expect(v, name).toMatch(/^(-?\d+(,\d{1,2})?)?$/);
      }
    }
    const statuses = new Set(lines.map((l) => l[at('status i pakken')]));
    expect(statuses).toContain('tælles med');
    for (const english of ['included', 'overlaps', 'aggregate', 'no-potential'])
      expect(statuses).not.toContain(english);
    expect(new Set(lines.map((l) => l[at('tema')]))).toEqual(
      new Set(doc.themes.map((t) => THEME_NAMES_DA[t.theme])),
    );
    // Text that a spreadsheet would run is neutralised; no cell starts a formula.
    for (const line of lines)
      for (const cell of line) if (/^[=+@]/.test(cell)) throw new Error(`formula cell ${cell}`);

    const en = await (await get(`${PACKAGE}&format=csv&lang=en`)).text();
    const [enCols = [], ...enLines] = parseCsv(en) as string[][];
    expect(enCols).toContain('status in the package');
    expect(new Set(enLines.map((l) => l[enCols.indexOf('status in the package')]))).toContain(
      'counted',
    );
    expect(en).not.toMatch(/\d\.\d{3,}/);
  });

  it('keeps JSON-stat valid, in either language', async () => {
    for (const lang of ['da', 'en']) {
      const r = await get(`${PACKAGE}&format=jsonstat&lang=${lang}`);
      const doc = (await r.json()) as { label: string; value: (number | null)[] };
      expect(validateJsonStat(doc)).toEqual([]);
      expect(doc.label).toMatch(lang === 'da' ? /^Potentialepakke/ : /^Potential package/);
      for (const v of doc.value) if (v !== null) expect(Number.isInteger(v)).toBe(true);
    }
  });

  it('refuses an unknown language with 400 naming lang', async () => {
    const r = await get(`${PACKAGE}&format=xlsx&lang=de`);
    expect(r.status).toBe(400);
    const problem = (await r.json()) as { parameter?: string; detail: string };
    expect(problem.parameter).toBe('lang');
    expect(problem.detail).toContain('"de"');
  });
});
