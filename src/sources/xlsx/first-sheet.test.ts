import { readFileSync, readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawDataPath } from '../../../test/support/shared-data.ts';
import { InvalidFileError } from '../../core/index.ts';
import { mutatedBytes, repeatedDeflate, writeZip, type TestZipEntry } from '../testing/index.ts';
import { readFirstSheet, type XlsxLimits } from './first-sheet.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const FOLDER = 'noegletal-asgeringemann';
const REAL = readdirSync(rawDataPath(FOLDER)).filter((f) => f.endsWith('.xlsx'));

/** A cell as the importers read it: rich text as its text (run fonts may differ). */
function plain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('richText' in value)) return value;
  return (value.richText as { text: string }[]).map((r) => r.text).join('');
}

const rowsOf = (rows: readonly { number: number; values: readonly unknown[] }[]) =>
  rows.map((r) => ({ number: r.number, values: [...r.values].map(plain) }));

/** The first sheet as exceljs's whole-workbook loader reads it: what the importer used before. */
async function loadedRows(bytes: Uint8Array): Promise<{ number: number; values: unknown[] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: { number: number; values: unknown[] }[] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: true }, (row, number) => {
    rows.push({ number, values: Array.isArray(row.values) ? [...row.values] : [] });
  });
  return rows;
}

async function refusal(run: Promise<unknown>): Promise<InvalidFileError> {
  const e = await run.then(
    () => new Error('expected a refusal, but the workbook was read'),
    (x: unknown) => x,
  );
  if (e instanceof InvalidFileError) return e;
  throw e;
}

const WORKBOOK = enc(
  '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const RELS = enc(
  '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
);

/** A minimal workbook whose first sheet is `sheet`, with optional shared strings. */
function workbook(
  sheet: TestZipEntry['data'],
  more: { readonly declaredSize?: number; readonly strings?: TestZipEntry } = {},
): Uint8Array {
  return writeZip([
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    ...(more.strings ? [more.strings] : []),
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheet,
      ...(more.declaredSize === undefined ? {} : { declaredSize: more.declaredSize }),
    },
  ]);
}

const sheetXml = (rows: string) => enc(`<worksheet><sheetData>${rows}</sheetData></worksheet>`);
const LIMITS: XlsxLimits = {
  inflatedBytes: 1_000_000,
  cells: 100,
  sharedStrings: 50,
  textChars: 1000,
};

