import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatKr } from '../../src/core/index.ts';
import { pageErrors, pageGet } from './support/accounts.ts';
import { DESKTOP, launchBrowser, openPage } from './support/browser.ts';
import { downloadFrom, downloaded } from './support/download.ts';
import { readDocx } from '../support/docx-read.ts';
import { pdfFacts, poppler } from '../support/pdf.ts';

// The standard report from the kommune page (issue 20): its PDF and Word links download the
// report for the page's own choices; the PDF opens with its title and language, and the DOCX,
// read back, holds the package total and net position that GET /api/v1/package answers.

let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchBrowser();
  url = inject('webUrl');
});
afterAll(async () => {
  await browser?.close();
});

interface Package {
  readonly year: number;
  readonly municipality: { readonly name: string };
  readonly total: { readonly positive: number; readonly signed: number };
}

describe('the report from the kommune page', () => {
  it('downloads the PDF and the DOCX, whose totals are the API’s', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await page.goto(`${url}/kommune/766`);
    const pdfLink = page.getByTestId('report-quick-pdf');
    await pdfLink.waitFor();
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/v1\/reports\/766\.pdf\?/);
    expect(href).not.toContain('narrative=');
    // The package the links ask for: the same parameters, through the package's own route.
    const query = new URLSearchParams(href.split('?')[1]);
    query.delete('lang');
    query.set('municipality', '766');
    const pkg = await pageGet<Package>(page, `/api/v1/package?${query.toString()}`);

    const dir = mkdtempSync(join(tmpdir(), 'report-download-'));
    const pdf = await downloadFrom(page, pdfLink);
    expect(pdf.suggestedFilename()).toBe(`kend-din-kommune-766-hedensted-${pkg.year}.pdf`);
    const pdfFile = join(dir, 'report.pdf');
    writeFileSync(pdfFile, await downloaded(pdf));
    expect(pdfFacts(pdfFile)).toMatchObject({
      title: `Kend din kommune: Hedensted ${pkg.year}`,
      lang: 'da',
    });
    expect(poppler('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'])).toContain(
      formatKr('da', pkg.total.positive),
    );

    const docx = await downloadFrom(page, page.getByTestId('report-quick-docx'));
    expect(docx.suggestedFilename()).toBe(`kend-din-kommune-766-hedensted-${pkg.year}.docx`);
    const doc = await readDocx(new Uint8Array(await downloaded(docx)));
    expect(doc.title).toBe(`Kend din kommune: Hedensted ${pkg.year}`);
    const totals = doc.tables.flatMap((t) => t.filter((row) => row[0] === 'I alt (uden overlap)'));
    expect(totals).toHaveLength(1);
    expect(totals[0]?.slice(2)).toEqual([
      formatKr('da', pkg.total.positive),
      formatKr('da', pkg.total.signed),
    ]);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  }, 240_000);
});
