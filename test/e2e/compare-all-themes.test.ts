import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatMillionKr } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';
import type { CompareDocument, PackageDocument } from '../../src/server/contract.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

// /sammenlign shows every theme (or the chosen ones) from one GET /api/v1/compare answer: the
// potential and the peer median of each municipality, the same numbers as its kommune page.

const CODES = ['101', '751', '766'];
const THEMES = [
  'elderly-health',
  'technical-environment',
  'specialised-adults',
  'employment-social-family',
  'children-young',
  'integration',
  'administration',
  'finance',
];

/** The page computes up to five packages and axe reads a long page: minutes on a busy machine. */
const SLOW = 240_000;
const themeName = (id: string): string => da.common.themes[id] ?? id;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The API requests the page sends from now on, as paths without /api/v1/. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/v1/'))
      seen.push(`${url.pathname.slice('/api/v1/'.length)}${url.search}`);
  });
  return seen;
}

async function openCompare(page: Page, query: string): Promise<void> {
  await page.goto(`${inject('webUrl')}/sammenlign?${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function openTables(page: Page, query: string): Promise<void> {
  await openCompare(page, query);
  await page.locator('.cmp-overview tbody tr').first().waitFor({ timeout: 180_000 });
  await page.waitForLoadState('networkidle');
}

const api = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${inject('webUrl')}/api/v1/${path}`)).json()) as T;

