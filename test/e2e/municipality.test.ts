import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  KeyFigureDocument,
  PackageDocument,
  PotentialDocument,
} from '../../src/web/api/index.ts';
import { formatMillionKr } from '../../src/web/format/index.ts';
import { defaultPackageYear } from '../../src/web/pages/municipality/years.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

const CODE = '766';
const ELDERLY = 'udgifter-aeldre-pr-67-aarig';

let browser: Browser;
let year: number;
let median: PackageDocument;
let keyFigures: KeyFigureDocument[];

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The package page, waited for until its total is shown. */
async function openPackage(page: Page, query = ''): Promise<void> {
  await page.goto(`${inject('webUrl')}/kommune/${CODE}${query}`);
  await page.getByTestId('package-total').waitFor();
}

/** The potential shown in the row of a key figure (its first theme). */
const potentialCell = (page: Page, id: string) =>
  page.locator(`tr[data-key-figure="${id}"] td.potential .info-number-value`).first();

beforeAll(async () => {
  browser = await launchBrowser();
  ({ keyFigures } = await api<{ keyFigures: KeyFigureDocument[] }>('key-figures'));
  year = defaultPackageYear(keyFigures) ?? 0;
  median = await api<PackageDocument>(`package?municipality=${CODE}&year=${year}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('the Kommune page (/kommune/{code})', () => {
  it('opens on the newest year rich in figures and shows the API package total, formatted Danish', async () => {
    expect(year).toBe(2019);
    const { page, errors } = await openPage(browser);
    await openPackage(page);
    await page.getByRole('heading', { level: 1, name: 'Hedensted' }).waitFor();
    const yearSelect = page.getByLabel('År', { exact: true });
    expect(await yearSelect.inputValue()).toBe(String(year));
    // The years offered: those in which some themed figure has numbers (the API's
    // yearsWithValues), newest first; not the figures' spans of rows.
    const withNumbers = new Set(
      keyFigures
        .filter((k) => k.themes.some((th) => th !== 'structure'))
        .flatMap((k) => k.yearsWithValues ?? []),
    );
    expect(await yearSelect.locator('option').allTextContents()).toEqual(
      [...withNumbers].sort((a, b) => b - a).map(String),
    );
    expect(await page.getByLabel('Benchmarkniveau', { exact: true }).inputValue()).toBe('median');
    expect(await page.getByTestId('package-total').locator('.info-number-value').innerText()).toBe(
      formatMillionKr('da', median.total.positive),
    );
    // Every theme of the package, with its name from the catalogue and its total.
    const headings = await page.locator('.muni-theme h2').allInnerTexts();
    expect(headings).toHaveLength(median.themes.length);
    expect(headings[0]).toBe('Ældre og sundhed');
    // The row of the elderly figure: own value, benchmark, rank and the potential in words.
    const row = page.locator(`tr[data-key-figure="${ELDERLY}"]`).first();
    const figure = median.themes[0]?.figures.find((f) => f.keyFigureId === ELDERLY);
    expect(figure).toBeDefined();
    const text = await row.innerText();
    expect(text).toContain('31.767');
    expect(text).toContain(`${figure?.rank}. af ${figure?.rankOf}`);
    expect(text).toContain(formatMillionKr('da', figure?.potential));
    expect(text).toContain('bruger mindre');
    // An overlapping figure says why it is not in the sum.
    expect(
      await page
        .locator('tr[data-key-figure="udg-aeldre-voksne-saerlige-behov-pr-18-aarig"] .col-status')
        .first()
        .innerText(),
    ).toBe('Overlapper med Udgifter til ældre pr. 67+-årig, tælles ikke med i summen');
    // The structural profile, the peers with why, whom to talk to with reasons.
    await page.locator('.muni-profile dt', { hasText: 'Indbyggertal 1. januar' }).waitFor();
    await page.locator('.muni-peers-table tbody tr').first().waitFor();
    expect(await page.locator('.muni-peers-table tbody tr').count()).toBe(10);
    expect(await page.locator('.muni-peers-table tbody tr').first().innerText()).toMatch(
      /Tættest på: .+\./,
    );
    await page.locator('.muni-talk-entry').first().waitFor();
    expect(await page.locator('.muni-talk-reason').first().innerText()).toMatch(/mod jeres/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-desktop');
    expect(errors).toEqual([]);
  });

  it('changes the benchmark level to "Bedste kommune": the potential becomes the API\'s, the URL keeps it through a reload', async () => {
    const best = await api<PotentialDocument>(
      `potential?municipality=${CODE}&keyFigure=${ELDERLY}&year=${year}&benchmark=best`,
    );
    expect(best.potential).not.toBeNull();
    expect(Math.abs(best.potential ?? 0)).toBeGreaterThan(1e5);
    const expected = formatMillionKr('da', best.potential);
    const { page, errors } = await openPage(browser);
    await openPackage(page);
    const before = await potentialCell(page, ELDERLY).innerText();
    expect(before).not.toBe(expected);

    await page
      .getByLabel('Benchmarkniveau', { exact: true })
      .selectOption({ label: 'Bedste kommune' });
    await expect.poll(() => potentialCell(page, ELDERLY).innerText()).toBe(expected);
    expect(new URL(page.url()).searchParams.get('benchmark')).toBe('best');
    const pkgBest = await api<PackageDocument>(
      `package?municipality=${CODE}&year=${year}&benchmark=best`,
    );
    await expect
      .poll(() => page.getByTestId('package-total').locator('.info-number-value').innerText())
      .toBe(formatMillionKr('da', pkgBest.total.positive));
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('package-total').waitFor();
    expect(await page.getByLabel('Benchmarkniveau', { exact: true }).inputValue()).toBe('best');
    await expect.poll(() => potentialCell(page, ELDERLY).innerText()).toBe(expected);
    expect(errors).toEqual([]);
  });

  it('asks the API for peers=landsdel on "Samme landsdel" and lists the landsdel\'s other municipalities', async () => {
    const landsdel = await api<PackageDocument>(
      `package?municipality=${CODE}&year=${year}&peers=landsdel`,
    );
    const { page, errors } = await openPage(browser);
    await openPackage(page);
    const asked: (string | null)[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/v1/package') asked.push(url.searchParams.get('peers'));
    });
    await page
      .getByLabel('Sammenligningsgruppe', { exact: true })
      .selectOption({ label: 'Samme landsdel' });
    await expect
      .poll(() => page.getByTestId('package-total').locator('.info-number-value').innerText())
      .toBe(formatMillionKr('da', landsdel.total.positive));
    expect(new URL(page.url()).searchParams.get('peers')).toBe('landsdel');
    expect(asked).toContain('landsdel');
    const listed = await page.locator('.muni-peer-list li').allInnerTexts();
    expect(listed).toHaveLength(10);
    expect(listed).toContain('Aarhus');
    // Herning shares the region with Hedensted, not the landsdel.
    expect(listed).not.toContain('Herning');
    expect(errors).toEqual([]);
  });

  it('exports the package with the same choices as CSV and XLSX, and the files read back', async () => {
    const best = await api<PotentialDocument>(
      `potential?municipality=${CODE}&keyFigure=${ELDERLY}&year=${year}&benchmark=best`,
    );
    const { page } = await openPage(browser);
    await openPackage(page, '?benchmark=best');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.muni-exports a[data-format="csv"]').click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`potentiale-pakke-${CODE}-${year}-best.csv`);
    const text = readFileSync(await csv.path(), 'utf8');
    const header = text.split(/\r?\n/)[0] ?? '';
    expect(header).toContain('potentiale (kr.)');
    const line = text.split(/\r?\n/).find((l) => l.includes(`;${ELDERLY};`));
    expect(line).toBeDefined();
    const cells = (line ?? '').split(';');
    const potentialColumn = header.split(';').indexOf('potentiale (kr.)');
    expect(Number((cells[potentialColumn] ?? '').replace(',', '.'))).toBeCloseTo(
      best.potential ?? NaN,
      2,
    );

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.muni-exports a[data-format="xlsx"]').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`potentiale-pakke-${CODE}-${year}-best.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0];
    expect(sheet).toBeDefined();
    let found: number | undefined;
    let potentialCol = 0;
    sheet?.getRow(1).eachCell((cell, col) => {
      if (cell.value === 'potentiale (kr.)') potentialCol = col;
    });
    sheet?.eachRow((row) => {
      if (row.getCell(2).value === ELDERLY) found = Number(row.getCell(potentialCol).value);
    });
    expect(potentialCol).toBeGreaterThan(0);
    expect(found).toBeCloseTo(best.potential ?? NaN, 2);
  });

  it('explains a number on keyboard focus: definition, source and year in its tooltip', async () => {
    const { page } = await openPage(browser);
    await openPackage(page);
    const own = page
      .locator(`tr[data-key-figure="${ELDERLY}"] td`)
      .first()
      .locator('.info-number-value');
    await own.focus();
    const tooltip = page
      .locator(`tr[data-key-figure="${ELDERLY}"] td`)
      .first()
      .getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const text = await tooltip.innerText();
    expect(text).toContain('Udgifter til ældre pr. 67+-årig (kr. pr. 67+-årig)');
    expect(text).toContain('Kilde: Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal');
    expect(text).toContain(`År: ${year}`);
    // The potential says how it is computed.
    await potentialCell(page, ELDERLY).focus();
    const potentialTip = page
      .locator(`tr[data-key-figure="${ELDERLY}"] td.potential`)
      .first()
      .getByRole('tooltip');
    await potentialTip.waitFor({ state: 'visible' });
    expect(await potentialTip.innerText()).toContain('(egen værdi − benchmark) × volumen');
  });

  it('shows the development against the peer group on demand, with a table one click away', async () => {
    const { page, errors } = await openPage(browser);
    await openPackage(page);
    const toggle = page.locator(`tr[data-key-figure="${ELDERLY}"] .development-toggle`).first();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // Its accessible name says which figure, beyond the visible "Vis udvikling".
    expect(
      await page
        .getByRole('button', { name: 'Vis udvikling for Udgifter til ældre pr. 67+-årig' })
        .count(),
    ).toBe(1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const chart = page.locator('.development-row figure svg[role="img"]').first();
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(
      /Hedensted i forhold til sammenligningsgruppens gennemsnit, 2018–2019/,
    );
    await page.locator('.development-row').getByRole('button', { name: 'Vis som tabel' }).click();
    const table = page.locator('.development-row .plot-table table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('prints to A4: controls hidden, every table within the page width, more than one page', async () => {
    const { page } = await openPage(browser);
    await openPackage(page);
    await page.locator('.muni-talk-entry').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    // The printable width of A4 with the stylesheet's 12 mm margins: 186 mm at 96 dpi.
    await page.setViewportSize({ width: 703, height: 1000 });
    expect(await page.locator('.muni-controls').isVisible()).toBe(false);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('main table')]
        .map((t) => ({
          caption: t.querySelector('caption')?.textContent ?? '',
          scroll: t.scrollWidth,
          box: (t.parentElement as HTMLElement).clientWidth,
        }))
        .filter((t) => t.scroll > t.box + 1 || t.scroll > 703),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      703,
    );
    await screenshot(page, 'municipality-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // A page per theme at least, and the front page with the total.
    expect(pages.length).toBeGreaterThan(median.themes.length);
  });

  it('works at 360 px: the figures become cards, nothing wider than the screen', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await openPackage(page);
    await page.locator('.muni-talk-entry').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    const display = await page
      .locator(`tr[data-key-figure="${ELDERLY}"]`)
      .first()
      .evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe('block');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-phone');
    expect(errors).toEqual([]);
  });

  it("reserves the content's height while loading, so the page does not shift when data arrives", async () => {
    const { page } = await openPage(browser);
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openPackage(page);
    await page.locator('.muni-talk-entry').first().waitFor();
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift).toBeLessThan(0.1);
  });

  it('says "Kommunen findes ikke" for an unknown code', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('webUrl')}/kommune/999`);
    await page.getByRole('heading', { level: 1, name: 'Kommunen findes ikke' }).waitFor();
    expect(await page.getByText('Der er ingen kommune med koden "999"').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('speaks English when switched, with the same numbers in English formats', async () => {
    const { page } = await openPage(browser);
    await openPackage(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Total potential' }).waitFor();
    expect(await page.getByTestId('package-total').locator('.info-number-value').innerText()).toBe(
      formatMillionKr('en', median.total.positive),
    );
    await page.locator('.muni-talk-reason').first().waitFor();
    expect(await page.locator('.muni-talk-reason').first().innerText()).toMatch(/against your/);
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
  });
});
