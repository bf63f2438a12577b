import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadFrom } from './support/download.ts';
import type {
  PackageDocument,
  PackageYearsDocument,
  PotentialDocument,
  Warning,
} from '../../src/web/api/index.ts';
import { formatMillionKr, formatPercent } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
  settled,
} from './support/browser.ts';

const CODE = '766';
const LAESOE = '825';
const ELDERLY = 'udgifter-aeldre-pr-67-aarig';
const TRANSPORT = 'udg-transport-infrastruktur-pr-indb';
/** The budget year of the full nøgletal export (dated September 2019), in 2010 prices. */
const BUDGET_YEAR = 2019;
/** The newest accounts year of the full export, which the derived price index reaches. */
const INDEXED_YEAR = 2018;

let browser: Browser;
let years: PackageYearsDocument;
let median: PackageDocument;
let budget: PackageDocument;

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The package page, waited for until its total (or the statement that replaces it) is shown. */
async function openPackage(page: Page, query = '', code = CODE): Promise<void> {
  await page.goto(`${inject('webUrl')}/kommune/${code}${query}`);
  await page.locator('#package-total-heading').waitFor();
  await page
    .locator('[data-testid="package-total"], [data-testid="package-not-comparable"]')
    .first()
    .waitFor();
  // The rest of the page renders right after the total (package-view.tsx).
  await settled(page);
}

/** The potential shown in the row of a key figure (its first theme). */
const potentialCell = (page: Page, id: string) =>
  page.locator(`tr[data-key-figure="${id}"] td.potential .info-number-value`).first();

const totalText = (page: Page) =>
  page.getByTestId('package-total').locator('.info-number-value').innerText();

/** Text with its whitespace as one space, as a person reads it. */
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** "budget 2019", "regnskab 2023": the year kind as the page writes it before the year. */
const kindYear = (kind: string | null, year: number) =>
  kind ? da.common.kindYear(da.common.yearKinds[kind] ?? kind, year) : String(year);

beforeAll(async () => {
  browser = await launchBrowser();
  years = await api<PackageYearsDocument>(`package-years?municipality=${CODE}`);
  // The package as the API gives it without a year: the default year.
  median = await api<PackageDocument>(`package?municipality=${CODE}`);
  budget = await api<PackageDocument>(`package?municipality=${CODE}&year=${BUDGET_YEAR}`);
});
afterAll(async () => {
  await browser?.close();
});

/** Every warning of a package is shown where it belongs: near the total, on its row or theme. */
async function expectWarningsShown(page: Page, pkg: PackageDocument): Promise<void> {
  const nearTotal = pkg.warnings.some((w) => w.keyFigureId === null || w.code === 'distant-peers');
  const near = nearTotal ? squash(await page.getByTestId('package-warnings').textContent()) : '';
  if (!nearTotal) expect(await page.getByTestId('package-warnings').count()).toBe(0);
  for (const w of pkg.warnings as readonly Warning[]) {
    if (w.keyFigureId === null || w.code === 'distant-peers') {
      expect(near, w.code).toContain(squash(w.messageDa));
      continue;
    }
    const row = page.locator(`tr[data-key-figure="${w.keyFigureId}"]`).first();
    const warnings = row.locator('.figure-warnings');
    expect(squash(await warnings.textContent()), `${w.code} ${w.keyFigureId}`).toContain(
      squash(w.messageDa),
    );
    // In words, not colour alone: the kind's name is visible on the row.
    expect(
      await warnings.locator(`li[data-warning="${w.code}"] summary`).first().innerText(),
    ).toContain(da.common.warnings.codes[w.code]);
  }
}

