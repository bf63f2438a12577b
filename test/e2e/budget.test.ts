import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DeviationDocument } from '../../src/web/api/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';
import { loggedIn, pageErrors, pageGet } from './support/accounts.ts';
import {
  DESKTOP,
  PHONE,
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
} from './support/browser.ts';
import { downloaded, downloadFrom } from './support/download.ts';
import { layoutProblems } from './support/layout.ts';
import { TEST_USERS } from './support/test-users.ts';

// Budget follow-up in the browser (issue 18, "Spørg hvorfor"): the shared server holds the real
// REGK31 accounts and the project-made BUDK32 fixture (test/fixtures/budk32/README.md), in
// which Hedensted (766) budgeted 5.30.27 about 10 % below its accounts in 2021, 2022 and 2024.
// The page flags that area with those three years marked, an editor of 766 explains 2022 and
// sees the explanation, the peers' deviations on the area stand beside it, the downloads hold
// the same rows, and the page fits and is axe clean in Danish and English.

const b = da.budget;
const AREA = '5.30.27';
const PAGE = '/budgetopfoelgning/766';

let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchBrowser();
  url = inject('webUrl');
});
afterAll(async () => {
  await browser?.close();
});

/** The areas table's row of an account function. */
const areaRow = (page: Page, area: string) =>
  page.locator('.budget-areas tbody tr', { has: page.locator(`[data-area="${area}"]`) });