describe('readFirstSheet(bytes, fileName, limits)', () => {
  it.each(REAL.filter((f) => !f.startsWith('Disposable')))(
    'reads the rows of the real %s exactly as exceljs’s workbook loader',
    async (file) => {
      const bytes = new Uint8Array(readFileSync(rawDataPath(FOLDER, file)));
      const streamed = await readFirstSheet(bytes, file);
      expect(streamed.map((r) => ({ number: r.number, values: [...r.values] }))).toEqual(
        await loadedRows(bytes),
      );
    },
  );

  it('reads generated workbooks as the loader does: text, rich text, formulas, gaps', async () => {
    const cell = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ unit: fc.constantFrom('a', 'ø', 'Æ', ' ', '<', '&', '"', '\t', '€') }),
      fc.boolean(),
      fc.integer().map((result) => ({ formula: '1+1', result })),
      fc
        .array(fc.string({ minLength: 1 }))
        .map((texts) => ({ richText: texts.map((text) => ({ text })) })),
      fc.constant(null),
    );
    const sheet = fc.array(fc.option(fc.array(cell, { maxLength: 6 }), { nil: undefined }), {
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(sheet, async (rows) => {
        const book = new ExcelJS.Workbook();
        const ws = book.addWorksheet('Ark1');
        rows.forEach((cells, i) => {
          if (cells) ws.getRow(i + 1).values = [null, ...cells] as ExcelJS.CellValue[];
        });
        const bytes = new Uint8Array(await book.xlsx.writeBuffer());
        const streamed = await readFirstSheet(bytes, 'gen.xlsx');
        expect(rowsOf(streamed)).toEqual(rowsOf(await loadedRows(bytes)));
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('refuses a zip bomb that declares its size before unpacking anything', async () => {
    // Corrupt compressed data: unpacking it would fail with another message.
    const bomb = workbook(
      { deflated: enc('not deflate data'), size: 5_000_000 },
      { declaredSize: 5_000_000 },
    );
    const e = await refusal(readFirstSheet(bomb, 'bombe.xlsx', LIMITS));
    expect(e.message).toBe(
      'bombe.xlsx:1: XLSX-filen kunne ikke læses: regnearket pakker ud til over 1 MB (grænsen for import); er det en zip-bombe?',
    );
  });

  it('refuses a zip bomb that lies about its size as soon as it unpacks past it', async () => {
    const unit = enc(`<x a="${'a'.repeat(500)}"/>`);
    const sheet = repeatedDeflate(
      enc('<worksheet><sheetData>'),
      unit,
      100_000,
      enc('</sheetData>'),
    );
    const bomb = workbook(sheet, { declaredSize: 2000 });
    const e = await refusal(readFirstSheet(bomb, 'bombe.xlsx', LIMITS));
    expect(e.message).toBe(
      'bombe.xlsx:1: XLSX-filen kunne ikke læses: xl/worksheets/sheet1.xml pakker ud til mere end de 2.000 byte, arkivet angiver',
    );
  });

  it('refuses more cells than the limit, counted before they are parsed', async () => {
    const rows = Array.from({ length: 30 }, (_, r) =>
      [1, 2, 3, 4].map((c) => `<x:c r="${'ABCD'[c - 1]}${r + 1}"><x:v>${c}</x:v></x:c>`).join(''),
    ).map((cells, r) => `<x:row r="${r + 1}">${cells}</x:row>`);
    const e = await refusal(
      readFirstSheet(workbook(sheetXml(rows.join(''))), 'mange.xlsx', LIMITS),
    );
    expect(e.message).toMatch(/^mange\.xlsx:1: arket har over 100 celler \(grænsen for import\)/);
  });

  it('counts empty rows and the width up to the last cell, naming the row past the limit', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="150"><c r="A150"><v>2</v></c></row>';
    const e = await refusal(readFirstSheet(workbook(sheetXml(rows)), 'huller.xlsx', LIMITS));
    expect(e.message).toMatch(/^huller\.xlsx:150: arket har over 100 celler/);
  });

  it('gives empty rows for the gaps, as eachRow with includeEmpty', async () => {
    const rows =
      '<row r="2"><c r="B2"><v>7</v></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is></c></row>';
    const read = await readFirstSheet(workbook(sheetXml(rows)), 'huller.xlsx', LIMITS);
    expect(read.map((r) => [r.number, [...r.values]])).toEqual([
      [1, []],
      [2, [undefined, undefined, 7]],
      [3, []],
      [4, [undefined, 'x']],
    ]);
  });

  it('refuses more shared strings than the limit', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<si><t>s${i}</t></si>`).join('');
    const strings = { name: 'xl/sharedStrings.xml', data: enc(`<sst>${many}</sst>`) };
    const e = await refusal(
      readFirstSheet(workbook(sheetXml(''), { strings }), 'tekster.xlsx', LIMITS),
    );
    expect(e.message).toMatch(/^tekster\.xlsx:1: regnearket har over 50 forskellige tekster/);
  });

  it('refuses a text longer than the limit between two tags, in one chunk or many', async () => {
    for (const length of [1001, 200_000]) {
      const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(length)}</t></is></c></row>`;
      const e = await refusal(readFirstSheet(workbook(sheetXml(rows)), 'lang.xlsx', LIMITS));
      expect(e.message).toMatch(/^lang\.xlsx:1: en tekst i regnearket er over 1\.000 tegn lang/);
    }
  });

  it('refuses archives it cannot read, naming the file', async () => {
    const good = workbook(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'));
    const cases: [Uint8Array, RegExp][] = [
      [good.subarray(0, good.length - 30), /indholdsfortegnelse/],
      [enc('PK\u0003\u0004 ikke et arkiv'), /indholdsfortegnelse mangler/],
      [workbook(enc('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>')), /afkortet/],
      [workbook(enc('<worksheet><sheetData><row r="1"></sheetData></worksheet>')), /kunne ikke/],
      [workbook(enc('<worksheet><sheetData><row r="0"/></sheetData></worksheet>')), /rækkenummer/],
    ];
    for (const [bytes, message] of cases) {
      const e = await refusal(readFirstSheet(bytes, 'ødelagt.xlsx', LIMITS));
      expect(e.message).toMatch(/^ødelagt\.xlsx:\d+: /);
      expect(e.message).toMatch(message);
    }
  });

  it('either reads or refuses with InvalidFileError, for corrupted real exports', async () => {
    const real = new Uint8Array(
      readFileSync(rawDataPath(FOLDER, 'Udgift til dagtilbud Region Yearly 1993-2024.xlsx')),
    );
    await fc.assert(
      fc.asyncProperty(mutatedBytes(real), async (bytes) => {
        await readFirstSheet(bytes, 'fuzz.xlsx').catch((e: unknown) => {
          if (!(e instanceof InvalidFileError)) throw e;
        });
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});
