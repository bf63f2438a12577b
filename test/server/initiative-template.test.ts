// The template's XML as Excel reads it (issue 17): exceljs 4.4 joins per-cell validations into
// overlapping ranges (it sorts addresses as text), which Excel "repairs" on opening; the
// template sets each column's validation as one range instead.
import { describe, expect, it } from 'vitest';
import { initiativesWorkbook } from '../../src/server/initiatives/index.ts';
import { inflateEntry, readZipDirectory } from '../../src/sources/xlsx/zip.ts';

async function partOf(bytes: Uint8Array, name: string): Promise<string> {
  const entry = readZipDirectory(bytes, 't.xlsx').find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  let xml = '';
  for await (const t of inflateEntry(bytes, entry, { limit: 1e7, used: 0 }, 't.xlsx')) xml += t;
  return xml;
}

const ranges = (xml: string) => [...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1]);

describe('initiativesWorkbook() as Excel reads it', () => {
  it("writes each column's validation as one range, none overlapping", async () => {
    const bytes = await initiativesWorkbook();
    expect(ranges(await partOf(bytes, 'xl/worksheets/sheet1.xml'))).toEqual([
      'D2:D501',
      'E2:E501',
      'I2:I501',
      'K2:K501',
      'L2:L501',
      'N2:N501',
      'P2:P501',
    ]);
    expect(ranges(await partOf(bytes, 'xl/worksheets/sheet2.xml'))).toEqual(['C2:C501', 'D2:E501']);
  });

  it('keeps every error title within the 32 characters Excel allows', async () => {
    const xml = await partOf(await initiativesWorkbook(), 'xl/worksheets/sheet1.xml');
    const titles = [...xml.matchAll(/errorTitle="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(titles.length).toBe(7);
    for (const t of titles) expect(t.length).toBeLessThanOrEqual(32);
  });
});
