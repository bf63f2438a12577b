import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { da } from '../../src/web/i18n/da/index.ts';
import { INITIATIVE_TYPE_NAMES_DA, THEME_NAMES_DA } from '../../src/core/index.ts';
import { loggedIn, pageErrors } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { downloaded, downloadFrom } from './support/download.ts';
import { COMBINED, ELDERLY, uniqueTitle } from './support/initiatives.ts';
import { TEST_USERS } from './support/test-users.ts';

// Importing the template (issue 17, bulk registration): an editor of 766 downloads the template
// from /initiativer, fills one initiative and its gains as a person would in Excel, uploads it
// to POST /initiatives/import, and finds the initiative in the list. Written against the
// template's layout (kommunekode, titel, … on "Initiativer"; one row per year on "Gevinster").

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchBrowser();
  url = inject('webUrl');
});
afterAll(async () => {
  await browser?.close();
});

/** Writes `values` into row `row` under the headers of row 1 that they name. */
function fillRow(sheet: ExcelJS.Worksheet, row: number, values: Record<string, string | number>) {
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headers.set(String(cell.value).toLowerCase(), col));
  for (const [header, value] of Object.entries(values)) {
    const col = headers.get(header);
    if (col === undefined) throw new Error(`The template has no column "${header}"`);
    sheet.getCell(row, col).value = value;
  }
}

describe('importing the template', () => {
  it('an editor of 766 fills the downloaded template, imports it and finds the initiative', async () => {
    const { page, errors } = await loggedIn(browser, url, TEST_USERS.import766, '/initiativer');
    const link = page.getByRole('link', { name: da.initiatives.overview.template });
    await link.waitFor();
    const download = await downloadFrom(page, link);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await downloaded(download)) as unknown as ArrayBuffer);
    const title = uniqueTitle('Hverdagsrehabilitering fra skabelonen');
    const initiatives = wb.getWorksheet('Initiativer');
    const gains = wb.getWorksheet('Gevinster');
    expect(initiatives).toBeDefined();
    expect(gains).toBeDefined();
    if (!initiatives || !gains) return;
    fillRow(initiatives, 2, {
      kommunekode: '766',
      titel: title,
      tema: THEME_NAMES_DA['elderly-health'],
      type: INITIATIVE_TYPE_NAMES_DA['rehabilitation-prevention'],
      "nøgletal (id'er adskilt af komma)": `${ELDERLY}, ${COMBINED}`,
      startår: 2014,
      status: da.initiatives.statuses['running'] ?? 'I gang',
      testeksempel: 'Ja',
    });
    fillRow(gains, 2, {
      kommunekode: '766',
      titel: title,
      år: 2015,
      'forventet (kr.)': 2_000_000,
      'realiseret (kr.)': 1_500_000,
    });
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const answer = await page.evaluate(
      async ({ body, type }) => {
        const s = (await (await fetch('/api/v1/session')).json()) as { csrfToken?: string };
        const r = await fetch('/api/v1/initiatives/import', {
          method: 'POST',
          headers: { 'Content-Type': type, 'X-CSRF-Token': s.csrfToken ?? '' },
          body: new Uint8Array(body),
        });
        return { status: r.status, json: (await r.json()) as unknown };
      },
      { body: [...bytes], type: XLSX },
    );
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect((answer.json as { created: number }).created).toBe(1);

    await page.goto(`${url}/initiativer?municipality=766`);
    const row = page.locator('.initiatives-table tr', { hasText: title });
    // The list's total is in the sector's one level (2,0 mio. kr. of 2015 taken there).
    await expect
      .poll(() => row.innerText())
      .toMatch(/\d,\d mio\. kr\., (\d{4}-priser|løbende priser)/);
    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.initiative-gains-table').innerText()).toMatch(
      /2015\s+2,0 mio\. kr\.\s+1,5 mio\. kr\./,
    );
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});