describe('the compare page with every theme (/sammenlign?k=101,751,766)', () => {
  it(
    'sends one /compare request and shows every theme with potentials and peer medians',
    async () => {
      const { page, errors } = await openPage(browser);
      const requests = apiRequests(page);
      await openTables(page, `k=${CODES.join(',')}`);
      const compares = requests.filter((r) => r.startsWith('compare?'));
      expect(compares).toEqual([`compare?municipalities=${CODES.join('%2C')}`]);
      expect(requests.filter((r) => r.startsWith('values'))).toEqual([]);

      const doc = await api<CompareDocument>(`compare?municipalities=${CODES.join(',')}`);
      // Every theme: a row of the overview and a section of figures.
      expect(
        await page
          .locator('.cmp-overview tbody tr[data-theme]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-theme'))),
      ).toEqual([...THEMES, 'total']);
      expect(
        await page
          .locator('section.cmp-theme')
          .evaluateAll((s) => s.map((x) => x.getAttribute('data-theme'))),
      ).toEqual(THEMES);

      // The whole package's total per municipality is its kommune page's (GET /package).
      for (const code of CODES) {
        const pkg = await api<PackageDocument>(`package?municipality=${code}`);
        expect(pkg.year).toBe(doc.year);
        const cell = page.locator(`.cmp-overview tr[data-theme="total"] td[data-code="${code}"]`);
        expect(await cell.locator('.cmp-value').innerText()).toBe(
          formatMillionKr('da', pkg.total.signed),
        );
        // Each theme's sum, and each figure's potential and peer median, as the API says.
        for (const theme of doc.themes) {
          const total = doc.municipalities
            .find((m) => m.municipality.code === code)
            ?.themes.find((t) => t.theme === theme.theme)?.total;
          const own = pkg.themes.find((t) => t.theme === theme.theme);
          expect(total).toBe(own?.total.signed);
        }
      }
      // Every cell's potential and median as shown, read in one go (the page is long).
      const shown = await page.locator('section.cmp-theme td[data-code]').evaluateAll((cells) =>
        Object.fromEntries(
          cells.map((td) => [
            `${td.closest('section')?.getAttribute('data-theme')}|${td.closest('tr')?.getAttribute('data-figure')}|${td.getAttribute('data-code')}`,
            {
              potential: td.querySelector('.cmp-potential')?.textContent ?? '',
              median: td.querySelector('.cmp-median')?.textContent ?? '',
            },
          ]),
        ),
      );
      let checked = 0;
      for (const theme of doc.themes)
        for (const figure of theme.figures)
          for (const [j, code] of CODES.entries()) {
            const c = figure.municipalities[j];
            if (!c || c.value === null || c.potential === null || c.median === null) continue;
            const cell = shown[`${theme.theme}|${figure.keyFigureId}|${code}`];
            // Amounts from 100.000 kr. are shown in millions; smaller ones rounded to 1.000 kr.
            if (Math.abs(c.potential) >= 1e5)
              expect(cell?.potential.replace(/\s+/g, ' ')).toContain(
                formatMillionKr('da', c.potential),
              );
            expect(cell?.median).toMatch(/^median i gruppen: /);
            checked++;
          }
      expect(checked).toBeGreaterThan(60);
      // Every amount says its price level and year kind.
      const first = doc.municipalities[0];
      expect(await page.locator('.cmp-overview caption').innerText()).toContain(
        first?.unitLabelDa ?? '?',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'compare-all-themes-desktop');
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'filters the themes with checkboxes, kept in the URL, one request per choice',
    async () => {
      const { page, errors } = await openPage(browser);
      const requests = apiRequests(page);
      await openTables(page, `k=${CODES.join(',')}`);
      await page.getByRole('checkbox', { name: themeName('children-young') }).uncheck();
      await page.waitForFunction(
        () => !document.querySelector('section.cmp-theme[data-theme="children-young"]'),
      );
      await page.locator('.cmp-overview tbody tr').first().waitFor();
      await page.waitForLoadState('networkidle');
      const themes = new URL(page.url()).searchParams.get('themes');
      expect(themes?.split(',')).toEqual(THEMES.filter((t) => t !== 'children-young'));
      expect(requests.filter((r) => r.startsWith('compare?'))).toHaveLength(2);
      expect(await page.locator('section.cmp-theme').count()).toBe(THEMES.length - 1);
      expect(await page.locator('.cmp-overview tr[data-theme="total"] th').innerText()).toBe(
        da.compare.overview.total,
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      // Only one theme: the address keeps it, and reload shows the same.
      await openTables(page, `k=${CODES.join(',')}&themes=elderly-health`);
      expect(
        await page
          .locator('section.cmp-theme')
          .evaluateAll((s) => s.map((x) => x.getAttribute('data-theme'))),
      ).toEqual(['elderly-health']);
      expect(
        await page.getByRole('checkbox', { name: themeName('elderly-health') }).isChecked(),
      ).toBe(true);
      expect(await page.getByRole('checkbox', { name: themeName('finance') }).isChecked()).toBe(
        false,
      );
      await screenshot(page, 'compare-one-theme');

      // All themes again with one button; none at all asks for one.
      await page.getByRole('button', { name: da.compare.allThemes }).click();
      await page.waitForFunction(() => document.querySelectorAll('section.cmp-theme').length === 8);
      expect(new URL(page.url()).searchParams.get('themes')).toBeNull();
      await page.getByRole('checkbox', { name: themeName('elderly-health') }).uncheck();
      await page.waitForFunction(() => document.querySelectorAll('section.cmp-theme').length === 7);
      await openCompare(page, `k=${CODES.join(',')}&themes=none`);
      await page.getByText(da.compare.noTheme).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'names a repeated municipality and an unknown theme in the address, and too many',
    async () => {
      const { page, errors } = await openPage(browser);
      await openTables(page, 'k=101,751,101&themes=elderly-health,foo');
      await page.getByText(da.compare.repeated('København')).waitFor();
      await page.getByText(da.compare.unknownTheme('foo')).waitFor();
      expect(await page.locator('.cmp-overview thead th[data-code]').count()).toBe(2);
      expect(await page.locator('section.cmp-theme').count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      await openCompare(page, 'k=101,147,751,766,851,461');
      await page.getByText(da.compare.tooMany(6)).waitFor();
      expect(await page.locator('.cmp-overview').count()).toBe(0);
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'speaks English with English number formats',
    async () => {
      const { page, errors } = await openPage(browser);
      await openTables(page, `k=${CODES.join(',')}&themes=elderly-health`);
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { name: en.compare.overview.heading }).waitFor();
      const doc = await api<CompareDocument>(
        `compare?municipalities=${CODES.join(',')}&themes=elderly-health`,
      );
      const total = doc.municipalities[0]?.total ?? NaN;
      expect(
        await page
          .locator('.cmp-overview tr[data-theme="total"] td[data-code="101"] .cmp-value')
          .innerText(),
      ).toBe(formatMillionKr('en', total));
      expect(await page.locator('.cmp-overview caption').innerText()).toContain(
        `DKK, ${doc.year} prices`,
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'compare-all-themes-english');
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'fits a phone without overflow; axe clean',
    async () => {
      const { page, errors } = await openPage(browser, PHONE);
      await openTables(page, `k=${CODES.join(',')}`);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'compare-all-themes-phone');
      expect(errors).toEqual([]);
    },
    SLOW,
  );
});
