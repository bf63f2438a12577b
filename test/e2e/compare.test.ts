import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { sharedDecimals, withUnit } from '../../src/core/index.ts';
import { bestValue } from '../../src/core/index.ts';
import type { CompareDocument } from '../../src/server/contract.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

const CODES = ['101', '751', '766'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openCompare(page: Page, k: string): Promise<void> {
  await page.goto(`${inject('webUrl')}/sammenlign?k=${k}`);
  await page.getByRole('heading', { level: 1, name: 'Sammenlign kommuner' }).waitFor();
}

async function openTable(page: Page, k: string): Promise<void> {
  await openCompare(page, k);
  await page.locator('.cmp-table tbody tr').first().waitFor();
  await page.locator('#cmp-chart-heading').waitFor();
  await page.waitForLoadState('networkidle');
}

describe('the compare page (/sammenlign?k=101,751,766)', () => {
  it("shows three columns with the /compare answer's values and ranks, the best marked in words", async () => {
    const { page, errors } = await openPage(browser);
    await openTable(page, CODES.join(','));
    const section = page.locator('section.cmp-theme[data-theme="elderly-health"]');
    const headers = section.locator('.cmp-table thead th[data-code]');
    expect(await headers.count()).toBe(3);
    expect((await headers.allInnerTexts()).map((s) => s.replace(/^\S+\s/, ''))).toEqual([
      'København',
      'Aarhus',
      'Hedensted',
    ]);

    const doc = (await (
      await fetch(`${inject('webUrl')}/api/v1/compare?municipalities=${CODES.join(',')}`)
    ).json()) as CompareDocument;
    const theme = doc.themes.find((t) => t.theme === 'elderly-health');
    const rows = section.locator('.cmp-table tbody tr');
    expect(await rows.count()).toBe(theme?.figures.length);
    expect(theme?.figures.length).toBeGreaterThan(2);
    let checked = 0;
    for (const figure of theme?.figures ?? []) {
      const row = section.locator(`tr[data-figure="${figure.keyFigureId}"]`);
      // Beside the figure: the unit with its price level and the year with its kind.
      const meta = await row.locator('th .cmp-meta').first().innerText();
      expect(meta).toContain(`${doc.year}-priser`);
      const kind = figure.municipalities.find((c) => c.yearKind)?.yearKind;
      if (kind)
        expect(meta).toContain(da.common.kindYear(da.common.yearKinds[kind] ?? kind, doc.year));
      const chosen = figure.municipalities.map((c) => c.value);
      const decimals = sharedDecimals([...chosen, ...figure.municipalities.map((c) => c.median)]);
      const best = bestValue(chosen, figure.polarity);
      for (const [j, code] of CODES.entries()) {
        const cell = row.locator(`td[data-code="${code}"]`);
        const c = figure.municipalities[j];
        if (!c || c.value === null) {
          expect(await cell.innerText()).toContain('ingen værdi');
          continue;
        }
        expect(await cell.locator('.cmp-value').innerText()).toBe(
          withUnit(formatNumber('da', c.value, decimals), figure.unit),
        );
        expect(await cell.locator('.cmp-rank').innerText()).toBe(`rang ${c.rank}. af ${c.rankOf}`);
        expect(await cell.locator('.cmp-best-mark').count()).toBe(c.value === best ? 1 : 0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(6);

    // One year for every figure: the package's default year, or the one chosen.
    expect(await page.getByLabel('År', { exact: true }).inputValue()).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'compare-desktop');
    expect(errors).toEqual([]);
  }, 240_000);

  it('refuses a sixth municipality, with a message, and keeps the five', async () => {
    const five = '101,147,751,766,851';
    const { page } = await openPage(browser);
    await openTable(page, five);
    await page.getByLabel('Eller vælg fra listen').selectOption({ label: 'Odense' });
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('højst 5');
    expect(new URL(page.url()).searchParams.get('k')).toBe(five);
    expect(await page.locator('.cmp-overview thead th[data-code]').count()).toBe(5);

    // An address with six is refused as a whole, and removing one shows the comparison.
    await openCompare(page, `${five},461`);
    await page.getByText('der kan sammenlignes højst 5').waitFor();
    expect(await page.locator('.cmp-table').count()).toBe(0);
    await page.getByRole('button', { name: 'Fjern Odense' }).click();
    await page.locator('.cmp-table tbody tr').first().waitFor();
  });

  it('asks for a second municipality, names an unknown code, and adds one by name', async () => {
    const { page } = await openPage(browser);
    await openCompare(page, '766,999');
    await page.getByText('Ukendt kommunekode: 999').waitFor();
    await page.getByText('Vælg én kommune mere').waitFor();
    await page.getByRole('combobox', { name: 'Søg efter en kommune at tilføje' }).fill('Århus');
    const search = page.getByRole('combobox', { name: 'Søg efter en kommune at tilføje' });
    await page.getByRole('listbox').getByRole('option', { name: 'Aarhus' }).waitFor();
    await search.press('Enter');
    await page.locator('.cmp-table tbody tr').first().waitFor();
    expect(new URL(page.url()).searchParams.get('k')).toBe('766,751');
  });

  it('has no accessibility violations on a phone; screenshot', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await openTable(page, CODES.join(','));
    expect(await accessibilityViolations(page)).toEqual([]);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'compare-phone');
    expect(errors).toEqual([]);
  }, 240_000);
});