describe('the Kommune page (/kommune/{code})', () => {
  it("opens on the API's default year with its kind, coverage, price level and warnings, formatted Danish", async () => {
    expect(years.defaultYear).toBe(median.year);
    const { page, errors } = await openPage(browser);
    await openPackage(page);
    await page.getByRole('heading', { level: 1, name: 'Hedensted' }).waitFor();
    const yearSelect = page.getByLabel('År', { exact: true });
    expect(await yearSelect.inputValue()).toBe(String(median.year));
    // The years offered: the API's package-years, newest first, each with its kind, figures
    // and coverage ("2018 · regnskab · 12 nøgletal · dækning 97 %").
    const offered = [...years.years]
      .filter((y) => y.figures > 0)
      .sort((a, b) => b.year - a.year)
      .map((y) =>
        da.municipality.year.option({
          year: y.year,
          kind: y.yearKind ? (da.common.yearKinds[y.yearKind] ?? null) : null,
          figures: y.figures,
          coverage: y.coverage === null ? null : formatPercent('da', y.coverage * 100, 0),
          comparable: y.comparable,
        }),
      );
    expect(await yearSelect.locator('option').allTextContents()).toEqual(offered);
    expect(offered.find((o) => o.startsWith(`${INDEXED_YEAR} `))).toMatch(
      /^2018 · regnskab · \d+ nøgletal · dækning \d+ %$/,
    );
    // Beside the year: its kind and coverage.
    const note = await page.getByTestId('year-note').innerText();
    expect(note).toContain(kindYear(median.yearKind, median.year));
    expect(note).toContain(formatPercent('da', (median.coverage.share ?? NaN) * 100, 0));
    expect(await page.getByLabel('Benchmarkniveau', { exact: true }).inputValue()).toBe('median');
    expect(await page.getByLabel('Prisniveau', { exact: true }).inputValue()).toBe('');

    // The potential, and the net position as a position (not money to find), both with the
    // price level of their unit.
    expect(await totalText(page)).toBe(formatMillionKr('da', median.total.positive));
    expect(await page.getByTestId('package-net').locator('.info-number-value').innerText()).toBe(
      formatMillionKr('da', median.total.signed),
    );
    const box = squash(await page.locator('.muni-total').innerText());
    expect(box).toContain('Nettoposition');
    expect(box).toContain(
      median.total.signed < 0
        ? 'samlet mindreforbrug mod benchmark'
        : 'samlet merforbrug mod benchmark',
    );
    expect(box).toContain(`Beløb i ${median.unitLabelDa}`);
    expect(await page.getByTestId('package-coverage').innerText()).toBe(
      da.municipality.total.coverage(
        formatPercent('da', (median.coverage.share ?? NaN) * 100, 0),
        da.municipality.total.denominators[median.coverage.denominatorKeyFigureId ?? ''] ?? '',
      ),
    );
    await expectWarningsShown(page, median);

    // Every theme of the package; theme totals add up to the package's.
    const headings = await page.locator('.muni-theme h2').allInnerTexts();
    expect(headings).toHaveLength(median.themes.length);
    // The overall figures beside the package, not in a theme's sum.
    const aggregates = page.getByTestId('package-aggregates');
    for (const a of median.aggregates) {
      const row = aggregates.locator(`tr[data-key-figure="${a.keyFigureId}"]`);
      expect(await row.count()).toBe(1);
      // A kind other than the package's is said beside the figure ("budget 2023").
      if (a.yearKind && a.yearKind !== median.yearKind)
        expect(await row.locator('.figure-kind').innerText()).toBe(
          kindYear(a.yearKind, median.year),
        );
    }
    for (const f of median.themes.flatMap((t) => t.figures)) {
      if (!f.yearKind || f.yearKind === median.yearKind) continue;
      expect(
        await page
          .locator(`tr[data-key-figure="${f.keyFigureId}"] .figure-kind`)
          .first()
          .innerText(),
      ).toBe(kindYear(f.yearKind, median.year));
    }
    // A left-out row says why, in the API's words; the aggregate status has its own label.
    for (const f of median.themes.flatMap((t) => t.figures)) {
      if (f.status === 'included' || !f.reasonDa) continue;
      const status = page.locator(`tr[data-key-figure="${f.keyFigureId}"] .col-status`).first();
      expect(squash(await status.innerText())).toContain(squash(f.reasonDa));
      if (f.status === 'aggregate') expect(await status.innerText()).toContain('Samlet niveau');
    }
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

  it(`says "budget ${BUDGET_YEAR}" and shows ${BUDGET_YEAR} in the 2010 prices it was published in, with the budget-year and price-conversion warnings`, async () => {
    expect(budget.yearKind).toBe('budget');
    expect(budget.prices).toEqual({ basis: 'fixed', year: 2010 });
    expect(budget.pricesFellBack).toBe(true);
    const codes = budget.warnings.filter((w) => w.keyFigureId === null).map((w) => w.code);
    expect(codes).toContain('budget-year');
    expect(codes).toContain('price-conversion');
    const { page, errors } = await openPage(browser);
    await openPackage(page, `?year=${BUDGET_YEAR}`);
    expect(await page.getByTestId('year-note').innerText()).toContain(
      kindYear('budget', BUDGET_YEAR),
    );
    expect(await page.getByTestId('prices-note').innerText()).toContain(
      da.common.prices.shownAs('2010-priser'),
    );
    expect(await totalText(page)).toBe(formatMillionKr('da', budget.total.positive));
    expect(squash(await page.locator('.muni-total').innerText())).toContain(
      `Beløb i ${budget.unitLabelDa}`,
    );
    expect(budget.unitLabelDa).toBe('kr., 2010-priser');
    await expectWarningsShown(page, budget);
    // The figures say their unit with the price level; their kind is the package's, said once.
    const unit = await page
      .locator(`tr[data-key-figure="${ELDERLY}"] .figure-unit`)
      .first()
      .innerText();
    expect(unit).toBe('Enhed: kr. pr. 67+-årig, 2010-priser');
    expect(await page.locator(`tr[data-key-figure="${ELDERLY}"] .figure-kind`).count()).toBe(0);
    // An overlapping figure says why it is not counted, in the API's words.
    const overlapping = budget.themes
      .flatMap((t) => t.figures)
      .find((f) => f.status === 'overlaps' && f.reasonDa);
    expect(overlapping).toBeDefined();
    expect(
      squash(
        await page
          .locator(`tr[data-key-figure="${overlapping?.keyFigureId}"] .col-status`)
          .first()
          .innerText(),
      ),
    ).toContain(squash(overlapping?.reasonDa ?? ''));
    // A figure counted under another theme says where.
    const elsewhere = budget.themes
      .flatMap((t) => t.figures.map((f) => ({ theme: t.theme, f })))
      .find((x) => x.f.countedIn);
    if (elsewhere) {
      const row = page
        .locator(`#tema-${elsewhere.theme} tr[data-key-figure="${elsewhere.f.keyFigureId}"]`)
        .first();
      expect(await row.locator('.col-status').innerText()).toContain(
        `Talt med under ${da.common.themes[elsewhere.f.countedIn ?? ''] ?? ''}`,
      );
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-budget-2019');
    expect(errors).toEqual([]);
  });

  it('warns on Læsø that the peers are far away, and on the transport figure that Læsø stands out', async () => {
    const laesoe = await api<PackageDocument>(`package?municipality=${LAESOE}`);
    const distant = laesoe.warnings.filter((w) => w.code === 'distant-peers');
    expect(distant.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(browser);
    await openPackage(page, '', LAESOE);
    await expectWarningsShown(page, laesoe);
    // The theme whose peer group is far away says so under its peer group, in full.
    expect(
      await page.locator('.muni-theme .warning-note[data-warning="distant-peers"]').count(),
    ).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // In the year of the full export's accounts, the transport figure: an island's ferries.
    const accounts = await api<PackageDocument>(
      `package?municipality=${LAESOE}&year=${INDEXED_YEAR}`,
    );
    const outlier = accounts.warnings.find(
      (w) => w.code === 'outlier' && w.keyFigureId === TRANSPORT,
    );
    expect(outlier).toBeDefined();
    await openPackage(page, `?year=${INDEXED_YEAR}`, LAESOE);
    const row = page.locator(`tr[data-key-figure="${TRANSPORT}"]`).first();
    const summary = row.locator('li[data-warning="outlier"] summary');
    expect(await summary.innerText()).toContain('Skiller sig ud');
    await summary.click();
    expect(
      squash(await row.locator('li[data-warning="outlier"] .warning-message').innerText()),
    ).toBe(squash(outlier?.messageDa ?? ''));
    await expectWarningsShown(page, accounts);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-laesoe');
    expect(errors).toEqual([]);
  });

  it('does not present the total of a year that covers less than 25 % of the spending, and says why', async () => {
    const query = `year=${BUDGET_YEAR}&prices=current`;
    const low = await api<PackageDocument>(`package?municipality=${CODE}&${query}`);
    expect(low.coverage.share).toBeLessThan(0.25);
    const warning = low.warnings.find((w) => w.code === 'low-coverage');
    expect(warning).toBeDefined();
    const { page, errors } = await openPage(browser);
    await openPackage(page, `?${query}`);
    const statement = page.getByTestId('package-not-comparable');
    expect(await statement.innerText()).toContain(
      `${BUDGET_YEAR} kan ikke sammenlignes som helhed`,
    );
    expect(squash(await statement.innerText())).toContain(squash(warning?.messageDa ?? ''));
    expect(await page.getByTestId('package-total').count()).toBe(0);
    expect(await page.getByTestId('package-net').count()).toBe(0);
    // No theme presents a sum either; the figures are there one by one.
    expect(await page.locator('.muni-overview').count()).toBe(0);
    expect(await page.locator('.muni-theme-total strong').count()).toBe(0);
    expect(await page.locator('tr.figure-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('year-note').innerText()).toContain(
      da.municipality.year.lowCoverage(formatPercent('da', (low.coverage.share ?? NaN) * 100, 0)),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-not-comparable');
    expect(errors).toEqual([]);
  });

  it("changes the price level to 2010-priser: the amounts become the API's prices=2010 answer, kept through a reload and in the exports", async () => {
    const base = `package?municipality=${CODE}&year=${INDEXED_YEAR}`;
    const current = await api<PackageDocument>(base);
    const fixed = await api<PackageDocument>(`${base}&prices=2010`);
    expect(fixed.unitLabelDa).toBe('kr., 2010-priser');
    expect(formatMillionKr('da', fixed.total.positive)).not.toBe(
      formatMillionKr('da', current.total.positive),
    );
    const { page, errors } = await openPage(browser);
    await openPackage(page, `?year=${INDEXED_YEAR}`);
    expect(await totalText(page)).toBe(formatMillionKr('da', current.total.positive));
    await page
      .getByLabel('Prisniveau', { exact: true })
      .selectOption({ label: da.municipality.controls.pricesFixed(2010) });
    await expect.poll(() => totalText(page)).toBe(formatMillionKr('da', fixed.total.positive));
    expect(new URL(page.url()).searchParams.get('prices')).toBe('2010');
    const elderly = fixed.themes[0]?.figures.find((f) => f.keyFigureId === ELDERLY);
    // The rows follow the total once the part below it has rendered (no longer busy).
    await settled(page);
    expect(await potentialCell(page, ELDERLY).innerText()).toBe(
      formatMillionKr('da', elderly?.potential),
    );
    expect(squash(await page.locator('.muni-total').innerText())).toContain(
      `Beløb i ${fixed.unitLabelDa}`,
    );
    expect(await page.locator('.muni-exports a[data-format="csv"]').getAttribute('href')).toContain(
      'prices=2010',
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('package-total').waitFor();
    expect(await page.getByLabel('Prisniveau', { exact: true }).inputValue()).toBe('2010');
    await expect.poll(() => totalText(page)).toBe(formatMillionKr('da', fixed.total.positive));
    expect(errors).toEqual([]);
  });

  it('changes the benchmark level to "Bedste kommune": the potential becomes the API\'s, the URL keeps it through a reload', async () => {
    const best = await api<PotentialDocument>(
      `potential?municipality=${CODE}&keyFigure=${ELDERLY}&year=${BUDGET_YEAR}&benchmark=best`,
    );
    expect(best.potential).not.toBeNull();
    expect(Math.abs(best.potential ?? 0)).toBeGreaterThan(1e5);
    const expected = formatMillionKr('da', best.potential);
    const { page, errors } = await openPage(browser);
    await openPackage(page, `?year=${BUDGET_YEAR}`);
    const before = await potentialCell(page, ELDERLY).innerText();
    expect(before).not.toBe(expected);

    await page
      .getByLabel('Benchmarkniveau', { exact: true })
      .selectOption({ label: 'Bedste kommune' });
    await expect.poll(() => potentialCell(page, ELDERLY).innerText()).toBe(expected);
    expect(new URL(page.url()).searchParams.get('benchmark')).toBe('best');
    const pkgBest = await api<PackageDocument>(
      `package?municipality=${CODE}&year=${BUDGET_YEAR}&benchmark=best`,
    );
    await expect.poll(() => totalText(page)).toBe(formatMillionKr('da', pkgBest.total.positive));
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('package-total').waitFor();
    expect(await page.getByLabel('Benchmarkniveau', { exact: true }).inputValue()).toBe('best');
    await expect.poll(() => potentialCell(page, ELDERLY).innerText()).toBe(expected);
    expect(errors).toEqual([]);
  });

  it('asks the API for peers=landsdel on "Samme landsdel" and lists the landsdel\'s other municipalities', async () => {
    const landsdel = await api<PackageDocument>(`package?municipality=${CODE}&peers=landsdel`);
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
    await expect.poll(() => totalText(page)).toBe(formatMillionKr('da', landsdel.total.positive));
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
      `potential?municipality=${CODE}&keyFigure=${ELDERLY}&year=${BUDGET_YEAR}&benchmark=best`,
    );
    const { page } = await openPage(browser);
    await openPackage(page, `?year=${BUDGET_YEAR}&benchmark=best`);
    const potentialHeader = `potentiale (${budget.unitLabelDa})`;

    const csv = await downloadFrom(page, page.locator('.muni-exports a[data-format="csv"]'));
    // Issue 14: the name also holds the municipality's name, the year's kind and the group.
    const fileName = (ext: string) =>
      new RegExp(
        `^potentiale-pakke-${CODE}-hedensted-${BUDGET_YEAR}-[a-z]+-best-[a-z0-9-]+\\.${ext}$`,
      );
    expect(csv.suggestedFilename()).toMatch(fileName('csv'));
    const text = readFileSync(await csv.path(), 'utf8');
    const header = text.split(/\r?\n/)[0] ?? '';
    expect(header).toContain(potentialHeader);
    const line = text.split(/\r?\n/).find((l) => l.includes(`;${ELDERLY};`));
    expect(line).toBeDefined();
    const cells = (line ?? '').split(';');
    const potentialColumn = header.split(';').indexOf(potentialHeader);
    expect(Number((cells[potentialColumn] ?? '').replace(',', '.'))).toBeCloseTo(
      best.potential ?? NaN,
      0,
    );

    const xlsx = await downloadFrom(page, page.locator('.muni-exports a[data-format="xlsx"]'));
    expect(xlsx.suggestedFilename()).toMatch(fileName('xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.getWorksheet('Nøgletal');
    expect(sheet).toBeDefined();
    let found: number | undefined;
    let potentialCol = 0;
    sheet?.getRow(1).eachCell((cell, col) => {
      if (cell.value === potentialHeader) potentialCol = col;
    });
    sheet?.eachRow((row) => {
      if (row.getCell(2).value === ELDERLY) found = Number(row.getCell(potentialCol).value);
    });
    expect(potentialCol).toBeGreaterThan(0);
    expect(found).toBeCloseTo(best.potential ?? NaN, 0);
  });

  it('explains a number on keyboard focus: definition, source, year, kind and price level in its tooltip', async () => {
    const { page } = await openPage(browser);
    // Every theme open: the elderly figure is not among its theme's top lines.
    await openPackage(page, `?year=${BUDGET_YEAR}&open=all`);
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
    expect(text).toContain(`År: ${BUDGET_YEAR}`);
    expect(text).toContain('Art: Budget');
    expect(text).toContain('Prisniveau: 2010-priser');
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
    await openPackage(page, `?year=${BUDGET_YEAR}&open=all`);
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
    // Two years since the 2018 break: said in words with the numbers, not drawn as a line
    // (issue 14; the chart itself is tested in charts.test.ts).
    const few = page.locator('.development-row').getByTestId('development-too-few');
    await few.waitFor();
    expect(await few.innerText()).toContain('Der er kun 2 år med værdier (2018, 2019 (budget))');
    const table = few.locator('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    // The budget year is marked as budget in the table, the values' price level in the header.
    expect(await table.locator('tbody tr th').allInnerTexts()).toContain(`${BUDGET_YEAR} (budget)`);
    expect(await table.locator('thead').innerText()).toContain('løbende priser');
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
    // The summary, then the themes as an appendix (municipality-overview.test.ts counts them).
    expect(pages.length).toBeGreaterThan(1);
  });

  it('works at 360 px: the figures become cards, nothing wider than the screen', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await openPackage(page, '', LAESOE);
    await page.locator('.muni-talk-entry').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    const display = await page
      .locator('tr.figure-row')
      .first()
      .evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe('block');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-phone');

    await openPackage(page, `?year=${BUDGET_YEAR}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-budget-phone');
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
    expect(await totalText(page)).toBe(formatMillionKr('en', median.total.positive));
    expect(squash(await page.locator('.muni-total').innerText())).toContain(
      `Amounts in DKK, ${median.year} prices`,
    );
    await page.locator('.muni-talk-reason').first().waitFor();
    expect(await page.locator('.muni-talk-reason').first().innerText()).toMatch(/against your/);
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
  });
});
