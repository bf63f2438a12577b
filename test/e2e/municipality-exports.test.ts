import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadFrom } from './support/download.ts';
import { THEME_NAMES_EN } from '../../src/core/index.ts';
import type { PackageDocument } from '../../src/web/api/index.ts';
import { accessibilityViolations, launchBrowser, openPage } from './support/browser.ts';

// The package files for a meeting (issue 14, item 4), downloaded from the Kommune page as a
// person would and read back: the summary's totals are the API's for the same choices.

const CODE = '766';
const YEAR = 2019;

let browser: Browser;

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function openPackage(page: Page, query: string): Promise<void> {
  await page.goto(`${inject('webUrl')}/kommune/${CODE}${query}`);
  // A cold package on a busy 2-core machine can take tens of seconds (issue 14, "Fast").
  await page.locator('#package-total-heading').waitFor({ timeout: 120_000 });
  await page.locator('.muni-exports a[data-format="xlsx"]').waitFor({ timeout: 120_000 });
}

/** Downloads the XLSX from the page's export section and reads it back. */
async function downloadXlsx(page: Page): Promise<{ name: string; wb: ExcelJS.Workbook }> {
  const download = await downloadFrom(page, page.locator('.muni-exports a[data-format="xlsx"]'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  return { name: download.suggestedFilename(), wb };
}

/** The number in column 2 of the row whose first cell is `label`. */
function valueOf(ws: ExcelJS.Worksheet | undefined, label: string): unknown {
  let found: unknown;
  ws?.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

/** The first cells of the rows after the heading `label`, up to the next empty row. */
function firstCellsAfter(ws: ExcelJS.Worksheet | undefined, label: string): unknown[] {
  const out: unknown[] = [];
  let inside = false;
  for (let n = 1; ws && n <= ws.rowCount; n++) {
    const first = ws.getRow(n).getCell(1).value;
    if (inside) {
      if (first === null || first === undefined) break;
      out.push(first);
    } else if (first === label) inside = true;
  }
  return out;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Kommune page’s package files', () => {
  it(
    'downloads a Danish XLSX whose summary totals are the API’s, with axe clean',
    { timeout: 240_000 },
    async () => {
      const query = `?year=${YEAR}&benchmark=p25`;
      const pkg = await api<PackageDocument>(
        `package?municipality=${CODE}&year=${YEAR}&benchmark=p25`,
      );
      const { page, errors } = await openPage(browser);
      await openPackage(page, query);
      const href =
        (await page.locator('.muni-exports a[data-format="xlsx"]').getAttribute('href')) ?? '';
      expect(new URL(href, 'http://x').searchParams.get('lang')).toBe('da');
      expect(await accessibilityViolations(page)).toEqual([]);

      const { name, wb } = await downloadXlsx(page);
      expect(name).toMatch(
        new RegExp(`^potentiale-pakke-${CODE}-hedensted-${YEAR}-[a-z]+-p25-[a-z0-9-]+\\.xlsx$`),
      );
      expect(wb.worksheets.map((s) => s.name)).toEqual(['Oversigt', 'Nøgletal', 'Kilder']);
      const summary = wb.getWorksheet('Oversigt');
      expect(valueOf(summary, `Potentiale (sum af de positive) (${pkg.unitLabelDa})`)).toBe(
        Math.round(pkg.total.positive),
      );
      expect(valueOf(summary, `Nettoposition (${pkg.unitLabelDa})`)).toBe(
        Math.round(pkg.total.signed),
      );
      expect(valueOf(summary, 'Nøgletal i summen')).toBe(pkg.total.included.length);
      expect(valueOf(summary, 'Benchmarkniveau')).toBe(`${pkg.levelNameDa} (p25)`);
      expect(errors).toEqual([]);
    },
  );

  it('downloads the English XLSX from the English page', { timeout: 240_000 }, async () => {
    const pkg = await api<PackageDocument>(`package?municipality=${CODE}&year=${YEAR}`);
    const { page, errors } = await openPage(browser);
    await openPackage(page, `?year=${YEAR}&lang=en`);
    await page.getByRole('heading', { name: 'Download the package' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const { name, wb } = await downloadXlsx(page);
    expect(name).toMatch(new RegExp(`^potential-package-${CODE}-hedensted-${YEAR}-`));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'Key figures', 'Sources']);
    const summary = wb.getWorksheet('Summary');
    const prices = `DKK, ${pkg.prices.basis === 'fixed' ? pkg.prices.year : YEAR} prices`;
    expect(valueOf(summary, `Potential (sum of the positive) (${prices})`)).toBe(
      Math.round(pkg.total.positive),
    );
    expect(firstCellsAfter(summary, 'Potential per theme').slice(1)).toEqual([
      ...pkg.themes.map((t) => THEME_NAMES_EN[t.theme]),
      'Total',
    ]);
    expect(errors).toEqual([]);
  });
});