describe('/budgetopfoelgning/766', () => {
  it('flags 5.30.27 with 2021, 2022 and 2024 beyond the threshold, as the API answers', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${url}/kommune/766`);
    await page.getByRole('link', { name: b.link }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(PAGE);
    await page.locator('.budget-areas table').waitFor();
    const doc = await pageGet<DeviationDocument>(
      page,
      '/api/v1/budget-deviations?municipality=766',
    );
    expect(doc.available).toBe(true);
    const flaggedAreas = doc.areas.filter((a) => a.flagged).map((a) => a.area);
    expect(flaggedAreas).toEqual([AREA]);

    // Every area of the API is a row, with its function number; only 5.30.27 has the flag.
    expect(
      await page
        .locator('.budget-areas [data-area]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-area'))),
    ).toEqual(doc.areas.map((a) => a.area));
    const row = areaRow(page, AREA);
    expect(await row.innerText()).toContain(AREA);
    expect(await row.getByTestId('budget-flag').innerText()).toBe(b.flagged);
    expect(await page.locator('.budget-areas').getByTestId('budget-flag').count()).toBe(1);
    // The years beyond the threshold are marked by a sign and words, not by colour alone.
    const marked = row.locator('[data-exceeds="true"]');
    expect(await marked.evaluateAll((els) => els.map((e) => e.getAttribute('data-year')))).toEqual([
      '2021',
      '2022',
      '2024',
    ]);
    expect(await marked.first().innerText()).toContain(b.exceedsMark);
    expect(await marked.first().locator('.visually-hidden').innerText()).toContain(b.exceeds);
    // The unit and the price level, and the total in kroner.
    const caption = await page.locator('.budget-areas caption').innerText();
    expect(caption).toContain('kr. pr. indbygger, løbende priser');
    const y2022 = doc.areas.find((a) => a.area === AREA)?.years.find((y) => y.year === 2022);
    expect(y2022?.exceeds).toBe(true);
    expect(y2022?.percent).toBeGreaterThan(10);
    const cell2022 = await row.locator('[data-year="2022"]').innerText();
    expect(cell2022).toContain(`+${Math.round(y2022?.perInhabitant ?? 0)} kr.`);
    expect(cell2022).toMatch(/\+11,1 %/);
    expect(cell2022).toMatch(/i alt \+\d+,\d mio\. kr\./);
    // The threshold and the flag rule in one sentence.
    const rule = await page.getByTestId('budget-rule').innerText();
    expect(rule).toContain('mindst 5 % af budgettet og mindst 10 kr. pr. indbygger');
    expect(rule).toContain('mindst 2 af de 4 nyeste år');

    // The chosen area opens on the flagged one: its chart marks the three years.
    expect(await page.getByLabel(b.area.choose).inputValue()).toBe(AREA);
    const chart = page.getByTestId('budget-chart');
    await chart.locator('svg[role="img"]').waitFor();
    expect(await chart.locator('svg[role="img"]').getAttribute('aria-label')).toContain(
      '2021, 2022, 2024',
    );
    expect(await chart.locator('[data-mark="bar"] rect').count()).toBe(
      doc.areas.find((a) => a.area === AREA)?.years.length,
    );

    // The peers' deviations on the same area: a row per peer with budget figures.
    const peers = doc.peers.areas.find((a) => a.area === AREA)?.municipalities ?? [];
    expect(peers.map((p) => p.municipality.code).sort()).toEqual(['575', '727', '756']);
    const peerRows = page.locator('.budget-peers-table tbody th [data-code]');
    expect(
      await peerRows.evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))),
    ).toEqual(['766', ...peers.map((p) => p.municipality.code)]);
    expect(await page.locator('.budget-peers-table').innerText()).toContain('Vejen');
    // A reader who is not logged in is offered the login, not the form.
    expect(await page.getByTestId('budget-form').count()).toBe(0);
    await page.getByRole('link', { name: b.form.login }).waitFor();

    // Another area: chosen in the URL.
    await page.getByLabel(b.area.choose).selectOption('3.22.01');
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('3.22.01');
    expect(await page.locator('#budget-area-heading').innerText()).toContain('Folkeskoler');
    await screenshot(page, 'budget-766-3.22.01');
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('an editor of 766 explains 2022 and sees the explanation, beside the peers', async () => {
    const { page, errors } = await loggedIn(browser, url, TEST_USERS.budget766, PAGE);
    const form = page.getByTestId('budget-form');
    await form.waitFor();
    const text = `Flere borgere med tunge plejebehov end budgetteret (${Math.random().toString(36).slice(2, 8)})`;
    // The year opens on the newest one beyond the threshold.
    expect(await form.getByLabel(b.form.year, { exact: true }).inputValue()).toBe('2024');
    await form.getByLabel(b.form.year, { exact: true }).selectOption('2022');
    await form.getByLabel(b.form.cause, { exact: true }).selectOption('demography');
    await form.getByLabel(b.form.text, { exact: true }).fill(text);
    await form.getByLabel(b.form.visibility, { exact: true }).selectOption('public');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: b.form.save }).click();
    await expect
      .poll(() => page.getByTestId('budget-form-saved').innerText())
      .toBe(b.form.saved(2022));

    // The explanation in the year's row, with its cause; and in the list beside the peers.
    const row2022 = page
      .locator('.budget-explanations-table tbody tr')
      .filter({ has: page.locator('th', { hasText: /^2022$/ }) });
    await expect.poll(() => row2022.innerText()).toContain(text);
    expect(await row2022.innerText()).toContain(b.causes['demography']);
    const listed = page.getByTestId('budget-peer-explanations').locator('li[data-code="766"]');
    await expect.poll(() => listed.first().innerText()).toContain(text);
    expect(await listed.first().getAttribute('data-year')).toBe('2022');

    // What the API answers, for everyone (public): the saved explanation.
    const doc = await pageGet<DeviationDocument>(
      page,
      `/api/v1/budget-deviations?municipality=766&area=${AREA}`,
    );
    const saved = doc.areas[0]?.years.find((y) => y.year === 2022)?.explanation;
    expect(saved).toMatchObject({ cause: 'demography', text, visibility: 'public' });
    // Reloaded, the form opens the year's saved text when it is chosen again.
    await page.reload();
    await form.getByLabel(b.form.year, { exact: true }).selectOption('2022');
    expect(await form.getByLabel(b.form.text, { exact: true }).inputValue()).toBe(text);
    await screenshot(page, 'budget-766-explained');
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('downloads the deviations as CSV and XLSX with the flagged rows', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${url}${PAGE}`);
    await page.locator('.budget-areas table').waitFor();
    const csvDownload = await downloadFrom(page, page.locator('a[data-format="csv"]'));
    const csv = (await downloaded(csvDownload)).toString('utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('funktion;område;år;prisniveau');
    const flaggedYears = lines
      .filter((l) => l.startsWith(`${AREA};`) && l.includes(';ja;ja;'))
      .map((l) => l.split(';')[2]);
    expect(flaggedYears).toEqual(['2021', '2022', '2024']);

    const xlsxDownload = await downloadFrom(page, page.locator('a[data-format="xlsx"]'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await downloaded(xlsxDownload)) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0]?.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const header = rows.find((r) => r[0] === 'funktion');
    expect(header).toBeDefined();
    const area2022 = rows.find((r) => r[0] === AREA && r[2] === '2022');
    expect(area2022?.[header?.indexOf('over tærsklen') ?? -1]).toBe('ja');
    expect(area2022?.[header?.indexOf('gentaget afvigelse') ?? -1]).toBe('ja');
    expect(rows.filter((r) => r[0] === AREA)).toHaveLength(5);
    await page.context().close();
  });
});

describe('/budgetopfoelgning/766 at 360 and 1280 px', () => {
  it('fits, with no table cut off, and is axe clean in Danish and English', async () => {
    const problems: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await loggedIn(browser, url, TEST_USERS.budget766, PAGE);
      for (const lang of ['da', 'en'] as const) {
        await page.setViewportSize(viewport);
        await page.goto(`${url}${PAGE}?lang=${lang}`);
        await page.getByTestId('budget-form').waitFor();
        await page.getByTestId('budget-chart').locator('svg[role="img"]').waitFor();
        await page.waitForLoadState('networkidle');
        const heading = await page.locator('h1').innerText();
        expect(heading).toBe((lang === 'da' ? da : en).budget.title('Hedensted'));
        const name = `${lang} ${viewport.width} px`;
        const found = [
          ...(await layoutProblems(page)),
          ...(await accessibilityViolations(page)).map((v) => `axe: ${v}`),
        ];
        problems.push(...found.map((p) => `${name}: ${p}`));
        await screenshot(page, `budget-${lang}-${viewport.width}`);
      }
      expect(pageErrors(errors)).toEqual([]);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
