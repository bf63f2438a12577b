import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { sharedDecimals, withUnit } from '../../src/web/pages/key-figure/decimals.ts';
import { rankByPolarity } from '../../src/core/index.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

interface ValuesDocument {
  readonly keyFigure: { readonly unit: string; readonly polarity: string };
  readonly year: number;
  readonly yearKind: string | null;
  readonly unconverted: boolean;
  readonly unitLabelDa: string;
  readonly values: readonly { code: string; name: string; value: number | null }[];
}

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
  it("shows three columns with the API's values and ranks, the best marked in words", async () => {
    const { page, errors } = await openPage(browser);
    await openTable(page, CODES.join(','));
    const headers = page.locator('.cmp-table thead th[data-code]');
    expect(await headers.count()).toBe(3);
    expect((await headers.allInnerTexts()).map((s) => s.replace(/^\S+\s/, ''))).toEqual([
      'København',
      'Aarhus',
      'Hedensted',
    ]);

    const rows = page.locator('.cmp-table tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThan(5);
    let checked = 0;
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const id = await row.getAttribute('data-figure');
      const year = await row.getAttribute('data-year');
      const response = await fetch(
        `${inject('webUrl')}/api/v1/values?keyFigure=${id}&year=${year}`,
      );
      const doc = (await response.json()) as ValuesDocument;
      // Beside the figure: the unit with its price level and the year with its kind.
      const meta = await row.locator('th .cmp-meta').first().innerText();
      expect(meta).toContain(doc.unitLabelDa);
      expect(meta).toContain(
        doc.yearKind
          ? da.common.kindYear(da.common.yearKinds[doc.yearKind] ?? doc.yearKind, doc.year)
          : String(doc.year),
      );
      if (doc.unconverted)
        expect(await row.locator('th').innerText()).toContain(
          da.common.prices.unconverted(String(doc.year)),
        );
      const chosen = CODES.map((c) => doc.values.find((v) => v.code === c)?.value ?? null);
      const decimals = sharedDecimals(chosen);
      const ranked = rankByPolarity(doc.values, doc.keyFigure.polarity);
      const ofN = ranked.filter((r) => r.rank !== null).length;
      for (const [j, code] of CODES.entries()) {
        const cell = row.locator(`td[data-code="${code}"]`);
        const v = chosen[j] ?? null;
        if (v === null) {
          expect(await cell.innerText()).toContain('ingen værdi');
          continue;
        }
        expect(await cell.locator('.cmp-value').innerText()).toBe(
          withUnit(formatNumber('da', v, decimals), doc.keyFigure.unit),
        );
        const rank = ranked.find((r) => r.row.code === code)?.rank;
        expect(await cell.locator('.cmp-rank').innerText()).toBe(`rang ${rank}. af ${ofN}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);

    // Each figure is shown for its latest year with numbers (the API's yearsWithValues, from
    // 2007 on), and the years offered are the theme's years with numbers.
    const { keyFigures } = (await (
      await fetch(`${inject('webUrl')}/api/v1/key-figures?theme=elderly-health`)
    ).json()) as { keyFigures: { id: string; yearsWithValues: number[] }[] };
    const recent = (k: { yearsWithValues: number[] }) => k.yearsWithValues.filter((y) => y >= 2007);
    for (const k of keyFigures.filter((f) => recent(f).length > 0)) {
      expect(await page.locator(`tr[data-figure="${k.id}"]`).getAttribute('data-year'), k.id).toBe(
        String(Math.max(...recent(k))),
      );
    }
    const themeYears = [...new Set(keyFigures.flatMap(recent))].sort((a, b) => b - a);
    expect(
      await page.getByLabel('År', { exact: true }).locator('option').allTextContents(),
    ).toEqual(['Seneste år med data', ...themeYears.map(String)]);

    // Udgifter til ældre pr. 67+-årig: lower is better, Hedensted spends the least of the three.
    const elderly = page.locator('tr[data-figure="udgifter-aeldre-pr-67-aarig"]');
    expect(await elderly.locator('td[data-code="766"]').innerText()).toContain('bedst');
    expect(await elderly.locator('.cmp-best-mark').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'compare-desktop');
    expect(errors).toEqual([]);
  });

  it('refuses a sixth municipality, with a message, and keeps the five', async () => {
    const five = '101,147,751,766,851';
    const { page } = await openPage(browser);
    await openTable(page, five);
    await page.getByLabel('Eller vælg fra listen').selectOption({ label: 'Odense' });
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('højst 5');
    expect(new URL(page.url()).searchParams.get('k')).toBe(five);
    expect(await page.locator('.cmp-table thead th[data-code]').count()).toBe(5);

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
  });
});
