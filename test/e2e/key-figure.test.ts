import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadFrom } from './support/download.ts';
import { formatNumber, formatWithUnit, priceLevelText } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { sharedDecimals, withUnit } from '../../src/core/index.ts';
import { fitLine } from '../../src/web/pages/key-figure/regression.ts';
import { compactYears } from '../../src/web/pages/key-figure/years.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

const ID = 'udgifter-aeldre-pr-67-aarig';
const UNIT = 'kr. pr. 67+-årig';

interface ValueRow {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}

/** The part of a /values answer the page shows beside the year. */
interface Values {
  readonly year: number;
  readonly yearKind: string | null;
  readonly prices: { readonly basis: 'current' | 'fixed'; readonly year: number | null } | null;
  readonly unconverted: boolean;
  readonly unitLabelDa: string;
  readonly values: ValueRow[];
}

/** "budget 2019": the year kind as the page writes it before the year. */
const kindYear = (kind: string | null, year: number) =>
  kind ? da.common.kindYear(da.common.yearKinds[kind] ?? kind, year) : String(year);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The explorer for the figure in 2019, loaded: ranking drawn, scatter line drawn, table filled. */
async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`${inject('webUrl')}/noegletal/${ID}?year=2019${query}`);
  await page.getByRole('heading', { level: 1, name: 'Udgifter til ældre pr. 67+-årig' }).waitFor();
  await page.locator('.kf-ranking svg [data-mark="bar"] rect').first().waitFor();
  await page.locator('.regression-line path').waitFor();
  await page.locator('.kf-values-table tbody tr').nth(97).waitFor();
  await page.waitForLoadState('networkidle');
}

describe('the key-figure list (/noegletal)', () => {
  it('groups the figures by theme, filters them by name, and links to each', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('webUrl')}/noegletal`);
    await page.getByRole('heading', { level: 2, name: /Ældre og sundhed/ }).waitFor();
    const { keyFigures } = await api<{ keyFigures: { themes: string[] }[] }>('key-figures');
    const listed = await page.locator('.kf-list li').count();
    // A figure with two themes is listed under both.
    expect(listed).toBe(keyFigures.reduce((n, k) => n + Math.max(1, k.themes.length), 0));
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Søg i nøgletal').fill('aeldre pr. 67');
    await page.getByText(/nøgletal passer/).waitFor();
    const link = page.getByRole('link', { name: 'Udgifter til ældre pr. 67+-årig', exact: true });
    expect(await link.count()).toBe(1);
    expect(await page.locator('.kf-list li').count()).toBeLessThan(10);
    await link.click();
    await page
      .getByRole('heading', { level: 1, name: 'Udgifter til ældre pr. 67+-årig' })
      .waitFor();
    expect(page.url()).toContain(`/noegletal/${ID}`);
    expect(errors).toEqual([]);
  });

  it("gives each figure's years with numbers (the API's yearsWithValues), not its span of rows", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('webUrl')}/noegletal?q=aeldre+pr.+67`);
    const { firstYear, lastYear, yearsWithValues } = await api<{
      firstYear: number;
      lastYear: number;
      yearsWithValues: number[];
    }>(`key-figures/${ID}`);
    // Rows from 1993, but numbers only in the last years: first and last year count only those.
    expect(yearsWithValues[0]).toBe(firstYear);
    expect(yearsWithValues.at(-1)).toBe(lastYear);
    const item = page.locator('.kf-list li', {
      has: page.getByRole('link', { name: 'Udgifter til ældre pr. 67+-årig', exact: true }),
    });
    const meta = await item.locator('.kf-meta').innerText();
    expect(meta).toContain(`Årgange: ${compactYears(yearsWithValues)}`);
    expect(meta).not.toContain('1993');
  });
});

describe(`the key-figure explorer (/noegletal/${ID}, 2019)`, () => {
  it("ranks all 98 as bars and shows Hedensted's value as the API's, in Danish, with the year's kind and price level", async () => {
    const doc = await api<Values>(`values?keyFigure=${ID}&year=2019`);
    const { values } = doc;
    const hedensted = values.find((v) => v.code === '766');
    expect(hedensted?.value).toEqual(expect.any(Number));
    const { page, errors } = await openPage(browser);
    await openExplorer(page, '&m=766');

    expect(await page.locator('.kf-ranking svg [data-mark="bar"] rect').count()).toBe(98);
    // Beside the year: its kind, the unit with the price level, and that it is not converted
    // (the full export's budget year is in 2010 prices, and no index reaches 2019).
    expect(doc.yearKind).toBe('budget');
    expect(doc.unconverted).toBe(true);
    const note = await page.getByTestId('kf-year-note').innerText();
    expect(note).toContain(kindYear(doc.yearKind, 2019));
    expect(note).toContain(doc.unitLabelDa);
    expect(note).toContain(
      `${da.common.prices.unconverted('2019')} (${da.common.prices.shownAs(
        priceLevelText('da', doc.prices ?? { basis: 'current', year: null }, 2019),
      )})`,
    );
    // The chosen municipality's card and its row in the table say the API's number.
    expect(await page.locator('#kf-chosen-heading').innerText()).toContain(
      `Hedensted, ${kindYear(doc.yearKind, 2019)}`,
    );
    const card = page.locator('.kf-chosen .kf-numbers dd').first();
    expect(await card.locator('.info-number-value').innerText()).toBe(
      formatWithUnit('da', hedensted?.value, doc.unitLabelDa),
    );
    expect(await page.locator('.kf-values-table thead').innerText()).toContain(
      `Værdi (${doc.unitLabelDa})`,
    );
    const row = page.locator('.kf-values-table tbody tr', { hasText: 'Hedensted' });
    const decimals = sharedDecimals(values.map((v) => v.value));
    expect(await row.locator('td').nth(1).locator('.info-number-value').innerText()).toBe(
      withUnit(formatNumber('da', hedensted?.value, decimals), UNIT),
    );
    expect(await page.locator('.kf-values-table tbody tr').count()).toBe(98);
    expect(errors).toEqual([]);
  });

  it('asks for the values of the years with numbers only, and offers just those years', async () => {
    const { page, errors } = await openPage(browser);
    const asked: URL[] = [];
    // Answered requests only: the queries that start as the page mounts are sent twice, the
    // first aborted (health, key-figures and municipalities too, not only these).
    page.on('requestfinished', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/v1/values') asked.push(url);
    });
    await openExplorer(page);
    const { yearsWithValues } = await api<{ yearsWithValues: number[] }>(`key-figures/${ID}`);
    const years = (id: string, prices: string | null = null) =>
      asked
        .filter(
          (u) => u.searchParams.get('keyFigure') === id && u.searchParams.get('prices') === prices,
        )
        .map((u) => Number(u.searchParams.get('year')))
        .sort((a, b) => a - b);
    // One request per year with numbers (not one per year of the span of rows), in each
    // year's own prices; and for the development, one per year in the level a series of the
    // figure defaults to (fixed prices of the newest year an index reaches).
    expect(years(ID)).toEqual(yearsWithValues);
    const series = await api<{ prices: { basis: string; year: number | null } }>(
      `series?keyFigure=${ID}&municipality=101`,
    );
    expect(series.prices.basis).toBe('fixed');
    expect(years(ID, String(series.prices.year))).toEqual(yearsWithValues);
    // The scatter's structural variable: one request, for the year shown.
    expect(years('sociooekonomisk-indeks')).toEqual([2019]);
    // The years offered, each with its kind: "2019 · budget".
    const kinds = await Promise.all(
      [...yearsWithValues].reverse().map((y) => api<Values>(`values?keyFigure=${ID}&year=${y}`)),
    );
    expect(
      await page.getByLabel('År', { exact: true }).locator('option').allTextContents(),
    ).toEqual(
      kinds.map((d) =>
        da.keyFigure.controls.yearOption(
          d.year,
          d.yearKind ? (da.common.yearKinds[d.yearKind] ?? null) : null,
        ),
      ),
    );
    const facts = await page.locator('.kf-facts').innerText();
    expect(facts).toContain(compactYears(yearsWithValues));
    expect(errors).toEqual([]);
  });

  it("highlights the chosen municipality's peers: the peers API's members", async () => {
    const { page, errors } = await openPage(browser);
    await openExplorer(page);
    expect(await page.locator('.kf-values-table tbody tr.highlight').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Fremhæv kommune').selectOption({ label: 'Hedensted' });
    await page.locator('.kf-peers').waitFor();
    expect(page.url()).toContain('m=766');
    const peers = await api<{ group: { members: string[] }; peers: { name: string }[] }>(
      'peers?municipality=766&year=2019&theme=elderly-health',
    );
    expect(peers.group.members).toHaveLength(10);
    const marked = await page
      .locator('.kf-values-table tbody tr', { hasText: '(sammenligningskommune)' })
      .locator('th a')
      .allInnerTexts();
    expect(marked.sort()).toEqual(peers.peers.map((p) => p.name).sort());
    expect(
      await page.locator('.kf-values-table tbody tr', { hasText: '(valgt)' }).innerText(),
    ).toContain('Hedensted');
    // In the ranking, the chosen one and each peer carry a marker with the value, not only colour.
    const markers = await page.locator('.kf-ranking svg text').allTextContents();
    expect(markers.filter((s) => s.startsWith('◆ '))).toHaveLength(1);
    expect(markers.filter((s) => s.startsWith('● '))).toHaveLength(10);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws the regression line against the socio-economic index and states its R²', async () => {
    const { page } = await openPage(browser);
    await openExplorer(page, '&m=766');
    const figure = await api<{ values: ValueRow[] }>(`values?keyFigure=${ID}&year=2019`);
    const index = await api<{ values: ValueRow[] }>(
      'values?keyFigure=sociooekonomisk-indeks&year=2019',
    );
    const x = new Map(index.values.map((v) => [v.code, v.value]));
    const fit = fitLine(figure.values.map((v) => ({ x: x.get(v.code) ?? null, y: v.value })));
    expect(fit).not.toBeNull();
    expect(await page.getByLabel('Rammevilkår (vandret akse)').inputValue()).toBe(
      'sociooekonomisk-indeks',
    );
    expect(await page.getByTestId('regression-r2').innerText()).toContain(
      `R² = ${formatNumber('da', fit?.r2, 2)}`,
    );
    const d = await page.locator('.regression-line path').getAttribute('d');
    expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('downloads the values as a Danish CSV with all 98 municipalities', async () => {
    const { page } = await openPage(browser);
    await openExplorer(page);
    const download = await downloadFrom(page, page.locator('a[data-format="csv"]'));
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(99);
    const doc = await api<Values>(`values?keyFigure=${ID}&year=2019`);
    const header = (lines[0] ?? '').split(';');
    // The value's column names the unit with its price level, and the year's kind has its own.
    const valueColumn = header.indexOf(`Udgifter til ældre pr. 67+-årig (${doc.unitLabelDa})`);
    expect(valueColumn).toBeGreaterThan(0);
    const hedensted = lines.find((l) => l.startsWith('766;'))?.split(';');
    expect(hedensted?.[1]).toBe('Hedensted');
    expect(hedensted?.[2]).toBe('2019');
    expect(hedensted?.[header.indexOf('regnskab/budget')]).toContain(
      da.common.yearKinds[doc.yearKind ?? ''],
    );
    expect(Number(hedensted?.[valueColumn]?.replace(',', '.'))).toBe(
      doc.values.find((v) => v.code === '766')?.value,
    );
  });

  it('has no accessibility violations with the table shown, and on a phone; screenshots', async () => {
    const desktop = await openPage(browser);
    await openExplorer(desktop.page, '&m=766');
    await desktop.page
      .locator('.kf-ranking')
      .getByRole('button', { name: 'Vis som tabel' })
      .click();
    await desktop.page.locator('.kf-ranking .plot-table table').waitFor();
    expect(await desktop.page.locator('.kf-ranking .plot-table tbody tr').count()).toBe(98);
    expect(await accessibilityViolations(desktop.page)).toEqual([]);
    await desktop.page.locator('.kf-ranking').getByRole('button', { name: 'Skjul tabel' }).click();
    await screenshot(desktop.page, 'key-figure-desktop');
    expect(desktop.errors).toEqual([]);

    const phone = await openPage(browser, PHONE);
    await openExplorer(phone.page, '&m=766');
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    // Nothing is wider than the phone's screen (tables scroll inside their own box).
    const overflow = await phone.page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'key-figure-phone');
    expect(phone.errors).toEqual([]);
  });

  it('draws the development in one price level and marks the years no price index reaches', async () => {
    const FIGURE = 'serviceudgifter-pr-indb';
    const { yearsWithValues } = await api<{ yearsWithValues: number[] }>(`key-figures/${FIGURE}`);
    const series = await api<{ prices: { basis: string; year: number } }>(
      `series?keyFigure=${FIGURE}&municipality=766`,
    );
    const docs = await Promise.all(
      yearsWithValues.map((y) =>
        api<Values>(`values?keyFigure=${FIGURE}&year=${y}&prices=${series.prices.year}`),
      ),
    );
    const unconverted = docs.filter((d) => d.unconverted).map((d) => d.year);
    expect(unconverted.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('webUrl')}/noegletal/${FIGURE}?m=766`);
    const note = page.getByTestId('kf-unconverted');
    await note.waitFor();
    expect(await note.innerText()).toContain(`intet prisindeks for ${compactYears(unconverted)}`);
    const section = page.locator('section', { has: page.locator('#kf-development-heading') });
    expect(await section.innerText()).toContain(
      da.keyFigure.development.prices(`kr. pr. indb., ${series.prices.year}-priser`),
    );
    await section.getByRole('button', { name: 'Vis som tabel' }).click();
    const heads = await section.locator('.plot-table tbody th').allInnerTexts();
    const last = docs[docs.length - 1];
    expect(heads).toContain(
      `${last?.yearKind === 'accounts' ? String(last.year) : kindYear(last?.yearKind ?? null, last?.year ?? 0)} (ikke omregnet)`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'key-figure-unconverted');
    expect(errors).toEqual([]);
  });

  it('names an unknown key figure as an error', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('webUrl')}/noegletal/findes-ikke`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/findes-ikke/);
  });
});
